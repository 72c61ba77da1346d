import { useTranslation } from 'react-i18next';
import type { Today } from '../../api/types.ts';
import { formatDay } from '../../format/dates.ts';

/** Where the current toxin cycle stands, against the person's usual curve. */
export function CycleStatus({ cycle, nextInjection }: Pick<Today, 'cycle' | 'nextInjection'>) {
  const { t } = useTranslation();
  if (!cycle) return null;
  return (
    <section aria-labelledby="cycle-title" className="panel">
      <h2 id="cycle-title">{t('cycle.title')}</h2>
      <p data-testid="cycle-day">
        {t('cycle.day', {
          day: cycle.day,
          date: formatDay(cycle.sessionDate),
          product: t(`products.${cycle.product}`, { defaultValue: cycle.product }),
        })}
      </p>
      {cycle.usualSeverity !== null && (
        <p>
          {t('cycle.usual', {
            severity: cycle.usualSeverity.toFixed(1),
            count: cycle.usualFromCycles,
          })}
        </p>
      )}
      {nextInjection && (
        <p>
          {t('cycle.next', {
            date: formatDay(nextInjection.earliestOn),
            days: nextInjection.daysFromToday,
          })}
        </p>
      )}
    </section>
  );
}
