import { describe, expect, it } from 'vitest';
import { crisisResources, diarySymptoms, type RedFlagInput, redFlags } from './red-flags.ts';

const asOf = '2024-05-10';
const ids = (input: RedFlagInput) => redFlags(input).map((flag) => [flag.id, flag.urgency]);

const phq9 = (q9: number, others = 0) => ({
  q1: others,
  q2: others,
  q3: others,
  q4: others,
  q5: others,
  q6: others,
  q7: others,
  q8: others,
  q9,
});

describe('redFlags: emergencies (REFERENCE §6.1)', () => {
  it('trouble breathing or a tight throat: call emergency services now', () => {
    const [flag, ...rest] = redFlags({
      asOf,
      diary: [
        { date: '2024-05-09', symptoms: ['throat_tightness', 'noisy_breathing'] },
        { date: '2024-05-10', symptoms: ['breathing_difficulty'] },
      ],
    });
    expect(rest).toEqual([]);
    expect(flag).toMatchObject({
      id: 'breathing',
      urgency: 'emergency',
      action: 'Call emergency services now.',
      showCrisisResources: false,
      evidence: 'V',
    });
    expect(flag?.triggeredBy).toEqual([
      { source: 'diary', date: '2024-05-09', detail: 'tight throat, noisy breathing' },
      { source: 'diary', date: '2024-05-10', detail: 'trouble breathing' },
    ]);
  });

  it('an adverse event of breathing difficulty is an emergency too', () => {
    expect(
      ids({ asOf, adverseEvents: [{ date: '2024-05-08', type: 'breathing_difficulty' }] }),
    ).toEqual([['breathing', 'emergency']]);
  });

  it('cannot swallow saliva: emergency', () => {
    expect(ids({ asOf, diary: [{ date: asOf, symptoms: ['cannot_swallow_saliva'] }] })).toEqual([
      ['cannot_swallow_saliva', 'emergency'],
    ]);
  });

  it('severe non-stop worsening with fever or sweating: emergency, naming any device', () => {
    const [flag] = redFlags({
      asOf,
      diary: [{ date: asOf, symptoms: ['sudden_severe_worsening', 'fever', 'heavy_sweating'] }],
      devices: { deepBrainStimulation: true, intrathecalBaclofen: true },
    });
    expect(flag).toMatchObject({ id: 'severe_worsening_with_body_signs', urgency: 'emergency' });
    expect(flag?.whatToDo).toEqual([
      'Tell them about your brain stimulator (DBS) and your baclofen pump: a device problem can cause this.',
    ]);
    expect(flag?.message).not.toMatch(/status dystonicus|storm/i);
  });

  it('severe worsening alone: contact the care team today, with when to escalate', () => {
    const [flag] = redFlags({
      asOf,
      diary: [{ date: asOf, symptoms: ['sudden_severe_worsening'] }],
    });
    expect(flag).toMatchObject({
      id: 'severe_worsening',
      urgency: 'urgent',
      action: 'Contact your care team today.',
    });
    expect(flag?.whatToDo).toHaveLength(1);
    const withPump = redFlags({
      asOf,
      diary: [{ date: asOf, symptoms: ['sudden_severe_worsening'] }],
      devices: { intrathecalBaclofen: true },
    });
    expect(withPump[0]?.whatToDo[0]).toMatch(/your baclofen pump/);
  });
});

