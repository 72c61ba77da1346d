import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowserAnalysisProgress } from '../../../vision/analyse-video-in-browser.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { formatNumber, formatPercent } from '../../format/numbers.ts';

/** Time left is guessed only after this much of the video: the first frames load the models. */
const guessTimeLeftAfterShare = 0.05;

/**
 * How far the measurement is: frames measured, share of the video, time left, and a way out.
 * The text is not a live region (it changes with every frame); the screen announces the
 * start and the end instead.
 */
export function MeasurementProgress({
  fileName,
  progress,
  onCancel,
}: {
  fileName: string;
  /** Null while the measuring tools load. */
  progress: BrowserAnalysisProgress | null;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The control that started the measuring is gone: the keyboard focus continues here, one
  // Tab away from Cancel.
  useEffect(() => heading.current?.focus(), []);
  const share = progress ? Math.min(1, progress.mediaTimeSec / progress.durationSec) : 0;
  const secondsLeft =
    progress && share >= guessTimeLeftAfterShare
      ? (progress.elapsedSec * (1 - share)) / share
      : null;
  return (
    <section aria-labelledby="progress-title" className="panel measurement-progress">
      <h2 id="progress-title" ref={heading} tabIndex={-1}>
        {t('videoChecks.progress.title', { fileName })}
      </h2>
      <progress
        className="measurement-bar"
        aria-labelledby="progress-title"
        max={1}
        {...(progress ? { value: share } : {})}
      />
      {progress ? (
        <p data-testid="measurement-progress">
          {t('videoChecks.progress.frames', {
            count: progress.framesDone,
            reached: formatNumber(progress.mediaTimeSec),
            length: formatNumber(progress.durationSec),
            share: formatPercent(share),
          })}{' '}
          {secondsLeft === null
            ? t('videoChecks.progress.timeLeftUnknown')
            : secondsLeft < 90
              ? t('videoChecks.progress.secondsLeft', {
                  count: Math.max(1, Math.ceil(secondsLeft)),
                })
              : t('videoChecks.progress.minutesLeft', { count: Math.ceil(secondsLeft / 60) })}
        </p>
      ) : (
        <p>{t('videoChecks.progress.preparing')}</p>
      )}
      <p className="muted">{t('videoChecks.progress.stayOnPage')}</p>
      <CalmButton variant="secondary" onPress={onCancel}>
        {t('videoChecks.progress.cancel')}
      </CalmButton>
    </section>
  );
}
