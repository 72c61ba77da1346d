import { useTranslation } from 'react-i18next';
import type { RecordAccess } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDateTime } from '../../format/dates.ts';

/** "Who opened my record": every read and change of the record, newest first. */
export function RecordAuditPanel({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const { data, problem } = useApiData<{ events: RecordAccess[] }>(
    `/api/patients/${patientId}/audit`,
  );
  const others = data?.events.filter((e) => !e.actor.isYou) ?? [];
  return (
    <section aria-labelledby="audit-title" className="panel">
      <h2 id="audit-title">{t('audit.title')}</h2>
      <p>{t('audit.lead')}</p>
      {problem && <StatusMessage tone="error" message={problem.message} />}
      {data && others.length === 0 && <p>{t('audit.nobody')}</p>}
      {others.length > 0 && (
        <TableScroll label={t('audit.caption')}>
          <table>
            <caption className="visually-hidden">{t('audit.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('audit.when')}</th>
                <th scope="col">{t('audit.who')}</th>
                <th scope="col">{t('audit.what')}</th>
                <th scope="col">{t('audit.result')}</th>
              </tr>
            </thead>
            <tbody>
              {others.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.at)}</td>
                  <td>
                    {event.actor.displayName}
                    {event.actor.role ? ` (${t(`roles.${event.actor.role}`)})` : ''}
                  </td>
                  <td>{t(`audit.actions.${event.action}`, { defaultValue: event.action })}</td>
                  <td>{t(`audit.outcome.${event.outcome}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
