import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem, apiRequest } from '../../api/api-request.ts';
import type { Grant, Invitation } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TextField } from '../../components/text-field.tsx';
import { formatDate, formatDateTime } from '../../format/dates.ts';
import { useDraft } from '../../session/use-draft.ts';

interface ShareDraft {
  relation: 'clinician' | 'caregiver';
  scope: 'read' | 'read_write';
  endsOn: string;
}

/** Invite someone with a one-time code; see who has access; revoke it at once. */
export function SharingPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const grants = useApiData<{ grants: Grant[] }>(`/api/patients/${patientId}/grants`);
  const [draft, setDraft, clearDraft] = useDraft<ShareDraft>(`share:${patientId}`, {
    relation: 'clinician',
    scope: 'read',
    endsOn: '',
  });
  const [invitation, setInvitation] = useState<Invitation>();
  const [problem, setProblem] = useState<ApiProblem>();
  const [status, setStatus] = useState<string>();

  async function invite(event?: FormEvent) {
    event?.preventDefault();
    setProblem(undefined);
    try {
      const made = await apiRequest<Invitation>('POST', `/api/patients/${patientId}/invitations`, {
        relation: draft.relation,
        scope: draft.scope,
        endsOn: draft.endsOn || null,
      });
      setInvitation(made);
      clearDraft();
    } catch (error) {
      if (error instanceof ApiProblem) setProblem(error);
      else throw error;
    }
  }

  async function revoke(grant: Grant) {
    setStatus(undefined);
    try {
      await apiRequest('DELETE', `/api/patients/${patientId}/grants/${grant.id}`);
      setStatus(t('sharing.revoked', { name: grant.grantee.displayName }));
      grants.reload();
    } catch (error) {
      if (error instanceof ApiProblem) setStatus(error.message);
      else throw error;
    }
  }

  const active = grants.data?.grants.filter((g) => g.status === 'active') ?? [];
  const past = grants.data?.grants.filter((g) => g.status !== 'active') ?? [];

  return (
    <section aria-labelledby="sharing-title" className="panel">
      <h2 id="sharing-title">{t('sharing.title')}</h2>
      <h3>{t('sharing.activeTitle')}</h3>
      {grants.problem && <StatusMessage tone="error" message={grants.problem.message} />}
      {grants.data && active.length === 0 && <p>{t('sharing.none')}</p>}
      <ul className="card-list">
        {active.map((grant) => (
          <li key={grant.id} className="card">
            <p className="card-title">{grant.grantee.displayName}</p>
            <p>
              {t(`sharing.relation.${grant.relation}`)} · {t(`sharing.scope.${grant.scope}`)}
              {grant.endsAt ? ` · ${t('sharing.until', { date: formatDate(grant.endsAt) })}` : ''}
            </p>
            <p className="muted">{t('sharing.since', { date: formatDateTime(grant.createdAt) })}</p>
            <CalmButton variant="secondary" onPress={() => void revoke(grant)}>
              {t('sharing.revoke', { name: grant.grantee.displayName })}
            </CalmButton>
          </li>
        ))}
      </ul>
      <StatusMessage message={status} />
      {past.length > 0 && (
        <details className="past-grants">
          <summary>{t('sharing.pastTitle', { count: past.length })}</summary>
          <ul>
            {past.map((grant) => (
              <li key={grant.id}>
                {grant.grantee.displayName}: {t(`sharing.status.${grant.status}`)}
              </li>
            ))}
          </ul>
        </details>
      )}

      <h3>{t('sharing.inviteTitle')}</h3>
      <form onSubmit={invite} noValidate>
        <ChoiceGroup
          label={t('sharing.whoLabel')}
          value={draft.relation}
          onChange={(relation) => setDraft({ ...draft, relation })}
          options={[
            { value: 'clinician', label: t('sharing.relation.clinician') },
            { value: 'caregiver', label: t('sharing.relation.caregiver') },
          ]}
        />
        <ChoiceGroup
          label={t('sharing.scopeLabel')}
          value={draft.scope}
          onChange={(scope) => setDraft({ ...draft, scope })}
          options={[
            { value: 'read', label: t('sharing.scope.read'), hint: t('sharing.scopeHint.read') },
            {
              value: 'read_write',
              label: t('sharing.scope.read_write'),
              hint: t('sharing.scopeHint.read_write'),
            },
          ]}
        />
        <TextField
          label={t('sharing.endsOnLabel')}
          hint={t('sharing.endsOnHint')}
          type="date"
          value={draft.endsOn}
          onChange={(endsOn) => setDraft({ ...draft, endsOn })}
          error={problem?.fieldMessage('endsOn')}
        />
        <StatusMessage
          tone="error"
          message={problem && !problem.fieldMessage('endsOn') ? problem.message : undefined}
        />
        <CalmButton type="submit">{t('sharing.makeCode')}</CalmButton>
      </form>
      {invitation && (
        <div className="invitation" role="status">
          <p>{t('sharing.codeIntro')}</p>
          <p className="invitation-code" data-testid="invitation-code">
            {invitation.code}
          </p>
          <p>{t('sharing.codeExpires', { date: formatDateTime(invitation.expiresAt) })}</p>
        </div>
      )}
    </section>
  );
}
