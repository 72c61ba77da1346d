/**
 * Where the face model looks. Between two runs of the face detector Human crops each frame
 * around the centre of the previous frame's mesh. That is a feedback loop, and on a still face
 * it does not settle: the crop and the mesh chase each other in a cycle of 2-3 frames, which
 * read as a 1-2° wobble of yaw and pitch at 10-15 Hz (measured on the still ground-truth clip)
 * and as a tremor that is not there.
 *
 * So Tonus chooses the crop itself. Human's crop centre is known (the centre of the last mesh's
 * bounding box, in the coordinates of the picture it was given), so each frame is handed to
 * Human moved and turned such that the point of the frame Tonus wants at the crop's centre, the
 * anchor, lands exactly there. The anchor follows the face with some play (it moves only when
 * the face is more than `anchorPlay` of the face box from it), so a still face is cropped the
 * same way on every frame, and a moving one is followed. The turn stands the head upright
 * (upright-head.ts), likewise with some play.
 *
 * The picture given to Human: q = Rot(-tilt) (p - anchor) + boxCentre, for p in the frame
 * (Rot turns clockwise on screen, image y down).
 */
export interface Point {
  x: number;
  y: number;
}

export interface CropPlacement {
  /** Clockwise eye-line angle the frame is turned back by, radians (image y down). */
  tilt: number;
  /** The frame point that is put at Human's crop centre. */
  anchor: Point;
  /** Human's crop centre, in the coordinates of the picture it is given. */
  boxCentre: Point;
}

/** How far the face may move from the anchor before the anchor follows, in face-box widths. */
export const anchorPlay = 0.015;
/**
 * How far the eye line may turn before the frame is turned with it, radians (4°). The model reads
 * a face turned a few degrees in its crop well; a smaller play re-turned the frame twice per
 * cycle of a 1° tremor and added a false 10 Hz nod to a 5 Hz tilt tremor (bench/accuracy).
 */
export const tiltPlay = (4 * Math.PI) / 180;

/** Turns x,y points (every `stride` numbers) of the given picture back into the frame, in place. */
export function pictureToFrame(
  points: { length: number; [i: number]: number },
  stride: number,
  placement: CropPlacement,
): void {
  const c = Math.cos(placement.tilt);
  const s = Math.sin(placement.tilt);
  const { anchor, boxCentre } = placement;
  for (let i = 0; i + 1 < points.length; i += stride) {
    const dx = (points[i] ?? 0) - boxCentre.x;
    const dy = (points[i + 1] ?? 0) - boxCentre.y;
    points[i] = anchor.x + c * dx - s * dy;
    points[i + 1] = anchor.y + s * dx + c * dy;
  }
}

/** Frame point of a point of the given picture. */
export function frameOf(point: Point, placement: CropPlacement): Point {
  const xy = [point.x, point.y];
  pictureToFrame(xy, 2, placement);
  return { x: xy[0] ?? 0, y: xy[1] ?? 0 };
}

/** Centre of the bounding box of x,y points (stride 3), as Human centres its next crop. */
export function boundingBoxCentre(points: ArrayLike<number>, count: number): Point {
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const x = points[3 * i] ?? 0;
    const y = points[3 * i + 1] ?? 0;
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
}

/** The anchor follows the face only as far as needed to keep it within `play` pixels. */
export function followWithPlay(anchor: Point | null, face: Point, play: number): Point {
  if (!anchor) return face;
  const dx = face.x - anchor.x;
  const dy = face.y - anchor.y;
  const distance = Math.hypot(dx, dy);
  if (distance <= play) return anchor;
  const k = (distance - play) / distance;
  return { x: anchor.x + k * dx, y: anchor.y + k * dy };
}

/** The tilt follows the eye line only when it has turned by more than {@link tiltPlay}. */
export function tiltWithPlay(tilt: number, eyeLine: number): number {
  return Math.abs(eyeLine - tilt) > tiltPlay ? eyeLine : tilt;
}
