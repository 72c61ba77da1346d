import { describe, expect, it } from 'vitest';
import { headAnglesFromRotation, rotationFromHeadAngles } from './head-angles.ts';
import { multiply, rotate } from './rigid-fit.ts';

describe('anatomical head angles', () => {
  it('yaw > 0 turns the nose toward the person’s left (image right, +x)', () => {
    const nose = rotate(
      rotationFromHeadAngles({ yawDeg: 30, pitchDeg: 0, rollDeg: 0 }),
      [0, 0, -1],
    );
    expect(nose[0]).toBeCloseTo(0.5, 12);
    expect(nose[2]).toBeCloseTo(-Math.sqrt(3) / 2, 12);
  });

  it('pitch > 0 lifts the chin: the nose points up in the image (-y)', () => {
    const nose = rotate(
      rotationFromHeadAngles({ yawDeg: 0, pitchDeg: 30, rollDeg: 0 }),
      [0, 0, -1],
    );
    expect(nose[1]).toBeCloseTo(-0.5, 12);
  });

  it('roll > 0 tilts the top of the head toward the person’s left (clockwise in the image)', () => {
    const top = rotate(rotationFromHeadAngles({ yawDeg: 0, pitchDeg: 0, rollDeg: 30 }), [0, -1, 0]);
    expect(top[0]).toBeCloseTo(0.5, 12);
    expect(top[1]).toBeCloseTo(-Math.sqrt(3) / 2, 12);
  });

  it('reads back any posture within ±89° exactly', () => {
    for (const yawDeg of [-60, -5, 0, 17, 45, 89]) {
      for (const pitchDeg of [-30, 0, 12.5, 30]) {
        for (const rollDeg of [-40, -1, 0, 22, 40, 170]) {
          const back = headAnglesFromRotation(
            rotationFromHeadAngles({ yawDeg, pitchDeg, rollDeg }),
          );
          expect(back.yawDeg).toBeCloseTo(yawDeg, 10);
          expect(back.pitchDeg).toBeCloseTo(pitchDeg, 10);
          expect(back.rollDeg).toBeCloseTo(rollDeg, 10);
        }
      }
    }
  });

  it('a rotated camera adds exactly to roll, whatever the posture', () => {
    const posture = rotationFromHeadAngles({ yawDeg: 35, pitchDeg: -15, rollDeg: 5 });
    const camera = rotationFromHeadAngles({ yawDeg: 0, pitchDeg: 0, rollDeg: 12 });
    const seen = headAnglesFromRotation(multiply(camera, posture));
    expect(seen.yawDeg).toBeCloseTo(35, 10);
    expect(seen.pitchDeg).toBeCloseTo(-15, 10);
    expect(seen.rollDeg).toBeCloseTo(17, 10);
  });
});
