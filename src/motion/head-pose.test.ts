import { describe, expect, it } from 'vitest';
import { headPoseFromMesh } from './head-pose.ts';
import { posedMesh, syntheticReference } from './synthetic-face.test-support.ts';

describe('headPoseFromMesh', () => {
  const reference = syntheticReference();

  it('measures yaw, pitch and roll of a rigidly posed mesh exactly', () => {
    for (const angles of [
      { yawDeg: 0, pitchDeg: 0, rollDeg: 0 },
      { yawDeg: 45, pitchDeg: 0, rollDeg: 0 },
      { yawDeg: -60, pitchDeg: 0, rollDeg: 0 },
      { yawDeg: 0, pitchDeg: -30, rollDeg: 0 },
      { yawDeg: 0, pitchDeg: 0, rollDeg: 40 },
      { yawDeg: 20, pitchDeg: 15, rollDeg: -25 },
    ]) {
      const pose = headPoseFromMesh(posedMesh(reference, angles), reference);
      expect(pose.yawDeg).toBeCloseTo(angles.yawDeg, 6);
      expect(pose.pitchDeg).toBeCloseTo(angles.pitchDeg, 6);
      expect(pose.rollDeg).toBeCloseTo(angles.rollDeg, 6);
      expect(pose.fitResidualPx).toBeLessThan(1e-6);
    }
  });

  it('finds the mesh’s depth scale, so a model reporting depth in other units still reads true', () => {
    const angles = { yawDeg: 30, pitchDeg: -10, rollDeg: 5 };
    const mesh = posedMesh(reference, angles, { depthScale: 0.6 });
    const pose = headPoseFromMesh(mesh, reference);
    expect(pose.depthScale).toBeCloseTo(0.6, 6);
    expect(pose.yawDeg).toBeCloseTo(30, 5);
    expect(pose.pitchDeg).toBeCloseTo(-10, 5);
    expect(pose.rollDeg).toBeCloseTo(5, 5);
    // Without the depth-scale step the 3D fit reads a different pitch; yaw comes from the
    // image positions alone, so it stays true.
    const rigid = headPoseFromMesh(mesh, reference, { fitDepthScale: false });
    expect(Math.abs(rigid.pitchDeg + 10)).toBeGreaterThan(0.5);
    expect(rigid.yawDeg).toBeCloseTo(30, 5);
  });

  it('reads yaw from the image positions even when the mesh’s depth lags behind the turn', () => {
    const mesh = posedMesh(reference, { yawDeg: 40, pitchDeg: 0, rollDeg: 0 });
    // Depth as a model that under-reads the turn would give it: that of a 25° turn.
    const lagging = posedMesh(reference, { yawDeg: 25, pitchDeg: 0, rollDeg: 0 });
    for (let i = 0; i < mesh.length / 3; i++) mesh[3 * i + 2] = lagging[3 * i + 2] ?? 0;
    expect(headPoseFromMesh(mesh, reference).yawDeg).toBeCloseTo(40, 6);
  });

  it('is unaffected by the size and place of the face in the frame', () => {
    const angles = { yawDeg: -12, pitchDeg: 7, rollDeg: 3 };
    const small = headPoseFromMesh(
      posedMesh(reference, angles, { scale: 0.4, offset: [10, 20, 0] }),
      reference,
    );
    const large = headPoseFromMesh(
      posedMesh(reference, angles, { scale: 4, offset: [1500, 900, 0] }),
      reference,
    );
    expect(small.yawDeg).toBeCloseTo(large.yawDeg, 8);
    expect(small.scale).toBeCloseTo(0.4, 8);
  });

  it('rejects a mesh with too few points', () => {
    expect(() => headPoseFromMesh([1, 2, 3], reference)).toThrow(/468/);
  });
});
