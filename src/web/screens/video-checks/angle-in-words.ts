import type { TFunction } from 'i18next';
import { formatDegrees } from '../../format/numbers.ts';

/** Below this the angle reads as straight: it shows as 0.0° at one decimal anyway. */
const straightBelowDeg = 0.05;

/**
 * An angle in the person's own frame (src/motion/head-angles.ts: positive = turned to the
 * person's left, tilted toward the left shoulder, chin up) in words with its size, e.g.
 * "turned 24.5° to the left". `positive`, `negative` and `none` are keys of
 * videoChecks.position.
 */
export function angleInWords(
  t: TFunction,
  degrees: number | null,
  positive: string,
  negative: string,
  locale?: string,
  none = 'straight',
): string {
  if (degrees === null) return t('videoChecks.position.notMeasured');
  const key = Math.abs(degrees) < straightBelowDeg ? none : degrees > 0 ? positive : negative;
  return t(`videoChecks.position.${key}`, { angle: formatDegrees(degrees, locale) });
}
