import { useTranslation } from 'react-i18next';
import { type FineRegionId, fineRegions } from '../../../domain/index.ts';
import type { CheckIn } from '../../api/types.ts';
import { formatDay } from '../../format/dates.ts';

/** The last two weeks of check-ins as a table, with one sentence that sums them up. */
export function CheckInHistory({ checkIns }: { checkIns: CheckIn[] }) {
  const { t } = useTranslation();
  const recent = checkIns.slice(0, 14);
  if (recent.length === 0) return null;
  const mean = recent.reduce((sum, c) => sum + c.severity, 0) / recent.length;
  return (
    <section aria-labelledby="history-title" className="panel">
      <h2 id="history-title">{t('history.title')}</h2>
      <p>{t('history.summary', { count: recent.length, mean: mean.toFixed(1) })}</p>
      <div className="table-scroll">
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
      </div>
    </section>
  );
}
