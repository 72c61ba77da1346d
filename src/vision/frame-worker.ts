/**
 * Worker thread: one Human WASM instance per core. Receives RGB frames, returns what the models
 * saw. Loaded through worker-pool.ts, which registers tsx in the thread first.
 */
import { parentPort } from 'node:worker_threads';
import { loadNodeModel } from './human-node.ts';

export interface FrameJob {
  id: number;
  rgb: Uint8Array;
  width: number;
  height: number;
  withBody: boolean;
  /** The frame's place in its video (model-session.ts: tracking and detector cadence). */
  frameIndex?: number;
}

const port = parentPort;
if (!port) throw new Error('frame-worker.ts must run in a worker thread');

const model = await loadNodeModel();
port.on('message', async (job: FrameJob | 'close') => {
  if (job === 'close') {
    model.close();
    port.close();
    return;
  }
  try {
    const observation = await model.observe(
      job.rgb,
      job.width,
      job.height,
      job.withBody,
      job.frameIndex,
    );
    // The pixels go back too, so the main thread can decode the next frames into them.
    const transfer = [job.rgb.buffer as ArrayBuffer];
    if (observation.face) transfer.push(observation.face.mesh.buffer as ArrayBuffer);
    port.postMessage({ id: job.id, observation, rgb: job.rgb }, transfer);
  } catch (error) {
    port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });
