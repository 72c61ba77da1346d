import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert } from '../api/types.ts';

const order = { emergency: 0, urgent: 1, soon: 2 } as const;

/**
 * Red flags with what to do, most urgent first, worded exactly as the clinical core words
 * them. Emergency and same-day alerts are the only red in the app and are announced at once
 * (role="alert"); "mention at your next visit" stays calm (role="status").
 */
export function RedFlagAlerts({
  alerts,
  takeFocus = false,
  title,
  headingLevel = 2,
}: {
  alerts: Alert[];
  /** 3 inside a section that has its own h2 (a form). */
  headingLevel?: 2 | 3;
  /** Heading instead of "Please read" (e.g. on a clinician's view of the record). */
  title?: string;
  /** After a save further down the page: bring the person up to what to do. */
  takeFocus?: boolean;
}) {
  const { t } = useTranslation();
  const region = useRef<HTMLElement>(null);
  // One id per list: a screen can show the record's alerts and, lower down, the ones an answer
  // being typed would raise.
  const headingId = useId();
  useEffect(() => {
    if (takeFocus && alerts.length > 0) region.current?.focus();
  }, [alerts, takeFocus]);
  if (alerts.length === 0) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  const sorted = [...alerts].sort((a, b) => order[a.urgency] - order[b.urgency]);
  return (
    <section ref={region} tabIndex={-1} className="red-flags" aria-labelledby={headingId}>
      <Heading id={headingId}>{title ?? t('alerts.title')}</Heading>
      {sorted.map((alert) => {
        const real = alert.urgency !== 'soon';
        return (
          <div
            key={alert.id}
            className={real ? 'red-flag' : 'red-flag-soon'}
            role={real ? 'alert' : 'status'}
            data-urgency={alert.urgency}
          >
            <p className="red-flag-urgency">{t(`alerts.urgency.${alert.urgency}`)}</p>
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
            {alert.evidence === 'NV' && <p className="red-flag-note">{t('alerts.unverified')}</p>}
          </div>
        );
      })}
      <p className="muted">{t('alerts.note')}</p>
    </section>
  );
}
