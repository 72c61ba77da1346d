import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { headPoseFromMesh } from '../motion/head-pose.ts';
import { referenceFace } from '../motion/reference-face.ts';
import { readFrames } from './frame-source.ts';
import { loadNodeModel } from './human-node.ts';
import { probeVideo } from './video-probe.ts';

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../test-fixtures/video/tremor-roll-2hz-3deg.mp4',
);

describe('face model in Node (WASM)', () => {
  it('keeps a tilted head’s roll in frame coordinates and holds no tensors between frames', {
    timeout: 120_000,
  }, async () => {
    const model = await loadNodeModel();
    const info = await probeVideo(fixture);
    const memory: number[] = [];
    let frames = 0;
    for await (const frame of readFrames(info)) {
      // The head tilts 0-6° here, so the session turns most frames upright before the model.
      const observation = await model.observe(
        frame.rgb,
        frame.width,
        frame.height,
        frames % 6 === 0,
      );
      expect(observation.face).not.toBeNull();
      if (frames === 0) {
        const pose = headPoseFromMesh(observation.face?.mesh ?? [], referenceFace);
        // The portrait's own tilt is about 3° toward the left shoulder (reference-face.ts).
        expect(pose.rollDeg).toBeGreaterThan(1);
        expect(pose.rollDeg).toBeLessThan(5);
        expect(observation.body?.some((k) => k.part === 'leftShoulder')).toBe(true);
      }
      if (frames >= 5) memory.push(model.memory().numTensors);
      if (++frames >= 40) break;
    }
    model.close();
    expect(new Set(memory).size).toBe(1);
  });
});
