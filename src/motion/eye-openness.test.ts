import { describe, expect, it } from 'vitest';
import { eyeOpenness } from './eye-openness.ts';
import { eyeContour, faceMeshPointCount } from './face-mesh-points.ts';

function meshWithEyes(leftGap: number, rightGap: number): Float64Array {
  const mesh = new Float64Array(faceMeshPointCount * 3);
  const place = (i: number, x: number, y: number) => {
    mesh[3 * i] = x;
    mesh[3 * i + 1] = y;
  };
  // Person's right eye on the image's left, 40 px wide; left eye on the right, 50 px wide.
  place(eyeContour.right.outerCorner, 100, 200);
  place(eyeContour.right.innerCorner, 140, 200);
  for (const [upper, lower] of eyeContour.right.gapPairs) {
    place(upper, 120, 200 - rightGap / 2);
    place(lower, 120, 200 + rightGap / 2);
  }
  place(eyeContour.left.innerCorner, 180, 200);
  place(eyeContour.left.outerCorner, 230, 200);
  for (const [upper, lower] of eyeContour.left.gapPairs) {
    place(upper, 205, 200 - leftGap / 2);
    place(lower, 205, 200 + leftGap / 2);
  }
  return mesh;
}

describe('eyeOpenness', () => {
  it('is the lid gap divided by the eye width, per eye', () => {
    const eyes = eyeOpenness(meshWithEyes(20, 14));
    expect(eyes.left).toBeCloseTo(20 / 50, 12);
    expect(eyes.right).toBeCloseTo(14 / 40, 12);
    expect(eyes.leftWidthPx).toBeCloseTo(50, 12);
    expect(eyes.rightWidthPx).toBeCloseTo(40, 12);
  });

  it('is zero for a closed eye', () => {
    expect(eyeOpenness(meshWithEyes(0, 0)).left).toBe(0);
  });
});
