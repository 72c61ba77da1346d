import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { RedFlagAlert } from './treatment-records.ts';

/**
 * The red flags a new side effect raised, at the top of the screen, worded exactly as the
 * server's domain words them. Emergency and same-day alerts are the only red in the app and
 * use role="alert"; "mention at your next visit" stays calm.
 */
export function RedFlagAlerts({
  alerts,
  takeFocus,
}: {
  alerts: RedFlagAlert[];
  /** Set after a save: the alerts then take the focus (on opening, the heading keeps it). */
  takeFocus: boolean;
}) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  // Saved from a form further down: bring the person up to what to do.
  useEffect(() => {
    if (takeFocus && alerts.length > 0) region.current?.focus();
  }, [alerts, takeFocus]);
  if (alerts.length === 0) return null;
  return (
    <section
      ref={region}
      tabIndex={-1}
      className="red-flags"
      aria-label={t('treatments.alerts.label')}
    >
      {alerts.map((alert) => {
        const real = alert.urgency !== 'soon';
        return (
          <div
            key={alert.id}
            className={real ? 'red-flag' : 'red-flag-soon'}
            role={real ? 'alert' : 'status'}
            data-urgency={alert.urgency}
          >
            <p className="red-flag-title">{alert.title}</p>
            <p className="red-flag-action">{alert.action}</p>
            <p>{alert.message}</p>
            {alert.whatToDo.length > 0 && (
              <ul>
                {alert.whatToDo.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ul>
            )}
          </div>
        );
      })}
    </section>
  );
}
