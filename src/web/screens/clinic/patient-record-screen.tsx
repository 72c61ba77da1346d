import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import type {
  Alert,
  CheckIn,
  Classification,
  PatientSummary,
  QuestionnaireResponse,
} from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { localDay } from '../../format/local-day.ts';
import { CheckInTable } from '../diary/check-in-table.tsx';
import { DistributionCard } from '../diary/distribution-card.tsx';
import { CycleReport } from '../reports/cycle-report.tsx';
import { useScreenTitle } from '../use-screen-title.ts';
import { VideoCheckHistory } from '../video-checks/video-check-history.tsx';
import { QuestionnaireTable } from './questionnaire-table.tsx';

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
  const questionnaires = useApiData<{ questionnaireResponses: QuestionnaireResponse[] }>(
    patient.data ? `/api/patients/${patientId}/questionnaire-responses` : undefined,
  );
  const title = patient.data?.displayName ?? t('record.title');
  const heading = useScreenTitle(title);
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {patient.problem && <StatusMessage tone="error" message={patient.problem.message} />}
      {alerts.problem && <StatusMessage tone="error" message={alerts.problem.message} />}
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
            <CheckInTable checkIns={checkIns.data.checkIns} label={t('record.checkInsTable')} />
          )}
        </section>
      )}
      {questionnaires.data && (
        <QuestionnaireTable responses={questionnaires.data.questionnaireResponses} />
      )}
      {patient.data && <VideoCheckHistory patientId={patientId} />}
      {patient.data?.access === 'read_write' && (
        <p>
          <Link
            href={`/clinic/patients/${patientId}/video-check`}
            className="button button-secondary"
          >
            {t('record.measureVideo', { name: patient.data.displayName })}
          </Link>
        </p>
      )}
    </div>
  );
}
