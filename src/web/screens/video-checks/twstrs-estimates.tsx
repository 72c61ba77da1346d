import { useTranslation } from 'react-i18next';
import { scales } from '../../../domain/index.ts';
import type {
  TwstrsEstimate,
  TwstrsItem,
  TwstrsItemEstimate,
} from '../../../motion/twstrs-estimate.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDegrees, formatNumber, formatPercent } from '../../format/numbers.ts';

/** The scale's items in its own order, with the highest score of each. */
const items: readonly [TwstrsItem, number][] = [
  ['rotation', 4],
  ['laterocollis', 3],
  ['antero_retrocollis', 3],
  ['lateral_shift', 1],
  ['sagittal_shift', 1],
  ['shoulder_elevation', 3],
  ['duration', 5],
];

function MeasuredValue({ item }: { item: TwstrsItemEstimate }) {
  const { t } = useTranslation();
  if (item.value === null) return null;
  const direction = item.direction
    ? ` (${t(`videoChecks.twstrs.direction.${item.direction}`)})`
    : '';
  const text =
    item.unit === 'deg'
      ? t('videoChecks.twstrs.measured.deg', { value: formatDegrees(item.value) })
      : item.unit === 'shoulder widths'
        ? // The side, when there is one, is in words: the number is the size of the shift.
          t('videoChecks.twstrs.measured.shoulderWidths', {
            value: formatNumber(Math.abs(item.value), 2),
          })
        : t('videoChecks.twstrs.measured.fractionOfTime', { value: formatPercent(item.value) });
  return (
    <span className="muted twstrs-measured">
      {text}
      {direction}
    </span>
  );
}

/** TWSTRS severity item estimates: the likeliest score of each and the chance of every score. */
export function TwstrsEstimates({ twstrs }: { twstrs: TwstrsEstimate }) {
  const { t } = useTranslation();
  const label = t('videoChecks.twstrs.tableLabel');
  return (
    <section aria-labelledby="twstrs-title">
      <h3 id="twstrs-title">{t('videoChecks.twstrs.title')}</h3>
      <p>{t('videoChecks.twstrs.summary')}</p>
      <TableScroll label={label}>
        <table className="twstrs-table">
          <caption className="visually-hidden">{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('videoChecks.twstrs.item')}</th>
              <th scope="col">{t('videoChecks.twstrs.likeliest')}</th>
              <th scope="col">{t('videoChecks.twstrs.chances')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map(([id, max]) => {
              const item = twstrs[id];
              const measured = item.score !== null && item.probabilities !== null;
              return (
                <tr key={id} data-testid={`twstrs-${id}`} data-score={item.score ?? ''}>
                  <th scope="row">
                    {t(`videoChecks.twstrs.items.${id}`)}
                    <MeasuredValue item={item} />
                  </th>
                  <td>
                    {measured
                      ? t('videoChecks.twstrs.likeliestValue', {
                          score: item.score,
                          max,
                          share: formatPercent(item.probabilities?.[item.score ?? 0] ?? 0),
                        })
                      : t('videoChecks.twstrs.notMeasured')}
                  </td>
                  <td>
                    {measured && (
                      <ul className="score-chances">
                        {item.probabilities?.slice(0, max + 1).map((p, score) => (
                          // biome-ignore lint/suspicious/noArrayIndexKey: the index is the score
                          <li key={score}>
                            {t('videoChecks.twstrs.scoreChance', {
                              score,
                              share: formatPercent(p),
                            })}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
      <p className="muted">
        {t('videoChecks.twstrs.licence', { note: scales.twstrs.licence.note })}
      </p>
    </section>
  );
}
