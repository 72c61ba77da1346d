import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Human } from '@vladmandic/human';
import { modelConfig } from './model-config.ts';
import type { ModelObservation } from './model-observation.ts';
import { createModelSession } from './model-session.ts';

const require = createRequire(import.meta.url);

/** Folder of the models that ship inside the @vladmandic/human npm package. */
export function bundledModelDir(): string {
  return path.resolve(path.dirname(require.resolve('@vladmandic/human')), '../models');
}

let fetchPatched = false;

/**
 * Node's fetch cannot read file: URLs, and Human loads its models with fetch. Serve file: URLs
 * from disk; every other URL goes to the real fetch (nothing is downloaded: the models are local).
 */
function allowFileFetch(): void {
  if (fetchPatched) return;
  fetchPatched = true;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (url.startsWith('file:')) {
      const body = await readFile(new URL(url));
      const type = url.endsWith('.json') ? 'application/json' : 'application/octet-stream';
      return new Response(body, { status: 200, headers: { 'content-type': type } });
    }
    return realFetch(input, init);
  }) as typeof fetch;
}

export interface NodeModel {
  /** Runs the face mesh (and the body model when `withBody`) on one RGB frame. */
  observe(
    rgb: Uint8Array,
    width: number,
    height: number,
    withBody: boolean,
    frameIndex?: number,
  ): Promise<ModelObservation>;
  /** Tensors and bytes held by the backend: flat over a video, or something leaks. */
  memory(): { numTensors: number; numBytes: number };
  close(): void;
}

/**
 * Loads Human's WASM build in Node. `import '@vladmandic/human'` would load the tfjs-node build
 * (a native binary that cannot be installed here), so the node-wasm bundle is loaded by path.
 */
export async function loadNodeModel(): Promise<NodeModel> {
  allowFileFetch();
  const dist = path.dirname(require.resolve('@vladmandic/human'));
  const { Human: HumanClass } = require(path.join(dist, 'human.node-wasm.js')) as {
    Human: new (config: object) => Human;
  };
  const wasmDir = `${path.join(path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`;
  const modelBase = `${pathToFileURL(bundledModelDir()).href}/`;
  const human = new HumanClass(modelConfig(modelBase, wasmDir));
  await human.load();
  const tf = human.tf as typeof import('@tensorflow/tfjs-core');
  const session = createModelSession(human);
  // The models work in float32, so the frame is made float32 once, here, in one buffer kept for
  // the whole video: a fresh int32 copy per frame (cast again inside Human) cost about 5 ms a
  // frame in copying and garbage collection. The WASM backend copies the values into its own
  // memory when the tensor is made, so the buffer can be refilled for the next frame.
  let pixels = new Float32Array(0);
  return {
    async observe(rgb, width, height, withBody, frameIndex) {
      if (pixels.length !== rgb.length) pixels = new Float32Array(rgb.length);
      pixels.set(rgb);
      const frame = tf.tensor3d(pixels, [height, width, 3], 'float32');
      try {
        return await session.observe(frame, withBody, frameIndex);
      } finally {
        frame.dispose();
      }
    },
    memory() {
      const { numTensors, numBytes } = tf.memory();
      return { numTensors, numBytes };
    },
    close() {
      // Only drop what this instance holds: resetting the tfjs engine would break any other
      // Human instance in the same thread (they share one backend).
      human.tf.disposeVariables();
    },
  };
}
