import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiProblem } from '../api/api-request.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { ChoiceGroup } from '../components/choice-group.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { TextField } from '../components/text-field.tsx';
import { useSession } from '../session/session-context.tsx';
import { useScreenTitle } from './use-screen-title.ts';

type Role = 'patient' | 'clinician' | 'caregiver';

export function SignUpScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const heading = useScreenTitle(t('signUp.title'));
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('patient');
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await session.signUp({ displayName, email, password, role });
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="screen-title" className="screen narrow">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('signUp.title')}
      </h1>
      <p className="lead">{t('signUp.lead')}</p>
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('fields.displayName')}
          autoComplete="name"
          value={displayName}
          onChange={setDisplayName}
          error={problem?.fieldMessage('displayName')}
        />
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          value={email}
          onChange={setEmail}
          error={problem?.fieldMessage('email')}
        />
        <TextField
          label={t('fields.newPassword')}
          hint={t('fields.newPasswordHint')}
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={setPassword}
          error={problem?.fieldMessage('password')}
        />
        <ChoiceGroup<Role>
          label={t('signUp.roleLabel')}
          value={role}
          onChange={setRole}
          options={[
            { value: 'patient', label: t('signUp.rolePatient'), hint: t('signUp.rolePatientHint') },
            {
              value: 'clinician',
              label: t('signUp.roleClinician'),
              hint: t('signUp.roleClinicianHint'),
            },
            {
              value: 'caregiver',
              label: t('signUp.roleCaregiver'),
              hint: t('signUp.roleCaregiverHint'),
            },
          ]}
        />
        <StatusMessage
          tone="error"
          message={problem && problem.fields.length === 0 ? problem.message : undefined}
        />
        <CalmButton type="submit" isDisabled={busy}>
          {t('signUp.submit')}
        </CalmButton>
      </form>
      <p>
        {t('signUp.haveAccount')}{' '}
        <Link href="/sign-in" className="text-link">
          {t('signUp.toSignIn')}
        </Link>
      </p>
    </section>
  );
}
