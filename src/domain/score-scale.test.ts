import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scaleIds, scales } from './scales/catalogue.ts';
import type { ScaleDefinition } from './scales/scale-definition.ts';
import { answersTheFormAllows, type ScaleAnswers, scaleById, scoreScale } from './score-scale.ts';

function answerAll(scale: ScaleDefinition, pick: 'min' | 'max'): Record<string, number> {
  return Object.fromEntries(
    scale.items.map((item) => {
      const values = item.options.map((option) => option.value);
      return [item.id, pick === 'min' ? Math.min(...values) : Math.max(...values)];
    }),
  );
}

describe('scoreScale: minimum and maximum totals of every scale (REFERENCE §3)', () => {
  const expected: Record<string, [number, number]> = {
    twstrs: [0, 85],
    tsui: [0, 25],
    bfmdrs: [0, 150],
    gdrs: [0, 140],
    jrs: [0, 8],
    bsdi: [0, 24],
    adds: [0, 100],
    vhi: [0, 120],
    vhi10: [0, 40],
    phq9: [0, 27],
    gad7: [0, 21],
    daily: [0, 10],
  };

  it('covers every scale', () => {
    expect(Object.keys(expected).sort()).toEqual([...scaleIds].sort());
  });

  it.each(scaleIds)('%s', (id) => {
    const scale = scales[id];
    const lowest = scoreScale(id, answerAll(scale, 'min'));
    const highest = scoreScale(id, answerAll(scale, 'max'));
    expect(lowest.complete && highest.complete).toBe(true);
    const totals = [lowest.total, highest.total].sort((a, b) => Number(a) - Number(b));
    expect(totals).toEqual(expected[id]);
  });

  it('TWSTRS subscales span 0–35, 0–30 and 0–20; BFMDRS 0–120 and 0–30', () => {
    expect(scoreScale('twstrs', answerAll(scales.twstrs, 'max')).subscales).toEqual({
      severity: 35,
      disability: 30,
      pain: 20,
    });
    expect(scoreScale('bfmdrs', answerAll(scales.bfmdrs, 'max')).subscales).toEqual({
      movement: 120,
      disability: 30,
    });
  });
});

