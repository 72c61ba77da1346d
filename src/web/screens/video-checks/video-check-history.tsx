import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { scales } from '../../../domain/index.ts';
import type { SavedVideoCheck } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';
import { formatDegrees, formatNumber, formatPercent } from '../../format/numbers.ts';
import { onSaveLanded } from '../../offline/outbox.ts';
import { angleInWords } from './angle-in-words.ts';
import { HeadPositionTrend } from './head-position-trend.tsx';

/**
 * The video checks kept in a record, one row each, newest first: head position in words with
 * degrees, head tremor, blink rate, the TWSTRS turning estimate with its likelihood, and how
 * much of the video the face was measured in. For the person and for whom they share it with.
 */
export function VideoCheckHistory({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const checks = useApiData<{ videoChecks: SavedVideoCheck[] }>(
    `/api/patients/${patientId}/video-checks`,
  );
  const reload = checks.reload;
  useEffect(() => onSaveLanded(() => reload()), [reload]);
  const label = t('videoChecks.history.label');
  const list = checks.data?.videoChecks;
  const notMeasured = t('videoChecks.history.notMeasured');

  const tremor = ({ tremor: found }: SavedVideoCheck['measurements']) => {
    // `lookedFor` came after the first kept checks; those were all looked for.
    if (found.lookedFor === false) return notMeasured;
    return found.detected && found.peakHz !== null
      ? t('videoChecks.history.tremorFound', {
          hz: formatNumber(found.peakHz, 1, i18n.language),
          angle: formatDegrees(found.amplitudeDeg ?? 0, i18n.language),
        })
      : t('videoChecks.history.tremorNone');
  };
  const rotation = ({ twstrs }: SavedVideoCheck['measurements']) => {
    const estimate = twstrs.rotation;
    if (!estimate || estimate.score === null || estimate.probabilities === null) {
      return notMeasured;
    }
    return t('videoChecks.history.rotationValue', {
      score: estimate.score,
      share: formatPercent(estimate.probabilities[estimate.score] ?? 0, i18n.language),
    });
  };

  return (
    <section aria-labelledby="video-history-title" className="panel">
      <h2 id="video-history-title">{t('videoChecks.history.title')}</h2>
      {checks.problem && <StatusMessage tone="error" message={checks.problem.message} />}
      {list && list.length === 0 && <p>{t('videoChecks.history.none')}</p>}
      {list && list.length > 0 && <HeadPositionTrend checks={list} />}
      {list && list.length > 0 && (
        <TableScroll label={label}>
          <table>
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                <th scope="col">{t('videoChecks.history.day')}</th>
                <th scope="col">{t('videoChecks.history.turn')}</th>
                <th scope="col">{t('videoChecks.history.tilt')}</th>
                <th scope="col">{t('videoChecks.history.nod')}</th>
                <th scope="col">{t('videoChecks.history.tremor')}</th>
                <th scope="col">{t('videoChecks.history.blinks')}</th>
                <th scope="col">{t('videoChecks.history.rotation')}</th>
                <th scope="col">{t('videoChecks.history.face')}</th>
              </tr>
            </thead>
            <tbody>
              {list.map(({ id, measuredOn, measurements: m }) => (
                <tr key={id}>
                  <td>{formatDay(measuredOn, i18n.language)}</td>
                  <td>
                    {angleInWords(
                      t,
                      m.headPositionDeg.yaw,
                      'turnedLeft',
                      'turnedRight',
                      i18n.language,
                    )}
                  </td>
                  <td>
                    {angleInWords(
                      t,
                      m.headPositionDeg.roll,
                      'tiltedLeft',
                      'tiltedRight',
                      i18n.language,
                    )}
                  </td>
                  <td>
                    {angleInWords(t, m.headPositionDeg.pitch, 'chinUp', 'chinDown', i18n.language)}
                  </td>
                  <td>{tremor(m)}</td>
                  <td>
                    {m.blinks.ratePerMin === null
                      ? notMeasured
                      : t('videoChecks.history.blinksValue', {
                          rate: formatNumber(m.blinks.ratePerMin, 1, i18n.language),
                        })}
                  </td>
                  <td>{rotation(m)}</td>
                  <td>
                    {t('videoChecks.history.faceValue', {
                      share: formatPercent(m.faceFoundRatio, i18n.language),
                      seconds: formatNumber(m.durationSec, 0, i18n.language),
                    })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p className="muted">{t('videoChecks.history.disclaimer')}</p>
      <p className="muted">
        {t('videoChecks.twstrs.licence', { note: scales.twstrs.licence.note })}
      </p>
    </section>
  );
}
