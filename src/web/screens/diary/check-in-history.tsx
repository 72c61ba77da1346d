import { useTranslation } from 'react-i18next';
import type { CheckIn } from '../../api/types.ts';
import { CheckInTable } from './check-in-table.tsx';

/** The last two weeks of check-ins as a table behind a toggle: the chart's text alternative. */
export function CheckInHistory({ checkIns }: { checkIns: CheckIn[] }) {
  const { t } = useTranslation();
  const recent = checkIns.slice(0, 14);
  if (recent.length === 0) return null;
  const mean = recent.reduce((sum, c) => sum + c.severity, 0) / recent.length;
  return (
    <details className="panel table-toggle">
      <summary>
        <span id="history-title">{t('history.title')}</span>
      </summary>
      <p>{t('history.summary', { count: recent.length, mean: mean.toFixed(1) })}</p>
      <CheckInTable checkIns={recent} label={t('history.title')} />
    </details>
  );
}
