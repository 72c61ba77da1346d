import { describe, expect, it } from 'vitest';
import { faceMeshPointCount } from './face-mesh-points.ts';
import { headAnglesFromRotation, rotationFromHeadAngles } from './head-angles.ts';
import { fitRotationToImagePositions } from './image-plane-fit.ts';
import { posedMesh, seededRandom, syntheticReference } from './synthetic-face.test-support.ts';

describe('fitRotationToImagePositions', () => {
  const reference = syntheticReference();
  const weights = new Float64Array(faceMeshPointCount).fill(1);

  it('recovers the pose from image positions alone, whatever the depth says', () => {
    const random = seededRandom(3);
    for (const angles of [
      { yawDeg: 40, pitchDeg: 0, rollDeg: 0 },
      { yawDeg: -60, pitchDeg: 10, rollDeg: 5 },
      { yawDeg: 15, pitchDeg: -25, rollDeg: -30 },
    ]) {
      const mesh = posedMesh(reference, angles, { scale: 2.5, offset: [400, 300, 0] });
      for (let i = 0; i < faceMeshPointCount; i++) mesh[3 * i + 2] = 1000 * random();
      // Start 10° off on every axis, as a lagging 3D fit would.
      const start = rotationFromHeadAngles({
        yawDeg: angles.yawDeg - 10,
        pitchDeg: angles.pitchDeg + 10,
        rollDeg: angles.rollDeg - 10,
      });
      const fit = fitRotationToImagePositions(reference.points, mesh, weights, {
        rotation: start,
        scale: 2,
      });
      const found = headAnglesFromRotation(fit.rotation);
      expect(found.yawDeg).toBeCloseTo(angles.yawDeg, 6);
      expect(found.pitchDeg).toBeCloseTo(angles.pitchDeg, 6);
      expect(found.rollDeg).toBeCloseTo(angles.rollDeg, 6);
      expect(fit.scale).toBeCloseTo(2.5, 6);
      expect(fit.rmsResidual).toBeLessThan(1e-6);
    }
  });

  it('ignores points without weight', () => {
    const angles = { yawDeg: 20, pitchDeg: 5, rollDeg: 0 };
    const mesh = posedMesh(reference, angles);
    const some = Float64Array.from(weights);
    for (let i = 0; i < 100; i++) {
      mesh[3 * i] = (mesh[3 * i] ?? 0) + 50;
      some[i] = 0;
    }
    const fit = fitRotationToImagePositions(reference.points, mesh, some, {
      rotation: rotationFromHeadAngles({ yawDeg: 0, pitchDeg: 0, rollDeg: 0 }),
      scale: 1,
    });
    expect(headAnglesFromRotation(fit.rotation).yawDeg).toBeCloseTo(20, 6);
  });

  it('refuses point sets it cannot fit', () => {
    const start = {
      rotation: rotationFromHeadAngles({ yawDeg: 0, pitchDeg: 0, rollDeg: 0 }),
      scale: 1,
    };
    expect(() => fitRotationToImagePositions([0, 0, 0], [0, 0, 0], [1], start)).toThrow(
      /same count/,
    );
    expect(() =>
      fitRotationToImagePositions(
        reference.points,
        reference.points,
        new Float64Array(faceMeshPointCount),
        start,
      ),
    ).toThrow(/weight/);
  });
});
