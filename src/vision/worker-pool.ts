import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { FrameJob } from './frame-worker.ts';
import type { ModelObservation } from './model-observation.ts';

export interface ObservationPool {
  /** Number of worker threads (one model instance each). */
  readonly size: number;
  /**
   * Sends a frame to a worker; the frame's pixel buffer is moved, not copied. With `frameIndex`
   * the worker is frame index modulo pool size, so each worker tracks the same frames on every
   * run and results do not depend on timing; without it, the least busy worker.
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

type Reply = { id: number; observation?: ModelObservation; error?: string } | { ready: true };

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
  await Promise.all(
    Array.from({ length: Math.max(1, size) }, async () => {
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
  return {
    size: workers.length,
    observe(rgb, width, height, withBody, frameIndex) {
      if (failure) return Promise.reject(failure);
      const slot =
        frameIndex === undefined
          ? workers.reduce((a, b) => (b.busy < a.busy ? b : a))
          : (workers[frameIndex % workers.length] ?? workers[0]);
      if (!slot) return Promise.reject(new Error('the worker pool has no workers'));
      slot.busy++;
      const id = nextId++;
      const job: FrameJob = { id, rgb, width, height, withBody };
      return new Promise<ModelObservation>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        slot.worker.postMessage(job, [rgb.buffer as ArrayBuffer]);
      });
    },
    async close() {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}
