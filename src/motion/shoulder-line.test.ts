import { describe, expect, it } from 'vitest';
import { headOnTrunk, shoulderLine } from './shoulder-line.ts';

const shoulders = (left: [number, number], right: [number, number], score = 0.9) => [
  { part: 'leftShoulder', x: left[0], y: left[1], score },
  { part: 'rightShoulder', x: right[0], y: right[1], score },
];

describe('shoulderLine', () => {
  it('is level when both shoulders are at the same height', () => {
    const line = shoulderLine(shoulders([400, 300], [200, 300]));
    expect(line?.angleDeg).toBe(0);
    expect(line?.elevation).toBeCloseTo(0, 12);
    expect(line?.widthPx).toBe(200);
  });

  it('is positive when the person’s left shoulder (image right) is higher', () => {
    const line = shoulderLine(shoulders([400, 300 - 200 * Math.tan(Math.PI / 18)], [200, 300]));
    expect(line?.angleDeg).toBeCloseTo(10, 10);
    expect(line?.elevation).toBeGreaterThan(0);
  });

  it('is missing when a shoulder is not seen or the pair is crossed', () => {
    expect(shoulderLine(shoulders([400, 300], [200, 300], 0.1))).toBeNull();
    expect(shoulderLine(shoulders([200, 300], [400, 300]))).toBeNull();
    expect(shoulderLine([])).toBeNull();
  });
});

describe('headOnTrunk', () => {
  it('removes a whole-body lean from the head tilt', () => {
    // Trunk leaning 8° to the person's left: left shoulder lower (angle -8) and the head rolls 8°.
    const line = shoulderLine(
      shoulders([400, 300 + 200 * Math.tan((8 * Math.PI) / 180)], [200, 300]),
    );
    if (!line) throw new Error('expected a shoulder line');
    const trunk = headOnTrunk(
      line,
      8,
      { x: line.midX, y: line.midY - 150 },
      { x: line.midX, y: line.midY - 60 },
    );
    expect(trunk.headTiltToShouldersDeg).toBeCloseTo(0, 10);
  });

  it('measures lateral offset and chin height in shoulder widths', () => {
    const line = shoulderLine(shoulders([400, 300], [200, 300]));
    if (!line) throw new Error('expected a shoulder line');
    const trunk = headOnTrunk(line, 12, { x: 330, y: 150 }, { x: 330, y: 240 });
    expect(trunk.headTiltToShouldersDeg).toBe(12);
    expect(trunk.lateralShift).toBeCloseTo(0.15, 12);
    expect(trunk.chinAboveShoulders).toBeCloseTo(0.3, 12);
  });
});
