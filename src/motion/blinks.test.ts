import { describe, expect, it } from 'vitest';
import { detectBlinks } from './blinks.ts';
import { estimateJrsFrequency } from './jrs-estimate.ts';

/** 30 fps openness series: open at `open`, closed (to `closedRatio` of it) during `closures`. */
function eyes(
  seconds: number,
  closures: [number, number][],
  open = { left: 0.36, right: 0.3 },
  closedRatio = 0.45,
) {
  const timesSec: number[] = [];
  const left: (number | null)[] = [];
  const right: (number | null)[] = [];
  for (let i = 0; i < seconds * 30; i++) {
    const t = i / 30;
    const closed = closures.some(([a, b]) => t >= a - 1e-9 && t < b - 1e-9);
    timesSec.push(t);
    left.push(open.left * (closed ? closedRatio : 1));
    right.push(open.right * (closed ? closedRatio : 1));
  }
  const width = timesSec.map(() => 40);
  return { timesSec, left, right, leftWidthPx: width, rightWidthPx: [...width] };
}

describe('detectBlinks', () => {
  it('finds each blink with its timing, relative to the person’s own open-eye level', () => {
    const blinks = detectBlinks(
      eyes(20, [
        [2, 2.2],
        [7, 7.1],
        [12.5, 12.8],
      ]),
    );
    expect(blinks.count).toBe(3);
    expect(
      blinks.events.map((e) => [Number(e.startSec.toFixed(3)), Number(e.durationSec.toFixed(3))]),
    ).toEqual([
      [2, 0.2],
      [7, 0.1],
      [12.5, 0.3],
    ]);
    expect(blinks.ratePerMin).toBeCloseTo(9, 6);
    expect(blinks.closedFraction).toBeCloseTo(0.6 / 20, 6);
    expect(blinks.longestClosureSec).toBeCloseTo(0.3, 6);
  });

  it('works the same for a person whose eyes are narrower (no fixed threshold)', () => {
    const narrow = detectBlinks(
      eyes(
        20,
        [
          [2, 2.2],
          [7, 7.1],
        ],
        { left: 0.2, right: 0.18 },
      ),
    );
    expect(narrow.count).toBe(2);
  });

  it('ignores a small drop that is not a closure', () => {
    expect(detectBlinks(eyes(10, [[3, 3.3]], undefined, 0.8)).count).toBe(0);
  });

  it('ends an event at a gap and does not count the gap as measured time', () => {
    const s = eyes(10, [[4, 5]]);
    for (let i = 135; i < 165; i++) {
      s.left[i] = null;
      s.right[i] = null;
    }
    const blinks = detectBlinks(s);
    expect(blinks.count).toBe(1);
    expect(blinks.events[0]?.endSec).toBeCloseTo(4.5, 6);
    expect(blinks.measuredSec).toBeCloseTo(9, 6);
  });

  it('trusts the wider (nearer) eye more when one barely changes', () => {
    const s = eyes(10, [[4, 4.2]]);
    s.right = s.right.map(() => 0.3); // far eye shows nothing
    s.rightWidthPx = s.rightWidthPx.map(() => 10);
    expect(detectBlinks(s).count).toBe(1);
  });
});

describe('estimateJrsFrequency', () => {
  it('reads normal blinking as 0', () => {
    expect(
      estimateJrsFrequency(
        detectBlinks(
          eyes(60, [
            [5, 5.2],
            [20, 20.2],
            [40, 40.2],
          ]),
        ),
      ).score,
    ).toBe(0);
  });
  it('reads a closure longer than 1 s as a spasm (3)', () => {
    expect(estimateJrsFrequency(detectBlinks(eyes(30, [[5, 6.5]]))).score).toBe(3);
  });
  it('reads eyes closed most of the time as 4', () => {
    expect(
      estimateJrsFrequency(
        detectBlinks(
          eyes(30, [
            [2, 4],
            [5, 25],
          ]),
        ),
      ).score,
    ).toBe(4);
  });
  it('reads brief closures in quick succession as fluttering (2)', () => {
    expect(
      estimateJrsFrequency(
        detectBlinks(
          eyes(30, [
            [5, 5.2],
            [5.5, 5.7],
            [6, 6.2],
          ]),
        ),
      ).score,
    ).toBe(2);
  });
});
