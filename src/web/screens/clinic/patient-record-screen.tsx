import { useTranslation } from 'react-i18next';
import type { CheckIn, PatientSummary } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';
import { CycleReport } from '../reports/cycle-report.tsx';
import { useScreenTitle } from '../use-screen-title.ts';

/** A shared record as a clinician or caregiver sees it. */
export function PatientRecordScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const patient = useApiData<PatientSummary>(`/api/patients/${patientId}`);
  const checkIns = useApiData<{ checkIns: CheckIn[] }>(
    patient.data ? `/api/patients/${patientId}/check-ins` : undefined,
  );
  const title = patient.data?.displayName ?? t('record.title');
  const heading = useScreenTitle(title);
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {patient.problem && <StatusMessage tone="error" message={patient.problem.message} />}
      {patient.data && <CycleReport patientId={patientId} />}
      {patient.data && (
        <section aria-labelledby="checkins-title" className="panel">
          <h2 id="checkins-title">{t('record.checkInsTitle')}</h2>
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