describe('scoreScale: hand-worked examples', () => {
  it('TWSTRS: duration counts twice; pain severity is (worst + best + 2 × usual) / 4', () => {
    const result = scoreScale('twstrs', {
      rotation: 3,
      laterocollis: 2,
      antero_retrocollis: 1,
      lateral_shift: 1,
      sagittal_shift: 0,
      duration: 4,
      sensory_trick: 1,
      shoulder_elevation: 2,
      range_of_motion: 2,
      time: 3,
      work: 2,
      adl: 1,
      driving: 3,
      reading: 2,
      television: 1,
      outside_activities: 2,
      pain_best: 2,
      pain_worst: 8,
      pain_usual: 5,
      pain_duration: 3,
      pain_disability: 2,
    });
    // Severity 3+2+1+1+0 + 2×4 + 1+2+2+3 = 23; disability 11; pain (8+2+10)/4 + 3 + 2 = 10.
    expect(result).toMatchObject({
      scaleId: 'twstrs',
      scaleVersion: '1',
      total: 44,
      subscales: { severity: 23, disability: 11, pain: 10 },
      parts: { pain_severity: 5 },
      complete: true,
      missing: [],
      band: null,
    });
  });

  it('TWSTRS keeps quarter points of pain severity', () => {
    const result = scoreScale('twstrs', { pain_best: 1, pain_worst: 2, pain_usual: 2 });
    expect(result.parts.pain_severity).toBe(1.75);
    expect(result.subscales.pain).toBeNull();
  });

  it('BFMDRS: eyes, mouth and neck weighted 0.5, speech/swallowing 1.0', () => {
    const result = scoreScale('bfmdrs', {
      eyes_provoking: 2,
      eyes_severity: 3,
      mouth_provoking: 1,
      mouth_severity: 1,
      speech_swallowing_provoking: 2,
      speech_swallowing_severity: 2,
      neck_provoking: 3,
      neck_severity: 3,
      arm_R_provoking: 2,
      arm_R_severity: 2,
      arm_L_provoking: 0,
      arm_L_severity: 3,
      trunk_provoking: 1,
      trunk_severity: 2,
      leg_R_provoking: 0,
      leg_R_severity: 0,
      leg_L_provoking: 4,
      leg_L_severity: 1,
      speech: 1,
      handwriting: 2,
      feeding: 1,
      eating_swallowing: 0,
      hygiene: 1,
      dressing: 1,
      walking: 6,
    });
    // eyes 2×3×0.5 = 3; mouth 0.5; speech 4; neck 9×0.5 = 4.5; right arm 4; left arm 0 (a
    // zero factor); trunk 2; right leg 0; left leg 4 -> 22.
    expect(result.parts).toEqual({
      eyes: 3,
      mouth: 0.5,
      speech_swallowing: 4,
      neck: 4.5,
      arm_R: 4,
      arm_L: 0,
      trunk: 2,
      leg_R: 0,
      leg_L: 4,
    });
    expect(result.subscales).toEqual({ movement: 22, disability: 12 });
    expect(result.total).toBe(34);
  });

  it('BFMDRS walking has no level 5', () => {
    expect(() => scoreScale('bfmdrs', { walking: 5 })).toThrow(/Allowed: 0, 1, 2, 3, 4, 6/);
  });

  it('JRS: severity + frequency', () => {
    expect(scoreScale('jrs', { severity: 3, frequency: 2 }).total).toBe(5);
  });

  it('Tsui: A × B + C + D', () => {
    const result = scoreScale('tsui', {
      rotation: 2,
      tilt: 1,
      antero_retrocollis: 0,
      posture_duration: 2,
      shoulder_elevation: 1,
      tremor_severity: 1,
      tremor_duration: 2,
    });
    expect(result.subscales).toEqual({ posture: 6, tremor: 2 });
    expect(result.total).toBe(9);
  });

  it('ADDS: 90% − 90% × (sum / 21) when activities are limited', () => {
    const result = scoreScale('adds', {
      impact: 3,
      writing: 3,
      playing_instrument: 0,
      buttoning: 1,
      utensils_feeding: 2,
      hygiene: 0,
      grasping: 1,
      work_housework: 0,
    });
    expect(result.total).toBe(60);
    expect(result.parts.limited_activities).toBe(60);
    expect(
      scoreScale('adds', {
        impact: 3,
        writing: 1,
        playing_instrument: 0,
        buttoning: 0,
        utensils_feeding: 0,
        hygiene: 0,
        grasping: 0,
        work_housework: 0,
      }).total,
    ).toBeCloseTo(85.714, 3);
  });

  it('ADDS: the first three steps are 100%, 95% and 90% and need no activity ratings', () => {
    expect(scoreScale('adds', { impact: 0 })).toMatchObject({ total: 100, complete: true });
    expect(scoreScale('adds', { impact: 1 })).toMatchObject({ total: 95, complete: true });
    expect(scoreScale('adds', { impact: 2, writing: 3 })).toMatchObject({
      total: 90,
      missing: [],
    });
  });

  it('ADDS: limited activities with a missing rating is incomplete', () => {
    const result = scoreScale('adds', { impact: 3, writing: 1 });
    expect(result.total).toBeNull();
    expect(result.missing).toEqual([
      'playing_instrument',
      'buttoning',
      'utensils_feeding',
      'hygiene',
      'grasping',
      'work_housework',
    ]);
    expect(scoreScale('adds', {}).missing).toEqual(['impact']);
  });

  const phq9With = (total: number): ScaleAnswers =>
    Object.fromEntries(
      Array.from({ length: 9 }, (_, i) => [`q${i + 1}`, Math.max(0, Math.min(3, total - 3 * i))]),
    );

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately_severe'],
    [19, 'moderately_severe'],
    [20, 'severe'],
    [27, 'severe'],
  ])('PHQ-9 total %i is %s', (total, band) => {
    const result = scoreScale('phq9', phq9With(total));
    expect(result.total).toBe(total);
    expect(result.band?.id).toBe(band);
  });

  it('PHQ-9: the difficulty item is not scored and not required; PHQ-2 is items 1–2', () => {
    const answers = { ...phq9With(7) };
    const without = scoreScale('phq9', answers);
    const withDifficulty = scoreScale('phq9', { ...answers, difficulty: 3 });
    expect(without).toMatchObject({ total: 7, complete: true });
    expect(withDifficulty.total).toBe(7);
    expect(without.parts.phq2).toBe(6);
  });

  const gad7With = (total: number): ScaleAnswers =>
    Object.fromEntries(
      Array.from({ length: 7 }, (_, i) => [`q${i + 1}`, Math.max(0, Math.min(3, total - 3 * i))]),
    );

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('GAD-7 total %i is %s', (total, band) => {
    const result = scoreScale('gad7', gad7With(total));
    expect(result.total).toBe(total);
    expect(result.band?.id).toBe(band);
  });

  it('daily check-in: severity is the headline, pain and function beside it', () => {
    expect(scoreScale('daily', { severity: 6, pain: 3, function: 4 })).toMatchObject({
      total: 6,
      subscales: { severity: 6, pain: 3, function: 4 },
      complete: true,
    });
  });

  it('BSDI: "not applicable" counts as 0 and is reported', () => {
    const result = scoreScale('bsdi', {
      driving: 'not_applicable',
      reading: 3,
      television: 2,
      shopping: 1,
      walking: 0,
      everyday_activities: 2,
    });
    expect(result).toMatchObject({ total: 8, complete: true, notApplicable: ['driving'] });
  });
});

