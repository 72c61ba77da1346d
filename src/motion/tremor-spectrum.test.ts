import { describe, expect, it } from 'vitest';
import { seededRandom } from './synthetic-face.test-support.ts';
import { headTremor } from './tremor-spectrum.ts';

function series(options: {
  seconds: number;
  rate: number;
  hz?: number;
  amplitudeDeg?: number;
  axis?: 'yaw' | 'pitch' | 'roll';
  noiseDeg?: number;
  jitterSec?: number;
}) {
  const random = seededRandom(42);
  const n = Math.round(options.seconds * options.rate);
  const timesSec: number[] = [];
  const axes = {
    yaw: [] as (number | null)[],
    pitch: [] as (number | null)[],
    roll: [] as (number | null)[],
  };
  for (let i = 0; i < n; i++) {
    // Variable frame rate: each timestamp moved by up to ±jitter, and the angle taken at that true time.
    const t = i / options.rate + (options.jitterSec ?? 0) * (random() * 2 - 1);
    timesSec.push(t);
    for (const axis of ['yaw', 'pitch', 'roll'] as const) {
      const tone =
        axis === options.axis
          ? (options.amplitudeDeg ?? 0) * Math.sin(2 * Math.PI * (options.hz ?? 0) * t)
          : 0;
      const noise = (options.noiseDeg ?? 0) * (random() + random() + random() - 1.5);
      axes[axis].push(10 + tone + noise);
    }
  }
  return { timesSec, ...axes };
}

describe('headTremor', () => {
  it.each([
    [1.0, 1, 'yaw'],
    [1.7, 2, 'roll'],
    [2.0, 1, 'pitch'],
    [4.3, 3, 'yaw'],
    [8.0, 5, 'roll'],
  ] as const)(
    'finds a %f Hz, %i° tremor on the %s axis within 0.05 Hz',
    (hz, amplitudeDeg, axis) => {
      const tremor = headTremor(
        series({ seconds: 12, rate: 30, hz, amplitudeDeg, axis, noiseDeg: 0.2 }),
      );
      expect(tremor.detected).toBe(true);
      expect(tremor.axis).toBe(axis);
      expect(Math.abs((tremor.peakHz ?? 0) - hz)).toBeLessThan(0.05);
      expect(tremor.amplitudeDeg).toBeGreaterThan(0.85 * amplitudeDeg);
      expect(tremor.amplitudeDeg).toBeLessThan(1.15 * amplitudeDeg);
      expect(tremor.bandHz?.[0]).toBe(0.5);
      expect(tremor.bandHz?.[1]).toBeCloseTo(15, 9);
    },
  );

  it('names the pattern after the axis', () => {
    expect(
      headTremor(series({ seconds: 10, rate: 30, hz: 2, amplitudeDeg: 2, axis: 'yaw' })).pattern,
    ).toBe('no-no');
    expect(
      headTremor(series({ seconds: 10, rate: 30, hz: 2, amplitudeDeg: 2, axis: 'pitch' })).pattern,
    ).toBe('yes-yes');
  });

  it('uses true timestamps: a jittery variable frame rate still gives the right frequency', () => {
    const tremor = headTremor(
      series({ seconds: 12, rate: 30, hz: 1.5, amplitudeDeg: 2, axis: 'yaw', jitterSec: 0.008 }),
    );
    expect(Math.abs((tremor.peakHz ?? 0) - 1.5)).toBeLessThan(0.05);
  });

  it('reports no tremor on a still head with measurement jitter', () => {
    const tremor = headTremor(series({ seconds: 12, rate: 30, noiseDeg: 0.5 }));
    expect(tremor.detected).toBe(false);
    expect(tremor.peakHz).toBeNull();
    expect(tremor.note).toMatch(/noise floor/);
  });

  it('reports no tremor on a slow turn (drift is not tremor)', () => {
    const s = series({ seconds: 12, rate: 30, noiseDeg: 0.1 });
    s.yaw = s.timesSec.map((t) => 40 * Math.min(1, t / 8));
    expect(headTremor(s).detected).toBe(false);
  });

  it('says why when there is too little gap-free video', () => {
    const s = series({ seconds: 1.5, rate: 30, hz: 3, amplitudeDeg: 2, axis: 'yaw' });
    expect(headTremor(s).note).toMatch(/2 s/);
  });
});
