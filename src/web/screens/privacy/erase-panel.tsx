import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, apiRequest } from '../../api/api-request.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { discardOutbox } from '../../offline/outbox.ts';
import { useSession } from '../../session/session-context.tsx';
import { discardAllDrafts } from '../../session/use-draft.ts';

/**
 * Erasure cannot be undone, so it asks for the password and the word ERASE instead of a
 * yes/no question that a tremor could answer by accident.
 */
export function ErasePanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const session = useSession();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();

  async function erase(event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    try {
      await apiRequest('POST', `/api/patients/${patientId}/erase`, { password, confirm });
      // Nothing of the erased account may stay in this browser either.
      discardAllDrafts();
      discardOutbox(patientId);
      await session.signOut();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  }

  return (
    <section aria-labelledby="erase-title" className="panel">
      <h2 id="erase-title">{t('erase.title')}</h2>
      <p>{t('erase.lead')}</p>
      <form onSubmit={erase} noValidate>
        <TextField
          label={t('fields.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
        />
        <TextField
          label={t('erase.confirmLabel')}
          hint={t('erase.confirmHint')}
          value={confirm}
          onChange={setConfirm}
          autoComplete="off"
          error={problem?.fieldMessage('confirm')}
        />
        <StatusMessage
          tone="error"
          message={problem && !problem.fieldMessage('confirm') ? problem.message : undefined}
        />
        <CalmButton type="submit" variant="danger">
          {t('erase.submit')}
        </CalmButton>
      </form>
    </section>
  );
}
