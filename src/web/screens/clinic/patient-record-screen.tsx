import { useTranslation } from 'react-i18next';
import type { Alert, CheckIn, Classification, PatientSummary } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';
import { localDay } from '../../format/local-day.ts';
import { DistributionCard } from '../diary/distribution-card.tsx';
import { CycleReport } from '../reports/cycle-report.tsx';
import { useScreenTitle } from '../use-screen-title.ts';

/** A shared record as a clinician or caregiver sees it. */
export function PatientRecordScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const patient = useApiData<PatientSummary>(`/api/patients/${patientId}`);
  const day = localDay();
  // The last four weeks: the table is the detail behind the charts, not a year of rows.
  const from = new Date(Date.parse(`${day}T00:00:00Z`) - 27 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const checkIns = useApiData<{ checkIns: CheckIn[] }>(
    patient.data ? `/api/patients/${patientId}/check-ins?from=${from}` : undefined,
  );
  const alerts = useApiData<{ alerts: Alert[] }>(
    patient.data ? `/api/patients/${patientId}/alerts?asOf=${day}` : undefined,
  );
  const classification = useApiData<Classification>(
    patient.data ? `/api/patients/${patientId}/classification?asOf=${day}` : undefined,
  );
  const title = patient.data?.displayName ?? t('record.title');
  const heading = useScreenTitle(title);
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {patient.problem && <StatusMessage tone="error" message={patient.problem.message} />}
      {alerts.data && (
        <RedFlagAlerts
          alerts={alerts.data.alerts}
          title={t('record.alertsTitle', { name: patient.data?.displayName })}
        />
      )}
      <DistributionCard classification={classification.data} />
      {patient.data && <CycleReport patientId={patientId} />}
      {patient.data && (
        <section aria-labelledby="checkins-title" className="panel">
          <h2 id="checkins-title">{t('record.checkInsRecent')}</h2>
          {checkIns.data && checkIns.data.checkIns.length === 0 && <p>{t('record.noCheckIns')}</p>}
          {checkIns.data && checkIns.data.checkIns.length > 0 && (
            <TableScroll label={t('record.checkInsTable')}>
              <table>
                <caption className="visually-hidden">{t('record.checkInsTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('record.day')}</th>
                    <th scope="col">{t('record.severity')}</th>
                    <th scope="col">{t('record.pain')}</th>
                    <th scope="col">{t('record.function')}</th>
                  </tr>
                </thead>
                <tbody>
                  {checkIns.data.checkIns.map((c) => (
                    <tr key={c.id}>
                      <td>{formatDay(c.day)}</td>
                      <td>{t('record.outOfTen', { value: c.severity })}</td>
                      <td>{t('record.outOfTen', { value: c.pain })}</td>
                      <td>{t('record.outOfTen', { value: c.function })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </section>
      )}
    </div>
  );
}
