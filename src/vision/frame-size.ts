import type { VideoInfo } from './video-probe.ts';

export interface FrameSize {
  width: number;
  height: number;
}

/** Longest side, in pixels, of the frames the models see (Node and browser alike). */
export const defaultMaxLongSide = 960;

/**
 * Output size: the display size (rotation applied, pixels made square), scaled down uniformly
 * so the long side is at most `maxLongSide` (the models work on small crops; large frames only
 * cost time). Both axes get the same factor, so geometry stays pixel-true. Even sizes for ffmpeg.
 * Pure, so the browser sizes its frames by the same rule as ffmpeg's decoding in Node.
 */
export function decodedFrameSize(
  info: Pick<VideoInfo, 'displayWidth' | 'displayHeight'>,
  maxLongSide = defaultMaxLongSide,
): FrameSize {
  const factor = Math.min(1, maxLongSide / Math.max(info.displayWidth, info.displayHeight));
  const even = (v: number) => Math.max(2, 2 * Math.round((v * factor) / 2));
  return { width: even(info.displayWidth), height: even(info.displayHeight) };
}
