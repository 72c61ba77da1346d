import { useTranslation } from 'react-i18next';
import type { HeadTremor as HeadTremorResult } from '../../../motion/tremor-spectrum.ts';
import { formatDegrees, formatNumber } from '../../format/numbers.ts';

/** Whether the head shook in a regular rhythm, and if so how fast, how much and which way. */
export function HeadTremor({ tremor }: { tremor: HeadTremorResult }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="tremor-title">
      <h3 id="tremor-title">{t('videoChecks.tremor.title')}</h3>
      <dl className="facts">
        <dt>{t('videoChecks.tremor.found')}</dt>
        <dd data-testid="tremor-found">
          {tremor.detected ? t('videoChecks.tremor.detected') : t('videoChecks.tremor.notDetected')}
        </dd>
        {tremor.detected && tremor.peakHz !== null && (
          <>
            <dt>{t('videoChecks.tremor.frequency')}</dt>
            <dd data-testid="tremor-frequency" data-hz={tremor.peakHz.toFixed(3)}>
              {t('videoChecks.tremor.frequencyValue', { hz: formatNumber(tremor.peakHz) })}
            </dd>
          </>
        )}
        {tremor.detected && tremor.amplitudeDeg !== null && (
          <>
            <dt>{t('videoChecks.tremor.size')}</dt>
            <dd>
              {t('videoChecks.tremor.sizeValue', { angle: formatDegrees(tremor.amplitudeDeg) })}
            </dd>
          </>
        )}
        {tremor.pattern && (
          <>
            <dt>{t('videoChecks.tremor.direction')}</dt>
            <dd data-testid="tremor-axis" data-axis={tremor.axis ?? ''}>
              {t(`videoChecks.tremor.pattern.${tremor.pattern}`)}
            </dd>
          </>
        )}
      </dl>
      {!tremor.detected && (
        <p>
          {tremor.bandHz && tremor.spectra.length > 0
            ? t('videoChecks.tremor.none', {
                low: formatNumber(tremor.bandHz[0]),
                high: formatNumber(tremor.bandHz[1]),
              })
            : t('videoChecks.tremor.notLookedFor')}
        </p>
      )}
    </section>
  );
}
