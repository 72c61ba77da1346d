import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { BrowserVideoAnalysis } from '../../../vision/analyse-video-in-browser.ts';
import { formatNumber, formatPercent } from '../../format/numbers.ts';
import { Blinking } from './blinking.tsx';
import { HeadPosition } from './head-position.tsx';
import { HeadTremor } from './head-tremor.tsx';
import { KeepVideoCheck } from './keep-video-check.tsx';
import { TwstrsEstimates } from './twstrs-estimates.tsx';
import type { KeepIn } from './video-check-record.ts';

/**
 * What the video check measured, with the words that go with it: measured here, not uploaded,
 * estimates for the care team, kept only when the patient chooses. Focus moves to the heading when it appears, so a
 * keyboard or screen-reader user lands on the results.
 */
export function VideoCheckResults({
  fileName,
  run,
  keepIn,
}: {
  fileName: string;
  run: BrowserVideoAnalysis;
  /** The record the results may be kept in; none when there is none to keep them in. */
  keepIn?: KeepIn;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const { quality, posture, tremor, blinks, twstrs } = run.measurements;
  // Type imports only from src/motion here: its code stays in the lazily loaded chunk.
  return (
    <section aria-labelledby="results-title" className="panel video-check-results">
      <h2 id="results-title" ref={heading} tabIndex={-1}>
        {t('videoChecks.results.title', { fileName })}
      </h2>
      <p className="notice" data-testid="results-disclaimer">
        {t('videoChecks.results.disclaimer')}
      </p>
      {keepIn ? (
        <>
          <p>
            {keepIn.name === undefined
              ? t('videoChecks.results.notSaved')
              : t('videoChecks.results.notSavedRecord', { name: keepIn.name })}
          </p>
          <KeepVideoCheck keepIn={keepIn} run={run} />
        </>
      ) : (
        <p>{t('videoChecks.results.notSavedClinician')}</p>
      )}

      <section aria-labelledby="video-title">
        <h3 id="video-title">{t('videoChecks.results.videoTitle')}</h3>
        <dl className="facts">
          <dt>{t('videoChecks.results.length')}</dt>
          <dd>
            {t('videoChecks.results.lengthValue', { value: formatNumber(run.video.durationSec) })}
          </dd>
          <dt>{t('videoChecks.results.frames')}</dt>
          <dd data-testid="frames-measured">{quality.frameCount}</dd>
          <dt>{t('videoChecks.results.faceFound')}</dt>
          <dd data-testid="face-found" data-share={quality.faceFoundRatio.toFixed(4)}>
            {t('videoChecks.results.faceFoundValue', {
              share: formatPercent(quality.faceFoundRatio),
            })}
          </dd>
          <dt>{t('videoChecks.results.shouldersFound')}</dt>
          <dd>
            {t('videoChecks.results.shouldersFoundValue', {
              share: formatPercent(quality.shouldersFoundRatio),
            })}
          </dd>
        </dl>
        {run.qualityNotes.fewFaces && (
          <p className="pending">
            {t('videoChecks.results.fewFaces', { share: formatPercent(quality.faceFoundRatio) })}
          </p>
        )}
        {run.qualityNotes.fewShoulders && (
          <p className="pending">{t('videoChecks.results.fewShoulders')}</p>
        )}
      </section>

      <HeadPosition posture={posture} />
      <HeadTremor tremor={tremor} />
      <Blinking blinks={blinks} />
      <TwstrsEstimates twstrs={twstrs} />

      <p
        className="muted"
        data-testid="measuring-speed"
        data-waiting-sec={run.processing.waitingForFramesSec.toFixed(2)}
        data-model-load-sec={run.processing.modelLoadSec.toFixed(2)}
      >
        {t('videoChecks.results.speed', {
          frames: run.processing.frames,
          seconds: formatNumber(run.processing.seconds),
          rate: formatNumber(run.processing.framesPerSecond),
        })}
      </p>
    </section>
  );
}
