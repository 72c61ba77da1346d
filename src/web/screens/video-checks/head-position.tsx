import { useTranslation } from 'react-i18next';
import type { PostureSummary } from '../../../motion/posture-summary.ts';
import { formatDegrees } from '../../format/numbers.ts';

/** Below this the angle reads as straight: it shows as 0.0° at one decimal anyway. */
const straightBelowDeg = 0.05;

/**
 * An angle in the person's own frame (src/motion/head-angles.ts: positive = turned to the
 * person's left, tilted toward the left shoulder, chin up) in words with its size.
 */
function AngleInWords({
  testId,
  degrees,
  positive,
  negative,
  none = 'straight',
}: {
  testId: string;
  degrees: number | null;
  positive: string;
  negative: string;
  none?: string;
}) {
  const { t } = useTranslation();
  if (degrees === null)
    return <dd data-testid={testId}>{t('videoChecks.position.notMeasured')}</dd>;
  const angle = formatDegrees(degrees);
  const key = Math.abs(degrees) < straightBelowDeg ? none : degrees > 0 ? positive : negative;
  return (
    <dd data-testid={testId} data-degrees={degrees.toFixed(2)}>
      {t(`videoChecks.position.${key}`, { angle })}
    </dd>
  );
}

/**
 * The median head position over the video: turn, tilt, chin up or down, and, when the shoulders
 * were seen, the tilt against the shoulder line (what the laterocollis estimate uses, so a
 * raised shoulder does not count as head tilt) and the shoulder line itself.
 */
export function HeadPosition({ posture }: { posture: PostureSummary }) {
  const { t } = useTranslation();
  const median = posture.medianDeg;
  return (
    <section aria-labelledby="position-title">
      <h3 id="position-title">{t('videoChecks.position.title')}</h3>
      <p>{t('videoChecks.position.summary')}</p>
      <dl className="facts">
        <dt>{t('videoChecks.position.turn')}</dt>
        <AngleInWords
          testId="head-turn"
          degrees={median.yaw}
          positive="turnedLeft"
          negative="turnedRight"
        />
        <dt>{t('videoChecks.position.tilt')}</dt>
        <AngleInWords
          testId="head-tilt"
          degrees={median.roll}
          positive="tiltedLeft"
          negative="tiltedRight"
        />
        <dt>{t('videoChecks.position.nod')}</dt>
        <AngleInWords
          testId="head-nod"
          degrees={median.pitch}
          positive="chinUp"
          negative="chinDown"
        />
        {posture.headTiltToShouldersDeg && (
          <>
            <dt>{t('videoChecks.position.tiltToShoulders')}</dt>
            <AngleInWords
              testId="head-tilt-to-shoulders"
              degrees={posture.headTiltToShouldersDeg.median}
              positive="tiltedLeft"
              negative="tiltedRight"
            />
          </>
        )}
        {posture.shoulderLineDeg && (
          <>
            <dt>{t('videoChecks.position.shoulderLine')}</dt>
            <AngleInWords
              testId="shoulder-line"
              degrees={posture.shoulderLineDeg.median}
              positive="leftShoulderHigher"
              negative="rightShoulderHigher"
              none="level"
            />
          </>
        )}
      </dl>
    </section>
  );
}