describe('scoreScale: missing items make a score incomplete, never zero', () => {
  it('nulls the total and only the subscales that lack an item', () => {
    const answers = answerAll(scales.twstrs, 'max');
    delete answers.reading;
    answers.pain_best = 0;
    const result = scoreScale('twstrs', { ...answers, pain_usual: null });
    expect(result.total).toBeNull();
    expect(result.complete).toBe(false);
    expect(result.subscales).toEqual({ severity: 35, disability: null, pain: null });
    expect(result.missing).toEqual(['reading', 'pain_usual']);
  });

  it('an empty form is incomplete with every needed item missing', () => {
    const result = scoreScale('jrs', {});
    expect(result).toMatchObject({ total: null, complete: false, band: null });
    expect(result.missing).toEqual(['severity', 'frequency']);
    expect(scoreScale('phq9', {}).missing).toHaveLength(9);
  });

  it('the daily total is null when pain or function is missing', () => {
    const result = scoreScale('daily', { severity: 4 });
    expect(result.total).toBeNull();
    expect(result.subscales).toEqual({ severity: 4, pain: null, function: null });
  });
});

describe('scoreScale: bad input is an error with a clear message', () => {
  it('rejects an unknown scale, listing the valid ones', () => {
    expect(() => scoreScale('udrs', {})).toThrow(
      /Unknown scale "udrs"\. Valid scales: twstrs, tsui, bfmdrs/,
    );
    expect(() => scaleById('toString')).toThrow(/Unknown scale "toString"/);
  });

  it('rejects an unknown item, listing the valid ones', () => {
    expect(() => scoreScale('jrs', { severity: 1, blinks: 2 })).toThrow(
      'Unknown item "blinks" for JRS. Valid items: severity, frequency.',
    );
  });

  it('rejects out-of-range, fractional and non-numeric values', () => {
    expect(() => scoreScale('twstrs', { rotation: 5 })).toThrow(
      'TWSTRS item "rotation": 5 is not an allowed answer. Allowed: 0, 1, 2, 3, 4.',
    );
    expect(() => scoreScale('jrs', { severity: 1.5 })).toThrow(/1\.5 is not an allowed answer/);
    expect(() => scoreScale('jrs', { severity: -1 })).toThrow(/-1 is not an allowed answer/);
    expect(() => scoreScale('jrs', { severity: '2' as unknown as number })).toThrow(
      /"2" is not an allowed answer/,
    );
  });

  it('accepts "not applicable" only where the form offers it', () => {
    expect(() => scoreScale('jrs', { severity: 'not_applicable' })).toThrow(
      `JRS item "severity": "not_applicable" is not an allowed answer. Allowed: 0, 1, 2, 3, 4.`,
    );
    expect(() => scoreScale('bsdi', { driving: 7 })).toThrow(
      "Allowed: 0, 1, 2, 3, 4, 'not_applicable'.",
    );
  });

  it('reports broken definitions instead of guessing', () => {
    const badScore: ScaleDefinition = {
      ...scales.jrs,
      total: { ...scales.jrs.total, expression: { op: 'score', id: 'nowhere' } },
    };
    expect(() => scoreScale(badScore, {})).toThrow(
      'JRS definition refers to an unknown score "nowhere".',
    );
    const badBranch: ScaleDefinition = {
      ...scales.adds,
      total: {
        ...scales.adds.total,
        expression: { op: 'by_item', item: 'impact', cases: { 0: { op: 'constant', value: 1 } } },
      },
    };
    expect(() => scoreScale(badBranch, { impact: 2 })).toThrow(
      'ADDS definition has no rule for impact = 2.',
    );
  });
});

