/**
 * Keeps the head upright for the face model. Between two runs of the face detector Human crops
 * the face with the detector's old rotation angle, and the mesh then under-reads a head that is
 * turning in the image plane (on a 13°/s roll ramp it lagged by up to 19°). So each frame is
 * turned by the last measured eye-line angle before the model sees it, and the landmarks are
 * turned back afterwards (face-crop.ts): the model always sees a nearly upright face, whatever
 * the tilt, and the geometry that leaves the model session is that of the original frame.
 */

/** Clockwise angle (radians, image y down) of the line from the right to the left outer eye corner. */
export function eyeLineAngle(mesh: ArrayLike<number>): number {
  const dx = (mesh[3 * 263] ?? 0) - (mesh[3 * 33] ?? 0);
  const dy = (mesh[3 * 263 + 1] ?? 0) - (mesh[3 * 33 + 1] ?? 0);
  return Math.atan2(dy, dx);
}
