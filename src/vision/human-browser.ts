/**
 * The same models in the browser (live video check): Human's ESM build with the WASM backend,
 * models and WASM files served by the Tonus web app itself (no CDN), and the same model session
 * and measurements as in Node, so a video gives the same numbers in both places.
 *
 * @example
 * const model = await loadBrowserModel({ modelBaseUrl: '/models/', wasmBaseUrl: '/wasm/' });
 * const observation = await model.observe(videoElement, true, frameIndex);
 * const { frame } = measureFrame({ timeSec, ...observation }, referenceFace);
 */
import { Human } from '@vladmandic/human';
import { modelConfig } from './model-config.ts';
import type { ModelObservation } from './model-observation.ts';
import { createModelSession } from './model-session.ts';

export interface BrowserModel {
  observe(
    source: HTMLVideoElement | HTMLCanvasElement | ImageData,
    withBody: boolean,
    frameIndex?: number,
  ): Promise<ModelObservation>;
}

export async function loadBrowserModel(urls: {
  modelBaseUrl: string;
  wasmBaseUrl: string;
}): Promise<BrowserModel> {
  const human = new Human(modelConfig(urls.modelBaseUrl, urls.wasmBaseUrl));
  await human.load();
  const session = createModelSession(human);
  const tf = human.tf as typeof import('@tensorflow/tfjs-core');
  return {
    async observe(source, withBody, frameIndex) {
      const frame = tf.browser.fromPixels(source);
      try {
        return await session.observe(frame, withBody, frameIndex);
      } finally {
        frame.dispose();
      }
    },
  };
}
