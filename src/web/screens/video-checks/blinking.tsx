import { useTranslation } from 'react-i18next';
import type { VideoMeasurements } from '../../../motion/video-analysis.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';

/** Blinks counted from each eye's own open-eye baseline, and the blinking frequency estimate. */
export function Blinking({ blinks }: { blinks: VideoMeasurements['blinks'] }) {
  const { t } = useTranslation();
  if (blinks.ratePerMin === null) {
    return (
      <section aria-labelledby="blinks-title">
        <h3 id="blinks-title">{t('videoChecks.blinks.title')}</h3>
        <p>{t('videoChecks.blinks.notMeasured')}</p>
      </section>
    );
  }
  const jrs = blinks.jrsFrequency.score;
  return (
    <section aria-labelledby="blinks-title">
      <h3 id="blinks-title">{t('videoChecks.blinks.title')}</h3>
      <dl className="facts">
        <dt>{t('videoChecks.blinks.count')}</dt>
        <dd data-testid="blink-count" data-count={blinks.count}>
          {t('videoChecks.blinks.countValue', { count: blinks.count })}
        </dd>
        <dt>{t('videoChecks.blinks.rate')}</dt>
        <dd data-testid="blink-rate">
          {t('videoChecks.blinks.rateValue', { rate: formatNumber(blinks.ratePerMin, 0) })}
        </dd>
        {blinks.closedFraction !== null && (
          <>
            <dt>{t('videoChecks.blinks.closed')}</dt>
            <dd>
              {t('videoChecks.blinks.closedValue', { share: formatPercent(blinks.closedFraction) })}
            </dd>
          </>
        )}
        {blinks.longestClosureSec !== null && blinks.count > 0 && (
          <>
            <dt>{t('videoChecks.blinks.longest')}</dt>
            <dd>
              {t('videoChecks.blinks.longestValue', {
                seconds: formatNumber(blinks.longestClosureSec),
              })}
            </dd>
          </>
        )}
        {jrs !== null && (
          <>
            <dt>{t('videoChecks.blinks.jrs')}</dt>
            <dd data-testid="blink-jrs">{t(`videoChecks.blinks.jrsValue.${jrs}`)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}
