import { describe, expect, it } from 'vitest';
import { eyeLineAngle } from './upright-head.ts';

describe('upright head', () => {
  it('reads the eye line as clockwise when the person’s left eye (image right) is lower', () => {
    const mesh = new Float64Array(468 * 3);
    mesh[3 * 33] = 100;
    mesh[3 * 33 + 1] = 100;
    mesh[3 * 263] = 200;
    mesh[3 * 263 + 1] = 200;
    expect(eyeLineAngle(mesh)).toBeCloseTo(Math.PI / 4, 12);
  });
});
