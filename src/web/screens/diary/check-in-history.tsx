import { useTranslation } from 'react-i18next';
import { type FineRegionId, fineRegions } from '../../../domain/index.ts';
import type { CheckIn } from '../../api/types.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';

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
      <TableScroll label={t('history.title')}>
        <table>
          <caption className="visually-hidden">{t('history.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('record.day')}</th>
              <th scope="col">{t('record.severity')}</th>
              <th scope="col">{t('record.pain')}</th>
              <th scope="col">{t('record.function')}</th>
              <th scope="col">{t('history.regions')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((c) => (
              <tr key={c.id}>
                <td>{formatDay(c.day)}</td>
                <td>{t('record.outOfTen', { value: c.severity })}</td>
                <td>{t('record.outOfTen', { value: c.pain })}</td>
                <td>{t('record.outOfTen', { value: c.function })}</td>
                <td>
                  {c.regions
                    .map((id) =>
                      t(`regions.${id}`, {
                        defaultValue: fineRegions[id as FineRegionId]?.label ?? id,
                      }),
                    )
                    .join(', ') || t('history.noRegions')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </details>
  );
}
