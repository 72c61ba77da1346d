import { type Matrix3, multiply } from './rigid-fit.ts';

/**
 * Head angles in the person's anatomical frame, never the image's:
 * - `yawDeg` > 0: chin turned to the person's left (rotation, torticollis direction);
 * - `pitchDeg` > 0: chin up (retrocollis direction); < 0 chin down (anterocollis);
 * - `rollDeg` > 0: head tilted toward the person's left shoulder (laterocollis direction).
 */
export interface HeadAngles {
  yawDeg: number;
  pitchDeg: number;
  rollDeg: number;
}

/*
 * Camera frame: x to image right, y to image down, z away from the camera (the face mesh's z
 * grows away from the viewer). A person facing the camera has their left at +x, up at -y and
 * their nose pointing to -z.
 *
 * Composition R = Roll * Pitch * Yaw (applied to head-fixed points, right to left): turn about
 * the camera's vertical axis, then nod, then tilt in the image plane. With this order a camera
 * roll (a rotated video) adds exactly to rollDeg whatever the posture, and single-axis postures
 * read back exactly (the other orders mix yaw and pitch; DESIGN.md).
 */
const rad = Math.PI / 180;

/** Yaw: nose (0,0,-1) goes to (+sin, 0, -cos), i.e. toward the person's left. */
function yawMatrix(deg: number): Matrix3 {
  const c = Math.cos(deg * rad);
  const s = Math.sin(deg * rad);
  return [c, 0, -s, 0, 1, 0, s, 0, c];
}

/** Pitch: nose (0,0,-1) goes to (0, -sin, -cos), i.e. up (image y decreases). */
function pitchMatrix(deg: number): Matrix3 {
  const c = Math.cos(deg * rad);
  const s = Math.sin(deg * rad);
  return [1, 0, 0, 0, c, s, 0, -s, c];
}

/** Roll: the top of the head (0,-1,0) goes to (+sin, -cos, 0), toward the person's left. */
function rollMatrix(deg: number): Matrix3 {
  const c = Math.cos(deg * rad);
  const s = Math.sin(deg * rad);
  return [c, -s, 0, s, c, 0, 0, 0, 1];
}

/** Rotation that takes the frontal (all zero) head to the given posture. */
export function rotationFromHeadAngles(angles: HeadAngles): Matrix3 {
  return multiply(
    rollMatrix(angles.rollDeg),
    multiply(pitchMatrix(angles.pitchDeg), yawMatrix(angles.yawDeg)),
  );
}

/** Inverse of {@link rotationFromHeadAngles} (yaw and pitch within ±90°). */
export function headAnglesFromRotation(m: Matrix3): HeadAngles {
  // R = Rz(roll) * Rx(-pitch) * Ry(-yaw) in the standard right-handed matrices, so
  // R[2][1] = sin(-pitch), R[2][0] = -cos(pitch) sin(-yaw), R[2][2] = cos(pitch) cos(yaw),
  // R[0][1] = -sin(roll) cos(pitch), R[1][1] = cos(roll) cos(pitch).
  const sinMinusPitch = Math.max(-1, Math.min(1, m[7]));
  const pitch = -Math.asin(sinMinusPitch);
  const yaw = -Math.atan2(-m[6], m[8]);
  const roll = Math.atan2(-m[1], m[4]);
  return { yawDeg: clean(yaw / rad), pitchDeg: clean(pitch / rad), rollDeg: clean(roll / rad) };
}

/** Avoids printing -0 in reports. */
function clean(value: number): number {
  return value === 0 ? 0 : value;
}
