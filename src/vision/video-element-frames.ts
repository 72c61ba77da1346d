/**
 * The browser's frame source: every frame of a video file, one at a time, with its true media
 * time, from an HTMLVideoElement (the browser's own decoder: whatever it can play).
 *
 * Why seeking, frame by frame, and not playing: a playing video runs on the wall clock, so a
 * frame that arrives while the models are still busy with the previous one is skipped, and which
 * frames are skipped depends on the machine and its load. A paused video that is sought shows
 * exactly the frame covering the time sought (Chromium: the frame with the latest presentation
 * time at or before it), and requestVideoFrameCallback reports that frame's own presentation
 * time (`mediaTime`), so the same file gives the same frames with the same timestamps on every
 * run, however slow the device. The price is decoding again from the last key frame at each
 * seek (a few ms to ~100 ms a frame for ordinary videos).
 *
 * Stepping without skipping: frame times are not known in advance (variable frame rates are
 * common on phones). The first steps are 1/240 s until the second frame appears, which gives the
 * frame gap; after that each seek goes to 1.5 gaps past the frame on show (or one gap past the
 * last seek, whichever is later). An interval that long holds at most one frame as long as no
 * gap is shorter than the shortest seen so far, which is kept up to date, so no frame is jumped
 * over, and a frame that lasts longer (a gap in a variable-rate video) is simply sought again
 * further on: gaps stay gaps.
 */

/** The video could not be opened or decoded by this browser. */
export class UnplayableVideoError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnplayableVideoError';
  }
}

export interface OpenedVideo {
  durationSec: number;
  /** Upright display size (the browser applies rotation metadata). */
  width: number;
  height: number;
}

export interface ShownFrame {
  index: number;
  /** Presentation time from the first frame, seconds (as frame-source.ts gives in Node). */
  timeSec: number;
}

/** First steps, before the frame gap is known: shorter than any real frame gap (240 fps). */
const discoveryStepSec = 1 / 240;
/** A seek target is never moved by less than this. */
const minimumStepSec = 0.001;

function abortError(): DOMException {
  return new DOMException('The measurement was cancelled.', 'AbortError');
}

function once(
  video: HTMLVideoElement,
  event: 'loadeddata' | 'seeked' | 'durationchange',
  signal?: AbortSignal,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = (outcome: () => void) => {
      video.removeEventListener(event, onEvent);
      video.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
      outcome();
    };
    const onEvent = () => done(resolve);
    const onError = () =>
      done(() =>
        reject(
          new UnplayableVideoError(video.error?.message || 'the browser cannot play this video'),
        ),
      );
    const onAbort = () => done(() => reject(abortError()));
    if (signal?.aborted) return reject(abortError());
    video.addEventListener(event, onEvent);
    video.addEventListener('error', onError);
    signal?.addEventListener('abort', onAbort);
  });
}

/**
 * Loads `src` into a paused, muted video element and waits until its first frame can be shown.
 * Recordings made in a browser (MediaRecorder WebM) often carry no duration: the element is
 * sent to the end once so the browser works it out.
 */
export async function openVideo(
  video: HTMLVideoElement,
  src: string,
  signal?: AbortSignal,
): Promise<OpenedVideo> {
  video.muted = true;
  video.playsInline = true;
  video.preload = 'auto';
  const loaded = once(video, 'loadeddata', signal);
  video.src = src;
  await loaded;
  if (!Number.isFinite(video.duration)) {
    const known = once(video, 'durationchange', signal);
    video.currentTime = Number.MAX_SAFE_INTEGER;
    await known;
    const back = once(video, 'seeked', signal);
    video.currentTime = 0;
    await back;
  }
  if (!Number.isFinite(video.duration) || video.duration <= 0) {
    throw new UnplayableVideoError('the browser cannot tell how long this video is');
  }
  if (!video.videoWidth || !video.videoHeight) {
    throw new UnplayableVideoError('the file has no picture the browser can show');
  }
  return { durationSec: video.duration, width: video.videoWidth, height: video.videoHeight };
}

/** Seeks to `timeSec` and resolves with the media time of the frame then shown. */
function showFrameAt(video: HTMLVideoElement, timeSec: number, signal?: AbortSignal) {
  return new Promise<number>((resolve, reject) => {
    if (signal?.aborted) return reject(abortError());
    const onAbort = () => {
      video.cancelVideoFrameCallback(handle);
      video.removeEventListener('error', onError);
      reject(abortError());
    };
    const onError = () => {
      video.cancelVideoFrameCallback(handle);
      signal?.removeEventListener('abort', onAbort);
      reject(new UnplayableVideoError(video.error?.message || 'the video stopped decoding'));
    };
    const handle = video.requestVideoFrameCallback((_now, frame) => {
      signal?.removeEventListener('abort', onAbort);
      video.removeEventListener('error', onError);
      resolve(frame.mediaTime);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
    video.addEventListener('error', onError, { once: true });
    video.currentTime = timeSec;
  });
}

/**
 * Every frame of an opened video, in order. `capture` is called with each new frame while the
 * element shows it (draw it onto a canvas there); the seek to the next frame then starts at
 * once, so the browser decodes it (on its own media threads) while the caller measures this one.
 */
export async function* framesBySeeking(
  video: HTMLVideoElement,
  durationSec: number,
  capture: (frame: ShownFrame) => void,
  signal?: AbortSignal,
): AsyncGenerator<ShownFrame> {
  // Setting currentTime to the value it already has does not seek (and no frame callback
  // comes), so every target here is new: the first just after 0, then strictly increasing.
  let probe = video.currentTime === 1e-6 ? 2e-6 : 1e-6;
  let shown = await showFrameAt(video, probe, signal);
  const firstTime = shown;
  let gap: number | null = null;
  const nextTarget = (): number | null => {
    const target =
      gap === null ? probe + discoveryStepSec : Math.max(shown + 1.5 * gap, probe + gap);
    if (target < durationSec) return target;
    // One last look at the very end (the browser shows the last frame there), then stop.
    return probe < durationSec ? durationSec : null;
  };
  const seek = (target: number | null) => {
    if (target === null) return null;
    probe = target;
    const pending = showFrameAt(video, target, signal);
    // Awaited below; this only keeps an early stop by the caller from leaving it unhandled.
    pending.catch(() => {});
    return pending;
  };
  let frame: ShownFrame = { index: 0, timeSec: 0 };
  for (;;) {
    capture(frame);
    let pending = seek(nextTarget());
    yield frame;
    for (;;) {
      if (pending === null) return;
      const time = await pending;
      if (time > shown + 1e-6) {
        const step = Math.max(minimumStepSec, time - shown);
        gap = gap === null ? step : Math.min(gap, step);
        shown = time;
        frame = { index: frame.index + 1, timeSec: time - firstTime };
        break;
      }
      pending = seek(nextTarget());
    }
  }
}
