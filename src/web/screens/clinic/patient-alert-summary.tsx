import { useTranslation } from 'react-i18next';
import type { Alert } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { localDay } from '../../format/local-day.ts';

/**
 * On a shared record's card in the clinic list: whether the person has an alert to act on today
 * (the red flags that say the clinician should be told, REFERENCE §6.1), and how many things
 * wait for the next visit. Read through the record's own alerts route, so each look is checked
 * by the access policy and written to that record's audit trail.
 */
export function PatientAlertSummary({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const alerts = useApiData<{ alerts: Alert[] }>(
    `/api/patients/${patientId}/alerts?asOf=${localDay()}`,
  );
  if (alerts.problem) return <p className="muted">{t('clinic.alertsUnavailable')}</p>;
  if (!alerts.data) return null;
  const today = alerts.data.alerts.filter((alert) => alert.urgency !== 'soon');
  const later = alerts.data.alerts.length - today.length;
  return (
    <>
      {today.length > 0 && (
        <p className="red-flag clinic-alert">
          {t('clinic.alertsToday', { titles: today.map((alert) => alert.title).join('; ') })}
        </p>
      )}
      {later > 0 && <p>{t('clinic.alertsNextVisit', { count: later })}</p>}
      {alerts.data.alerts.length === 0 && <p className="muted">{t('clinic.noAlerts')}</p>}
    </>
  );
}
