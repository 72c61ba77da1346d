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
 * yes/no question that a tremor could answer by accident. A patient erases their record (and
 * account) on the Sharing and privacy screen; a clinician or caregiver, who has no record,
 * erases their account on the Account screen.
 */
export function ErasePanel({
  target,
  accountId,
}: {
  target: 'record' | 'account';
  /** The signed-in account, whose drafts and unsent saves leave this browser too. */
  accountId: string;
}) {
  const path = target === 'record' ? `/api/patients/${accountId}/erase` : '/api/account/erase';
  const texts = target === 'record' ? 'erase' : 'eraseAccount';
  const { t } = useTranslation();
  const session = useSession();
  const isAdmin = session.state.status === 'signed-in' && session.state.info.account.isAdmin;
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();

  async function erase(event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    try {
      await apiRequest('POST', path, { password, confirm });
      // Nothing of the erased account may stay in this browser either.
      discardAllDrafts();
      discardOutbox(accountId);
      await session.signOut();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  }

  return (
    <section aria-labelledby="erase-title" className="panel">
      <h2 id="erase-title">{t(`${texts}.title`)}</h2>
      <p>{t(`${texts}.lead`)}</p>
      {target === 'record' && isAdmin && <p>{t('erase.adminHint')}</p>}
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
          {t(`${texts}.submit`)}
        </CalmButton>
      </form>
    </section>
  );
}