describe('redFlags: after a toxin injection', () => {
  it('trouble swallowing or a weak neck within the cycle: contact your injecting clinic today', () => {
    const [flag] = redFlags({
      asOf,
      toxinSessionDates: ['2024-01-01', '2024-04-20'],
      diary: [{ date: '2024-05-08', symptoms: ['swallowing_difficulty', 'neck_weakness'] }],
    });
    expect(flag).toMatchObject({
      id: 'after_injection',
      urgency: 'urgent',
      action: 'Contact your injecting clinic today.',
    });
    expect(flag?.whatToDo[0]).toBe(
      'If you cannot swallow your saliva or you struggle to breathe, call emergency services now.',
    );
    expect(flag?.triggeredBy[0]?.detail).toBe(
      'trouble swallowing, choking or food sticking, weak neck or head dropping',
    );
  });

  it('a recorded adverse event counts as after an injection', () => {
    expect(
      ids({ asOf, adverseEvents: [{ date: asOf, type: 'dysphagia', severity: 'moderate' }] }),
    ).toEqual([['after_injection', 'urgent']]);
    expect(ids({ asOf, adverseEvents: [{ date: asOf, type: 'ptosis' }] })).toEqual([
      ['after_injection', 'urgent'],
    ]);
  });

  it('a side effect Tonus has no rule for, or a usually harmless one felt as severe, goes to the clinic today', () => {
    const [other] = redFlags({ asOf, adverseEvents: [{ date: asOf, type: 'other' }] });
    expect(other).toMatchObject({
      id: 'side_effect_to_check',
      urgency: 'urgent',
      title: 'A side effect Tonus cannot judge',
      action: 'Contact your injecting clinic today.',
      evidence: 'NV',
    });
    expect(other?.triggeredBy[0]?.detail).toBe('another side effect');
    const [severe] = redFlags({
      asOf,
      adverseEvents: [{ date: asOf, type: 'flu_like', severity: 'severe' }],
    });
    expect(severe).toMatchObject({
      id: 'side_effect_to_check',
      urgency: 'urgent',
      title: 'A severe side effect',
    });
    expect(
      ids({ asOf, adverseEvents: [{ date: asOf, type: 'flu_like', severity: 'moderate' }] }),
    ).toEqual([['side_effect_to_mention', 'soon']]);
  });

  it('mild side effects are mentioned at the next visit', () => {
    const flags = redFlags({
      asOf,
      adverseEvents: [
        { date: asOf, type: 'dry_mouth' },
        { date: asOf, type: 'local' },
      ],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      id: 'side_effect_to_mention',
      urgency: 'soon',
      action: 'Mention this at your next visit.',
    });
    expect(flags[0]?.triggeredBy.map((trigger) => trigger.detail)).toEqual([
      'dry mouth',
      'pain or redness where injected',
    ]);
  });

  it('the same symptoms long after the last injection, or with none, are for the next visit', () => {
    for (const toxinSessionDates of [['2023-12-01'], ['2024-05-20'], undefined]) {
      expect(
        ids({
          asOf,
          toxinSessionDates,
          diary: [{ date: asOf, symptoms: ['voice_change'] }],
        }),
      ).toEqual([['new_bulbar_or_weakness', 'soon']]);
    }
  });
});

describe('redFlags: acute reaction to a dopamine-blocking medicine', () => {
  it('sudden spasms within days of starting a dopamine blocker: urgent care now', () => {
    const [flag] = redFlags({
      asOf,
      medicationChanges: [{ date: '2024-05-08', drug: 'Metoclopramide', change: 'started' }],
      diary: [{ date: asOf, symptoms: ['eyes_stuck_upward', 'jaw_locking'] }],
    });
    expect(flag).toMatchObject({
      id: 'reaction_to_new_medicine',
      urgency: 'urgent',
      action: 'Get urgent medical care now.',
    });
    expect(flag?.whatToDo[0]).toMatch(/call emergency services now/);
    expect(flag?.message).toContain('Metoclopramide was started');
  });

  it('recognises a flagged dopamine blocker by the flag, and ignores dose decreases', () => {
    expect(
      ids({
        asOf,
        medicationChanges: [
          {
            date: '2024-05-09',
            drug: 'new antipsychotic',
            change: 'increased',
            dopamineBlocker: true,
          },
        ],
        diary: [{ date: asOf, symptoms: ['arched_back'] }],
      }),
    ).toEqual([['reaction_to_new_medicine', 'urgent']]);
    expect(
      ids({
        asOf,
        medicationChanges: [{ date: '2024-05-09', drug: 'haloperidol', change: 'decreased' }],
        diary: [{ date: asOf, symptoms: ['jaw_locking'] }],
      }),
    ).toEqual([]);
  });

  it('ignores medicine changes after the symptoms or more than 7 days before them', () => {
    for (const date of ['2024-05-11', '2024-05-02']) {
      expect(
        ids({
          asOf: '2024-05-12',
          lookbackDays: 14,
          medicationChanges: [{ date, drug: 'haloperidol', change: 'started' }],
          diary: [{ date: asOf, symptoms: ['sudden_neck_twisting'] }],
        }),
      ).toEqual([]);
    }
  });

  it('eyes stuck looking up without a known trigger: contact the care team today', () => {
    expect(ids({ asOf, diary: [{ date: asOf, symptoms: ['eyes_stuck_upward'] }] })).toEqual([
      ['eyes_stuck_upward', 'urgent'],
    ]);
  });
});

