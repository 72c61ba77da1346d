/** A body keypoint in pixel-true frame coordinates; "left" is the person's left. */
export interface BodyKeypoint {
  part: string;
  x: number;
  y: number;
  score: number;
}

export interface ShoulderLine {
  /**
   * Angle of the line from the right to the left shoulder against the horizontal, degrees;
   * > 0 when the person's left shoulder is higher in the frame.
   */
  angleDeg: number;
  /** Height of the left shoulder above the right, as a fraction of shoulder width. */
  elevation: number;
  widthPx: number;
  midX: number;
  midY: number;
  /** Unit vector from the right to the left shoulder. */
  unitX: number;
  unitY: number;
}

/** Keypoints below this score are treated as not seen. */
export const minimumKeypointScore = 0.3;

export function shoulderLine(keypoints: readonly BodyKeypoint[]): ShoulderLine | null {
  const left = keypoints.find((k) => k.part === 'leftShoulder');
  const right = keypoints.find((k) => k.part === 'rightShoulder');
  if (!left || !right || left.score < minimumKeypointScore || right.score < minimumKeypointScore) {
    return null;
  }
  const dx = left.x - right.x;
  const dy = left.y - right.y;
  const widthPx = Math.hypot(dx, dy);
  // A person facing the camera has the left shoulder on the image's right (dx > 0); a
  // crossed-over pair means the keypoints are wrong or the person faces away.
  if (widthPx === 0 || dx <= 0) return null;
  return {
    // `|| 0` turns -0 (level shoulders) into 0 for reports.
    angleDeg: (Math.atan2(-dy, dx) * 180) / Math.PI || 0,
    elevation: -dy / widthPx || 0,
    widthPx,
    midX: (left.x + right.x) / 2,
    midY: (left.y + right.y) / 2,
    unitX: dx / widthPx,
    unitY: dy / widthPx,
  };
}

export interface HeadOnTrunk {
  /** Head roll relative to the shoulder line: > 0 tilted toward the left shoulder. */
  headTiltToShouldersDeg: number;
  /**
   * Lateral shift proxy: offset of the face centre from the shoulder midpoint along the
   * shoulder line, in shoulder widths; > 0 toward the person's left.
   */
  lateralShift: number;
  /**
   * Sagittal shift proxy: height of the chin above the shoulder line, in shoulder widths.
   * A frontal camera cannot see forward/backward translation directly; a head pushed forward
   * and down shortens this, a head pulled back lengthens it. Weak: it also changes with
   * camera height and pitch.
   */
  chinAboveShoulders: number;
}

export function headOnTrunk(
  shoulders: ShoulderLine,
  rollDeg: number,
  faceCentre: { x: number; y: number },
  chinPoint: { x: number; y: number },
): HeadOnTrunk {
  // A trunk leaning to the person's left lowers the left shoulder (angleDeg < 0) and rolls the
  // head by the same amount, so the head's own tilt is roll + angleDeg.
  const headTiltToShouldersDeg = rollDeg + shoulders.angleDeg;
  const lateralShift =
    ((faceCentre.x - shoulders.midX) * shoulders.unitX +
      (faceCentre.y - shoulders.midY) * shoulders.unitY) /
    shoulders.widthPx;
  // Perpendicular pointing up from the shoulder line (toward the head): (unitY, -unitX).
  const chinAboveShoulders =
    ((chinPoint.x - shoulders.midX) * shoulders.unitY -
      (chinPoint.y - shoulders.midY) * shoulders.unitX) /
    shoulders.widthPx;
  return { headTiltToShouldersDeg, lateralShift, chinAboveShoulders };
}
