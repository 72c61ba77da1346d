import { describe, expect, it } from 'vitest';
import { eyeLineAngle, meshCentre, turnPointsClockwise } from './upright-head.ts';

describe('upright head helpers', () => {
  it('turns points clockwise on screen (y down) about a centre, exactly', () => {
    const points = [110, 100, 100, 90];
    turnPointsClockwise(points, 2, Math.PI / 2, { x: 100, y: 100 });
    // (10, 0) right of the centre goes to (0, 10), below it; (0, -10) above goes to the right.
    expect(points.map((v) => Number(v.toFixed(12)))).toEqual([100, 110, 110, 100]);
  });

  it('reads the eye line as clockwise when the person’s left eye (image right) is lower', () => {
    const mesh = new Float64Array(468 * 3);
    mesh[3 * 33] = 100;
    mesh[3 * 33 + 1] = 100;
    mesh[3 * 263] = 200;
    mesh[3 * 263 + 1] = 200;
    expect(eyeLineAngle(mesh)).toBeCloseTo(Math.PI / 4, 12);
    expect(meshCentre([0, 0, 0, 10, 20, 5])).toEqual({ x: 5, y: 10 });
  });
});
