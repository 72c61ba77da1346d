import { useTranslation } from 'react-i18next';
import type { PostureSummary } from '../../../motion/posture-summary.ts';
import { angleInWords } from './angle-in-words.ts';

/** One angle of the head position as a definition, in words (see angleInWords). */
function AngleInWords({
  testId,
  degrees,
  positive,
  negative,
  none,
}: {
  testId: string;
  degrees: number | null;
  positive: string;
  negative: string;
  none?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <dd data-testid={testId} data-degrees={degrees === null ? undefined : degrees.toFixed(2)}>
      {angleInWords(t, degrees, positive, negative, i18n.language, none)}
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