describe('redFlags: devices and new patterns', () => {
  it('baclofen pump alarm and DBS battery: contact the device team today', () => {
    expect(
      ids({
        asOf,
        diary: [{ date: asOf, symptoms: ['pump_alarm', 'dbs_battery_low', 'new_weakness'] }],
      }),
    ).toEqual([
      ['baclofen_pump', 'urgent'],
      ['dbs_problem', 'urgent'],
      ['new_pattern', 'soon'],
    ]);
  });

  it('recent spread to a new region or a one-sided pattern prompts a review', () => {
    const flags = redFlags({
      asOf,
      regionObservations: [
        { date: '2023-01-01', regions: ['arm_dist_R'] },
        { date: '2024-01-01', regions: ['arm_dist_R', 'neck'] },
        { date: '2024-05-09', regions: ['arm_dist_R', 'leg_dist_R', 'neck'] },
      ],
    });
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ id: 'new_pattern', urgency: 'soon' });
    expect(flags[0]?.triggeredBy).toEqual([
      { source: 'body_map', date: '2024-05-09', detail: 'spread to a new area: right leg' },
      { source: 'body_map', date: '2024-05-09', detail: 'arm and leg on one side of the body' },
    ]);
  });

  it('old body-map history and a stable pattern raise nothing', () => {
    expect(
      ids({
        asOf,
        regionObservations: [
          { date: '2023-01-01', regions: ['arm_R', 'leg_R'] },
          { date: '2024-05-09', regions: ['arm_R', 'leg_R', 'arm_L'] },
        ],
      }),
    ).toEqual([['new_pattern', 'soon']]);
    expect(
      ids({ asOf, regionObservations: [{ date: '2023-01-01', regions: ['arm_R', 'leg_R'] }] }),
    ).toEqual([]);
    expect(ids({ asOf, regionObservations: [{ date: '2024-05-01', regions: ['neck'] }] })).toEqual(
      [],
    );
  });
});

