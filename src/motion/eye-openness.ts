import { eyeContour } from './face-mesh-points.ts';

export interface EyeOpenness {
  /** Lid gap divided by eye width (corner to corner), per eye; about 0.3-0.4 open, lower closed. */
  left: number;
  right: number;
  /** Eye widths in pixels: a narrow eye (the far eye in a turned head) is a less reliable signal. */
  leftWidthPx: number;
  rightWidthPx: number;
}

/**
 * Eye openness from the face mesh (x,y,z triples in pixel-true units). Uses the image plane only
 * (x, y): the depth of the lids is the least accurate part of the mesh.
 */
export function eyeOpenness(mesh: ArrayLike<number>): EyeOpenness {
  const left = oneEye(mesh, eyeContour.left);
  const right = oneEye(mesh, eyeContour.right);
  return {
    left: left.ratio,
    right: right.ratio,
    leftWidthPx: left.width,
    rightWidthPx: right.width,
  };
}

function oneEye(
  mesh: ArrayLike<number>,
  eye: {
    outerCorner: number;
    innerCorner: number;
    gapPairs: readonly (readonly [number, number])[];
  },
): { ratio: number; width: number } {
  const width = distance2d(mesh, eye.outerCorner, eye.innerCorner);
  let gap = 0;
  for (const [upper, lower] of eye.gapPairs) gap += distance2d(mesh, upper, lower);
  gap /= eye.gapPairs.length;
  return { ratio: width > 0 ? gap / width : 0, width };
}

function distance2d(mesh: ArrayLike<number>, a: number, b: number): number {
  return Math.hypot(
    (mesh[3 * a] ?? 0) - (mesh[3 * b] ?? 0),
    (mesh[3 * a + 1] ?? 0) - (mesh[3 * b + 1] ?? 0),
  );
}
