import { describe, expect, it } from 'vitest';
import {
  boundingBoxCentre,
  type CropPlacement,
  followWithPlay,
  frameOf,
  pictureToFrame,
  pictureTransform,
  tiltPlay,
  tiltWithPlay,
} from './face-crop.ts';

/** Where tf.image.transform samples the frame for a pixel q of the picture. */
function sampledAt(placement: CropPlacement, q: { x: number; y: number }) {
  const [a0, a1, a2, b0, b1, b2] = pictureTransform(placement);
  return { x: a0 * q.x + a1 * q.y + a2, y: b0 * q.x + b1 * q.y + b2 };
}

describe('face crop placement', () => {
  it('turns points clockwise on screen (y down) about the anchor, exactly', () => {
    const placement = {
      tilt: Math.PI / 2,
      anchor: { x: 100, y: 100 },
      boxCentre: { x: 100, y: 100 },
    };
    const points = [110, 100, 100, 90];
    pictureToFrame(points, 2, placement);
    // (10, 0) right of the centre goes to (0, 10), below it; (0, -10) above goes to the right.
    expect(points.map((v) => Number(v.toFixed(12)))).toEqual([100, 110, 110, 100]);
  });

  it('puts the anchor of the frame exactly at Human’s crop centre in the picture', () => {
    const placement = { tilt: 0.3, anchor: { x: 250, y: 180 }, boxCentre: { x: 262.5, y: 171.25 } };
    const at = sampledAt(placement, placement.boxCentre);
    expect(at.x).toBeCloseTo(250, 10);
    expect(at.y).toBeCloseTo(180, 10);
  });

  it('turns landmarks back with the inverse of the picture’s transform', () => {
    const placement = { tilt: -0.2, anchor: { x: 300, y: 200 }, boxCentre: { x: 280, y: 215 } };
    for (const q of [
      { x: 0, y: 0 },
      { x: 280, y: 215 },
      { x: 611.5, y: 47.25 },
    ]) {
      const back = frameOf(q, placement);
      const sampled = sampledAt(placement, q);
      expect(back.x).toBeCloseTo(sampled.x, 10);
      expect(back.y).toBeCloseTo(sampled.y, 10);
    }
  });

  it('centres on the bounding box of the points, as Human centres its next crop', () => {
    expect(boundingBoxCentre([0, 0, 9, 10, 20, 9, 4, 2, 9], 3)).toEqual({ x: 5, y: 10 });
  });

  it('keeps the anchor while the face stays within the play, then follows it to the edge of the play', () => {
    const anchor = { x: 100, y: 100 };
    expect(followWithPlay(null, { x: 7, y: 8 }, 3)).toEqual({ x: 7, y: 8 });
    expect(followWithPlay(anchor, { x: 102, y: 101 }, 3)).toBe(anchor);
    const moved = followWithPlay(anchor, { x: 110, y: 100 }, 3);
    expect(moved.x).toBeCloseTo(107, 12);
    expect(moved.y).toBeCloseTo(100, 12);
  });

  it('keeps the tilt until the eye line has turned by more than the play', () => {
    expect(tiltWithPlay(0.1, 0.1 + tiltPlay / 2)).toBe(0.1);
    expect(tiltWithPlay(0.1, 0.1 + 2 * tiltPlay)).toBe(0.1 + 2 * tiltPlay);
  });
});
