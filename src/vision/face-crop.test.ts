import { describe, expect, it } from 'vitest';
import {
  boundingBoxCentre,
  type CropPlacement,
  followWithPlay,
  frameOf,
  pictureToFrame,
  tiltPlay,
  tiltWithPlay,
} from './face-crop.ts';

/** Where a frame point lands in the picture: q = Rot(-tilt) (p - anchor) + boxCentre. */
function inPicture(placement: CropPlacement, p: { x: number; y: number }) {
  const c = Math.cos(-placement.tilt);
  const s = Math.sin(-placement.tilt);
  const dx = p.x - placement.anchor.x;
  const dy = p.y - placement.anchor.y;
  return { x: c * dx - s * dy + placement.boxCentre.x, y: s * dx + c * dy + placement.boxCentre.y };
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
    const at = inPicture(placement, placement.anchor);
    expect(at.x).toBeCloseTo(262.5, 10);
    expect(at.y).toBeCloseTo(171.25, 10);
    expect(frameOf(placement.boxCentre, placement)).toEqual(placement.anchor);
  });

  it('turns landmarks back with the inverse of the picture’s placement', () => {
    const placement = { tilt: -0.2, anchor: { x: 300, y: 200 }, boxCentre: { x: 280, y: 215 } };
    for (const p of [
      { x: 0, y: 0 },
      { x: 280, y: 215 },
      { x: 611.5, y: 47.25 },
    ]) {
      const back = frameOf(inPicture(placement, p), placement);
      expect(back.x).toBeCloseTo(p.x, 10);
      expect(back.y).toBeCloseTo(p.y, 10);
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