describe('scoreScale: properties', () => {
  const answersFor = (scale: ScaleDefinition) =>
    fc.record(
      Object.fromEntries(
        scale.items.map((item) => {
          const choices: fc.Arbitrary<number | 'not_applicable' | null>[] = [
            fc.constantFrom(...item.options.map((option) => option.value)),
          ];
          if (item.allowsNotApplicable) choices.push(fc.constant('not_applicable' as const));
          return [item.id, fc.oneof(...choices, fc.constant(null))];
        }),
      ),
    );

  it.each(scaleIds)('%s: totals and subscales stay within the declared ranges', (id) => {
    const scale = scales[id];
    fc.assert(
      fc.property(answersFor(scale), (answers) => {
        const result = scoreScale(id, answers);
        if (result.total !== null) {
          expect(result.complete).toBe(true);
          expect(result.total).toBeGreaterThanOrEqual(scale.total.range.min);
          expect(result.total).toBeLessThanOrEqual(scale.total.range.max);
        } else {
          expect(result.missing.length).toBeGreaterThan(0);
        }
        for (const score of [...scale.subscales, ...(scale.parts ?? [])]) {
          const value = result.subscales[score.id] ?? result.parts[score.id] ?? null;
          if (value === null) continue;
          expect(value).toBeGreaterThanOrEqual(score.range.min);
          expect(value).toBeLessThanOrEqual(score.range.max);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each(scaleIds)('%s: a complete form always has a total', (id) => {
    const scale = scales[id];
    const complete = fc.record(
      Object.fromEntries(
        scale.items.map((item) => [
          item.id,
          fc.constantFrom(...item.options.map((option) => option.value)),
        ]),
      ),
    );
    fc.assert(
      fc.property(complete, (answers) => {
        const result = scoreScale(id, answers);
        expect(result.complete).toBe(true);
        expect(typeof result.total).toBe('number');
      }),
      { numRuns: 100 },
    );
  });
});

describe('answersTheFormAllows', () => {
  it('keeps allowed answers and leaves out unknown items and values the form does not have', () => {
    const stored: ScaleAnswers = {
      q1: 2,
      q2: 7,
      q9: 1,
      gone: 3,
      difficulty: 'not_applicable',
      q3: null,
    };
    expect(answersTheFormAllows('phq9', stored)).toEqual({ q1: 2, q9: 1 });
    // What is left scores, with the dropped items reported as unanswered.
    const score = scoreScale('phq9', answersTheFormAllows('phq9', stored));
    expect(score.total).toBeNull();
    expect(score.missing).toEqual(['q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'q8']);
  });

  it("keeps 'not_applicable' only where the item allows it", () => {
    const item = scales.bsdi.items.find((candidate) => candidate.allowsNotApplicable);
    expect(item).toBeDefined();
    const id = item?.id as string;
    expect(answersTheFormAllows('bsdi', { [id]: 'not_applicable' })).toEqual({
      [id]: 'not_applicable',
    });
  });

  it('refuses an unknown scale', () => {
    expect(() => answersTheFormAllows('nope', {})).toThrow('Unknown scale "nope"');
  });
});
