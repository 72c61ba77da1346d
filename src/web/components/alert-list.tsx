import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/types.ts';

/**
 * Red flags with what to do, most urgent first. The only red in the app (UX.md), and
 * announced at once (role="alert"). The wording comes from the clinical core.
 */
export function AlertList({ alerts }: { alerts: Alert[] }) {
  const { t } = useTranslation();
  if (alerts.length === 0) return null;
  const order = { emergency: 0, urgent: 1, soon: 2 };
  const sorted = [...alerts].sort((a, b) => order[a.urgency] - order[b.urgency]);
  return (
    <section aria-labelledby="alerts-title" className="alerts">
      <h2 id="alerts-title">{t('alerts.title')}</h2>
      {sorted.map((alert) => (
        <div
          key={alert.id}
          className={`alert alert-${alert.urgency}`}
          role="alert"
          data-testid="alert"
        >
          <p className="alert-urgency">{t(`alerts.urgency.${alert.urgency}`)}</p>
          <p className="alert-title">{alert.title}</p>
          <p className="alert-action">{alert.action}</p>
          <p>{alert.message}</p>
          {alert.whatToDo.length > 0 && (
            <ul>
              {alert.whatToDo.map((step) => (
                <li key={step}>{step}</li>
              ))}
            </ul>
          )}
          {alert.evidence === 'NV' && <p className="muted">{t('alerts.unverified')}</p>}
        </div>
      ))}
      <p className="muted">{t('alerts.note')}</p>
    </section>
  );
}
