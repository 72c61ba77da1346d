import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { createFrameBuffers, type FrameBuffers } from './frame-buffers.ts';
import type { FrameJob } from './frame-worker.ts';
import { detectorEveryNthFrame } from './model-config.ts';
import type { ModelObservation } from './model-observation.ts';

/**
 * Frames go to the workers in blocks of this many consecutive frames. The face model tracks the
 * face from one frame to the next, so a worker must see consecutive frames: dealt out one by one
 * (frame 0 to worker 0, frame 1 to worker 1, ...) each worker tracked every other frame, and
 * fast movements read worse (an 8 Hz roll tremor leaked into yaw). A worker picks the face up
 * {@link warmUpFrames} frames before its block; the detector then runs on the block's first frame,
 * the frame on which the browser's single session detects too (model-session.ts).
 */
export const trackingBlockFrames = detectorEveryNthFrame;

/** Frames of the previous block a worker tracks before its own block starts (results dropped). */
export const warmUpFrames = 3;

export interface ObservationPool {
  /** Number of worker threads (one model instance each). */
  readonly size: number;
  /** Frames to keep in flight so that every worker always has its next block to work on. */
  readonly framesInFlight: number;
  /**
   * Pixel buffers the workers have sent back: decode into these (readFrames' `buffers`) and the
   * same memory goes round instead of a new buffer per frame.
   */
  readonly frameBuffers: FrameBuffers;
  /**
   * Sends a frame to a worker; the frame's pixel buffer is moved, not copied. With `frameIndex`
   * the worker is chosen by the frame's block of {@link trackingBlockFrames}, so each worker
   * tracks the same consecutive frames on every run and results do not depend on timing;
   * without it, the least busy worker, which finds the face afresh (a frame without an index
   * follows nothing).
   */
  observe(
    rgb: Uint8Array,
    width: number,
    height: number,
    withBody: boolean,
    frameIndex?: number,
  ): Promise<ModelObservation>;
  close(): Promise<void>;
}

type Reply =
  | { id: number; observation?: ModelObservation; rgb?: Uint8Array; error?: string }
  | { ready: true };

const require = createRequire(import.meta.url);

/**
 * Worker source that registers tsx in the thread and then loads frame-worker.ts: worker threads
 * do not inherit the main thread's TypeScript loader.
 */
function bootstrapSource(): string {
  const tsxApi = pathToFileURL(
    require.resolve('tsx/package.json').replace(/package\.json$/, 'dist/esm/api/index.mjs'),
  ).href;
  const entry = new URL('./frame-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); });`;
}

/**
 * A pool of worker threads, one per core by default, each running the face and body models
 * with the single-threaded WASM backend: on CPU this scales better than one multi-threaded model.
 */
export async function startObservationPool(
  size = availableParallelism(),
): Promise<ObservationPool> {
  const source = bootstrapSource();
  const workers: { worker: Worker; busy: number }[] = [];
  const waiting = new Map<
    number,
    { resolve: (o: ModelObservation) => void; reject: (e: Error) => void }
  >();
  let nextId = 0;
  let failure: Error | null = null;
  const workerCount = Math.max(1, size);
  const framesInFlight = workerCount * (trackingBlockFrames + warmUpFrames + 1);
  const frameBuffers = createFrameBuffers(framesInFlight + workerCount * warmUpFrames);
  await Promise.all(
    Array.from({ length: workerCount }, async () => {
      const worker = new Worker(source, { eval: true });
      const slot = { worker, busy: 0 };
      workers.push(slot);
      await new Promise<void>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        worker.once('error', onError);
        worker.on('message', function first(message: Reply) {
          if ('ready' in message) {
            worker.off('message', first);
            worker.off('error', onError);
            resolve();
          }
        });
      });
      worker.on('message', (message: Reply) => {
        if ('ready' in message) return;
        slot.busy--;
        if (message.rgb) frameBuffers.give(message.rgb);
        const job = waiting.get(message.id);
        waiting.delete(message.id);
        if (!job) return;
        if (message.error !== undefined || !message.observation)
          job.reject(new Error(message.error ?? 'no result'));
        else job.resolve(message.observation);
      });
      worker.on('error', (error) => {
        failure = error;
        for (const job of waiting.values()) job.reject(error);
        waiting.clear();
      });
    }),
  );
  const send = (
    slot: { worker: Worker; busy: number },
    job: Omit<FrameJob, 'id'>,
  ): Promise<ModelObservation> => {
    slot.busy++;
    const id = nextId++;
    return new Promise<ModelObservation>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      slot.worker.postMessage({ ...job, id }, [job.rgb.buffer as ArrayBuffer]);
    });
  };
  const blockWorker = (frameIndex: number) =>
    workers[Math.floor(frameIndex / trackingBlockFrames) % workers.length] ?? workers[0];
  return {
    size: workers.length,
    framesInFlight,
    frameBuffers,
    observe(rgb, width, height, withBody, frameIndex) {
      if (failure) return Promise.reject(failure);
      if (frameIndex === undefined) {
        const slot = workers.reduce((a, b) => (b.busy < a.busy ? b : a));
        return send(slot, { rgb, width, height, withBody });
      }
      const slot = blockWorker(frameIndex);
      if (!slot) return Promise.reject(new Error('the worker pool has no workers'));
      const inBlock = frameIndex % trackingBlockFrames;
      const next = blockWorker(frameIndex + trackingBlockFrames - inBlock);
      if (workers.length > 1 && next && inBlock >= trackingBlockFrames - warmUpFrames) {
        // The next block's worker tracks the last frames of this block too (their results are
        // dropped), so it reaches its first frame with the face already tracked.
        const copy = frameBuffers.take(rgb.byteLength);
        copy.set(rgb);
        const warmUp = send(next, {
          rgb: copy,
          width,
          height,
          withBody: false,
          frameIndex,
        });
        warmUp.catch(() => {});
      }
      return send(slot, { rgb, width, height, withBody, frameIndex });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
