/**
 * Keeps the head upright for the face model. Between two runs of the face detector Human crops
 * the face with the detector's old rotation angle, and the mesh then under-reads a head that is
 * turning in the image plane (on a 13°/s roll ramp it lagged by up to 19°). So each frame is
 * turned about the last face centre by the last measured eye-line angle before the model sees
 * it, and the landmarks are turned back afterwards: the model always sees a nearly upright face,
 * whatever the tilt, and the geometry that leaves this file is that of the original frame.
 */

/** Tilts smaller than this are left alone (turning the frame costs a few milliseconds). */
export const minimumCorrectionRad = (2 * Math.PI) / 180;

/** Clockwise angle (radians, image y down) of the line from the right to the left outer eye corner. */
export function eyeLineAngle(mesh: ArrayLike<number>): number {
  const dx = (mesh[3 * 263] ?? 0) - (mesh[3 * 33] ?? 0);
  const dy = (mesh[3 * 263 + 1] ?? 0) - (mesh[3 * 33 + 1] ?? 0);
  return Math.atan2(dy, dx);
}

export function meshCentre(mesh: ArrayLike<number>): { x: number; y: number } {
  let x = 0;
  let y = 0;
  const n = Math.floor(mesh.length / 3);
  for (let i = 0; i < n; i++) {
    x += mesh[3 * i] ?? 0;
    y += mesh[3 * i + 1] ?? 0;
  }
  return { x: x / n, y: y / n };
}

/**
 * Turns x,y points (stride `stride`) clockwise by `angle` radians about `centre`, in place:
 * the inverse of turning the frame counter-clockwise by the same angle.
 */
export function turnPointsClockwise(
  points: { length: number; [i: number]: number },
  stride: number,
  angle: number,
  centre: { x: number; y: number },
): void {
  const c = Math.cos(angle);
  const s = Math.sin(angle);
  for (let i = 0; i + 1 < points.length; i += stride) {
    const dx = (points[i] ?? 0) - centre.x;
    const dy = (points[i + 1] ?? 0) - centre.y;
    points[i] = centre.x + c * dx - s * dy;
    points[i + 1] = centre.y + s * dx + c * dy;
  }
}
