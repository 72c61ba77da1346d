import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { ApiProblem } from '../api/api-request.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { TextField } from '../components/text-field.tsx';
import { useSession } from '../session/session-context.tsx';
import { useScreenTitle } from './use-screen-title.ts';

export function SignInScreen() {
  const { t } = useTranslation();
  const session = useSession();
  const heading = useScreenTitle(t('signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsCode, setNeedsCode] = useState(false);
  const [problem, setProblem] = useState<ApiProblem>();
  const [busy, setBusy] = useState(false);
  const ended = session.state.status === 'signed-out' && session.state.ended;

  async function submit(event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      await session.signIn({ email, password, totpCode: needsCode ? totpCode : undefined });
    } catch (error) {
      if (error instanceof ApiProblem) {
        if (error.code === 'totp_required') setNeedsCode(true);
        setProblem(error);
      } else throw error;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="screen-title" className="screen narrow">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('signIn.title')}
      </h1>
      {ended && <p className="notice">{t('session.endedNotice')}</p>}
      <form onSubmit={submit} noValidate>
        <TextField
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          value={email}
          onChange={setEmail}
          required
        />
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          required
        />
        {needsCode && (
          <TextField
            label={t('fields.totpCode')}
            hint={t('fields.totpCodeHint')}
            inputMode="numeric"
            autoComplete="one-time-code"
            value={totpCode}
            onChange={setTotpCode}
            maxLength={6}
          />
        )}
        <StatusMessage tone="error" message={problem?.message} />
        <CalmButton type="submit" isDisabled={busy}>
          {t('signIn.submit')}
        </CalmButton>
      </form>
      <p>
        {t('signIn.noAccount')}{' '}
        <Link href="/sign-up" className="text-link">
          {t('signIn.toSignUp')}
        </Link>
      </p>
    </section>
  );
}
