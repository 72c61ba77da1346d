import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, apiRequest } from '../api/api-request.ts';
import type { Administrator } from '../api/types.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { StatusMessage } from '../components/status-message.tsx';
import { TextField } from '../components/text-field.tsx';

/**
 * For administrators: who else runs this server, naming another one (so the server is never
 * left without an administrator, and so this one can hand over the role and erase their
 * account), and taking the role from another, with Undo.
 */
export function AdministratorsPanel({
  administrators,
  problem: loadProblem,
  onNamed,
}: {
  administrators: Administrator[] | undefined;
  problem: ApiProblem | undefined;
  onNamed: () => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [problem, setProblem] = useState<ApiProblem>();
  const [status, setStatus] = useState<string>();

  const [removed, setRemoved] = useState<Administrator>();
  /** What happened to the list (a removal or its undoing), said right under it. */
  const [listStatus, setListStatus] = useState<{ message: string; tone: 'info' | 'error' }>();
  // The Remove button goes with its card: focus moves to Undo, next to what was done.
  const undoButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed) undoButton.current?.focus();
  }, [removed]);

  async function remove(admin: Administrator) {
    setListStatus(undefined);
    try {
      await apiRequest('DELETE', `/api/admin/administrators/${admin.id}`);
      setRemoved(admin);
      setListStatus({
        message: t('administrators.removed', { name: admin.displayName }),
        tone: 'info',
      });
      onNamed();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setListStatus({ message: error.message, tone: 'error' });
    }
  }

  /** A slip is undone, not argued with (UX.md): the role goes back to the same account. */
  async function undo(admin: Administrator) {
    setRemoved(undefined);
    try {
      const named = await apiRequest<Administrator>('POST', '/api/admin/administrators', {
        email: admin.email,
      });
      setListStatus({
        message: t('administrators.named', { name: named.displayName }),
        tone: 'info',
      });
      onNamed();
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      setListStatus({ message: error.message, tone: 'error' });
    }
  }

  async function name(event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    setStatus(undefined);
    try {
      const named = await apiRequest<Administrator>('POST', '/api/admin/administrators', {
        email,
      });
      setEmail('');
      setStatus(t('administrators.named', { name: named.displayName }));
      onNamed();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  }

  return (
    <section aria-labelledby="administrators-title" className="panel">
      <h2 id="administrators-title">{t('administrators.title')}</h2>
      <p>{t('administrators.lead')}</p>
      {loadProblem && <StatusMessage tone="error" message={loadProblem.message} />}
      <ul className="card-list">
        {administrators?.map((admin) => (
          <li key={admin.id} className="card">
            <p className="card-title">
              {admin.displayName}
              {admin.isYou ? ` (${t('administrators.you')})` : ''}
            </p>
            <p>
              {admin.email} · {t(`roles.${admin.role}`)}
            </p>
            {!admin.isYou && (
              <CalmButton variant="secondary" onPress={() => void remove(admin)}>
                {t('administrators.remove', { name: admin.displayName })}
              </CalmButton>
            )}
          </li>
        ))}
      </ul>
      <StatusMessage message={listStatus?.message} tone={listStatus?.tone} />
      {removed && (
        <CalmButton ref={undoButton} variant="secondary" onPress={() => void undo(removed)}>
          {t('administrators.undo')}
        </CalmButton>
      )}
      <form onSubmit={name} noValidate>
        <TextField
          label={t('administrators.emailLabel')}
          hint={t('administrators.emailHint')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={problem?.fieldMessage('email')}
        />
        <StatusMessage
          tone="error"
          message={problem && !problem.fieldMessage('email') ? problem.message : undefined}
        />
        <CalmButton type="submit" variant="secondary">
          {t('administrators.submit')}
        </CalmButton>
      </form>
      <StatusMessage message={status} />
    </section>
  );
}