describe('redFlags: questionnaires', () => {
  it('PHQ-9 item 9 above 0 shows crisis resources and tells the clinician', () => {
    const [flag] = redFlags({
      asOf,
      scaleResponses: [{ scaleId: 'phq9', date: asOf, answers: phq9(1) }],
    });
    expect(flag).toMatchObject({
      id: 'thoughts_of_self_harm',
      urgency: 'urgent',
      showCrisisResources: true,
      notifyClinician: true,
    });
    expect(flag?.whatToDo).toEqual([
      'If you are in danger now or might act on these thoughts, call emergency services now.',
      ...crisisResources,
    ]);
  });

  it('shows crisis resources even when the rest of the PHQ-9 is unanswered', () => {
    expect(
      ids({ asOf, scaleResponses: [{ scaleId: 'phq9', date: asOf, answers: { q9: 2 } }] }),
    ).toEqual([['thoughts_of_self_harm', 'urgent']]);
  });

  it('PHQ-9 item 9 at 0 raises nothing; a total of 10 or more is for the next visit', () => {
    expect(
      ids({ asOf, scaleResponses: [{ scaleId: 'phq9', date: asOf, answers: phq9(0) }] }),
    ).toEqual([]);
    expect(
      ids({
        asOf,
        scaleResponses: [
          { scaleId: 'phq9', date: asOf, answers: { ...phq9(0, 2), q9: null } },
          { scaleId: 'phq9', date: asOf, answers: phq9(0, 2) },
          {
            scaleId: 'gad7',
            date: asOf,
            answers: { q1: 2, q2: 2, q3: 2, q4: 2, q5: 1, q6: 1, q7: 0 },
          },
          { scaleId: 'daily', date: asOf, answers: { severity: 10, pain: 10, function: 10 } },
        ],
      }),
    ).toEqual([
      ['anxiety_screen', 'soon'],
      ['mood_screen', 'soon'],
    ]);
  });

  it('a GAD-7 under 10 raises nothing', () => {
    expect(
      ids({
        asOf,
        scaleResponses: [
          {
            scaleId: 'gad7',
            date: asOf,
            answers: { q1: 1, q2: 1, q3: 1, q4: 1, q5: 1, q6: 1, q7: 1 },
          },
        ],
      }),
    ).toEqual([]);
  });
});

describe('redFlags: time window and input checks', () => {
  it('ignores entries older than the look-back window or after asOf', () => {
    const input: RedFlagInput = {
      asOf,
      diary: [
        { date: '2024-05-03', symptoms: ['breathing_difficulty'] },
        { date: '2024-05-11', symptoms: ['breathing_difficulty'] },
      ],
      adverseEvents: [{ date: '2024-04-01', type: 'dysphagia' }],
      scaleResponses: [{ scaleId: 'phq9', date: '2024-04-01', answers: phq9(3) }],
    };
    expect(ids(input)).toEqual([]);
    expect(ids({ ...input, lookbackDays: 8 })).toEqual([['breathing', 'emergency']]);
  });

  it('puts the most urgent first', () => {
    expect(
      ids({
        asOf,
        diary: [{ date: asOf, symptoms: ['new_weakness', 'pump_alarm', 'cannot_swallow_saliva'] }],
      }).map(([, urgency]) => urgency),
    ).toEqual(['emergency', 'urgent', 'soon']);
  });

  it('never names a diagnosis in what it shows', () => {
    const everything = redFlags({
      asOf,
      diary: diarySymptoms.map((symptom) => ({ date: asOf, symptoms: [symptom] })),
      toxinSessionDates: ['2024-05-01'],
      medicationChanges: [{ date: asOf, drug: 'haloperidol', change: 'started' }],
      scaleResponses: [{ scaleId: 'phq9', date: asOf, answers: phq9(3, 3) }],
    });
    expect(everything.length).toBeGreaterThan(8);
    for (const flag of everything) {
      const text = [flag.title, flag.message, flag.action, ...flag.whatToDo].join(' ');
      expect(text).not.toMatch(/you have (dystonia|depression|anxiety)|status dystonicus|diagnos/i);
    }
  });

  it('rejects unknown symptoms, adverse events and bad dates', () => {
    expect(() =>
      redFlags({ asOf, diary: [{ date: asOf, symptoms: ['headache' as never] }] }),
    ).toThrow(/Unknown diary symptom "headache"\. Valid values: breathing_difficulty/);
    expect(() =>
      redFlags({ asOf, adverseEvents: [{ date: asOf, type: 'rash' as never }] }),
    ).toThrow(/Unknown adverse event type "rash"/);
    expect(() => redFlags({ asOf: '10/05/2024' })).toThrow('Invalid asOf date');
    expect(() =>
      redFlags({ asOf, scaleResponses: [{ scaleId: 'phq9', date: asOf, answers: { q9: 4 } }] }),
    ).toThrow(/PHQ-9 item "q9": 4 is not an allowed answer/);
  });
});
