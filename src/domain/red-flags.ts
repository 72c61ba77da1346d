/**
 * Red flags (REFERENCE §6.1): turns what a person logged into alerts that say plainly how fast
 * to act and what to do. It never names a diagnosis; it describes what was noticed and errs on
 * the side of the faster route to care.
 *
 * Urgency and its fixed first line (UX.md principle 6):
 * - `emergency`: "Call emergency services now."
 * - `urgent`: contact the right team today ("Contact your injecting clinic today." after a
 *   toxin injection; the care team, DBS centre or pump team otherwise).
 * - `soon`: "Mention this at your next visit."
 *
 * Only entries dated within `lookbackDays` (default 7) up to `asOf` raise alerts: older
 * entries are history, not something to act on now.
 */
import { type CalendarDate, dayNumber } from './calendar-date.ts';
import { classifyDistribution } from './classify-distribution.ts';
import type { EvidenceTag } from './evidence.ts';
import { classificationRegions } from './regions.ts';
import { type ScaleAnswers, scoreScale } from './score-scale.ts';
import { type RegionObservation, spreadHistory } from './spread-events.ts';

/** Things a person can tick in the diary, each in everyday words. */
export const diarySymptomLabels = {
  breathing_difficulty: 'Trouble breathing',
  throat_tightness: 'Tight throat',
  noisy_breathing: 'Noisy breathing',
  cannot_swallow_saliva: 'Cannot swallow my saliva',
  swallowing_difficulty: 'Trouble swallowing, choking or food sticking',
  voice_change: 'New hoarseness or loss of voice',
  neck_weakness: 'Weak neck or head dropping',
  generalized_weakness: 'Weakness all over',
  double_vision: 'Double vision',
  drooping_eyelid: 'Drooping eyelid',
  eyes_stuck_upward: 'Eyes stuck looking up',
  jaw_locking: 'Jaw locking',
  tongue_protruding: 'Tongue pushing out',
  sudden_neck_twisting: 'Sudden neck twisting',
  arched_back: 'Back arching',
  sudden_severe_worsening: 'Spasms suddenly much worse and not stopping',
  fever: 'Fever',
  heavy_sweating: 'Heavy sweating',
  racing_heart: 'Racing heart',
  dark_urine: 'Dark urine',
  exhaustion: 'Exhausted',
  pump_alarm: 'Baclofen pump alarm',
  missed_pump_refill: 'Missed baclofen pump refill',
  dbs_battery_low: 'Brain stimulator (DBS) battery low or empty',
  wound_redness_or_discharge: 'Redness or fluid at a surgical wound',
  new_weakness: 'New weakness',
  balance_problems: 'New trouble with balance or coordination',
  memory_or_thinking_change: 'New trouble with memory, thinking or mood',
} as const;
export type DiarySymptom = keyof typeof diarySymptomLabels;
export const diarySymptoms = Object.keys(diarySymptomLabels) as DiarySymptom[];

/** Adverse events to record after a toxin session (REFERENCE §4.2). */
export const adverseEventLabels = {
  dysphagia: 'trouble swallowing',
  neck_weakness: 'neck weakness',
  dysphonia: 'voice change',
  breathing_difficulty: 'trouble breathing',
  ptosis: 'drooping eyelid',
  diplopia: 'double vision',
  generalized_weakness: 'weakness all over',
  dry_mouth: 'dry mouth',
  flu_like: 'flu-like symptoms',
  local: 'pain or redness where injected',
  hand_weakness: 'hand weakness',
  other: 'another side effect',
} as const;
export type AdverseEventType = keyof typeof adverseEventLabels;

export interface DiaryEntry {
  date: CalendarDate;
  symptoms: readonly DiarySymptom[];
}

export interface AdverseEvent {
  /** The day it started. */
  date: CalendarDate;
  type: AdverseEventType;
  severity?: 'mild' | 'moderate' | 'severe';
}

export interface MedicationChange {
  date: CalendarDate;
  drug: string;
  change: 'started' | 'increased' | 'decreased' | 'stopped';
  /** Set when the drug blocks dopamine; known names are recognised without it. */
  dopamineBlocker?: boolean;
}

export interface ScaleResponse {
  scaleId: string;
  date: CalendarDate;
  answers: ScaleAnswers;
}

export interface RedFlagInput {
  /** Today, for the person. */
  asOf: CalendarDate;
  lookbackDays?: number;
  diary?: readonly DiaryEntry[];
  /** Adverse events recorded against toxin sessions. */
  adverseEvents?: readonly AdverseEvent[];
  /** Dates of toxin sessions, to tell injection side effects from other new symptoms. */
  toxinSessionDates?: readonly CalendarDate[];
  medicationChanges?: readonly MedicationChange[];
  scaleResponses?: readonly ScaleResponse[];
  /** Dated body-map observations, for spread to new regions and a one-sided pattern. */
  regionObservations?: readonly RegionObservation[];
  devices?: { deepBrainStimulation?: boolean; intrathecalBaclofen?: boolean };
}

export type RedFlagUrgency = 'emergency' | 'urgent' | 'soon';

export interface RedFlagTrigger {
  source: 'diary' | 'adverse_event' | 'scale' | 'body_map';
  date: CalendarDate;
  detail: string;
}

export interface RedFlag {
  id: string;
  urgency: RedFlagUrgency;
  title: string;
  /** What was noticed, in plain words. */
  message: string;
  /** The first thing to do, one sentence. */
  action: string;
  /** Further steps, in order. */
  whatToDo: string[];
  /** Show crisis resources (PHQ-9 item 9) immediately. */
  showCrisisResources: boolean;
  /** The clinician should be told, as the site's policy sets up. */
  notifyClinician: boolean;
  triggeredBy: RedFlagTrigger[];
  evidence: EvidenceTag;
}

/** Dopamine-blocking drugs named in REFERENCE §5.1 and §6.1. */
export const dopamineBlockers = [
  'haloperidol',
  'fluphenazine',
  'risperidone',
  'metoclopramide',
  'prochlorperazine',
  'promethazine',
  'droperidol',
] as const;

/** Crisis lines shown with the self-harm alert; the UI adds the person's local ones. */
export const crisisResources = [
  'Your local emergency number if you are in danger now',
  'US and Canada: call or text 988 (Suicide and Crisis Lifeline)',
  'UK and Ireland: call Samaritans on 116 123',
] as const;

/** Side effects of a toxin can start hours to weeks after it; a whole cycle is covered. */
export const postInjectionWindowDays = 84;
/** Acute drug-induced dystonia starts within hours or a few days of a dopamine blocker. */
export const acuteDrugReactionWindowDays = 7;

const emergencyAction = 'Call emergency services now.';
const injectingClinicAction = 'Contact your injecting clinic today.';
const careTeamAction = 'Contact your care team today.';
const nextVisitAction = 'Mention this at your next visit.';
const escalateAfterInjection =
  'If you cannot swallow your saliva or you struggle to breathe, call emergency services now.';
const urgencyOrder: Record<RedFlagUrgency, number> = { emergency: 0, urgent: 1, soon: 2 };

type FlagTemplate = Omit<RedFlag, 'triggeredBy' | 'showCrisisResources' | 'notifyClinician'> &
  Partial<Pick<RedFlag, 'showCrisisResources' | 'notifyClinician'>>;

const airway = new Set<string>(['breathing_difficulty', 'throat_tightness', 'noisy_breathing']);
const injectionSideEffects = new Set<string>([
  'swallowing_difficulty',
  'voice_change',
  'neck_weakness',
  'generalized_weakness',
  'double_vision',
  'drooping_eyelid',
]);
const acuteReactionSigns = new Set<string>([
  'eyes_stuck_upward',
  'jaw_locking',
  'tongue_protruding',
  'sudden_neck_twisting',
  'arched_back',
]);
const stormSigns = new Set<string>([
  'fever',
  'heavy_sweating',
  'racing_heart',
  'dark_urine',
  'exhaustion',
  'swallowing_difficulty',
]);
const newPatternSigns = new Set<string>([
  'new_weakness',
  'balance_problems',
  'memory_or_thinking_change',
]);
const adverseEventToSymptom: Partial<Record<AdverseEventType, DiarySymptom>> = {
  dysphagia: 'swallowing_difficulty',
  neck_weakness: 'neck_weakness',
  dysphonia: 'voice_change',
  breathing_difficulty: 'breathing_difficulty',
  ptosis: 'drooping_eyelid',
  diplopia: 'double_vision',
  generalized_weakness: 'generalized_weakness',
};

function checkKnown(value: string, known: readonly string[], what: string): void {
  if (!known.includes(value)) {
    throw new Error(`Unknown ${what} "${value}". Valid values: ${known.join(', ')}.`);
  }
}

function isDopamineBlocker(change: MedicationChange): boolean {
  return (
    change.dopamineBlocker === true ||
    (dopamineBlockers as readonly string[]).includes(change.drug.trim().toLowerCase())
  );
}

/**
 * Alerts for what the person logged, most urgent first; one alert per kind, listing every
 * entry that raised it.
 *
 * @throws Error for an invalid date, an unknown symptom or adverse-event type, or scale answers
 *   the form does not allow.
 */
export function redFlags(input: RedFlagInput): RedFlag[] {
  const today = dayNumber(input.asOf, 'asOf date');
  const lookback = input.lookbackDays ?? 7;
  const recent = (date: CalendarDate, what: string) => {
    const day = dayNumber(date, what);
    return day <= today && day > today - lookback;
  };
  const sessionDays = (input.toxinSessionDates ?? []).map((date) =>
    dayNumber(date, 'toxin session date'),
  );
  const soonAfterInjection = (date: CalendarDate) => {
    const day = dayNumber(date);
    return sessionDays.some(
      (session) => session <= day && day - session <= postInjectionWindowDays,
    );
  };

  const alerts = new Map<string, RedFlag>();
  const raise = (template: FlagTemplate, trigger: RedFlagTrigger) => {
    const existing = alerts.get(template.id);
    if (existing) {
      existing.triggeredBy.push(trigger);
      return;
    }
    alerts.set(template.id, {
      showCrisisResources: false,
      notifyClinician: false,
      ...template,
      triggeredBy: [trigger],
    });
  };

  // Diary symptoms and recorded adverse events feed the same rules.
  const noticed: { date: CalendarDate; symptoms: Set<string>; source: RedFlagTrigger['source'] }[] =
    [];
  for (const entry of input.diary ?? []) {
    for (const symptom of entry.symptoms) checkKnown(symptom, diarySymptoms, 'diary symptom');
    if (recent(entry.date, 'diary date')) {
      noticed.push({ date: entry.date, symptoms: new Set(entry.symptoms), source: 'diary' });
    }
  }
  for (const event of input.adverseEvents ?? []) {
    checkKnown(event.type, Object.keys(adverseEventLabels), 'adverse event type');
    if (!recent(event.date, 'adverse event date')) continue;
    const symptom = adverseEventToSymptom[event.type];
    // Tonus cannot judge a side effect it has no rule for, nor wave off a usually harmless one
    // the person calls severe: both go to the injecting clinic the same day (conservative).
    if (event.type === 'other' || (symptom === undefined && event.severity === 'severe')) {
      raise(
        {
          id: 'side_effect_to_check',
          urgency: 'urgent',
          title:
            event.type === 'other' ? 'A side effect Tonus cannot judge' : 'A severe side effect',
          message:
            event.type === 'other'
              ? 'You noted a side effect after your injection that Tonus has no rule for.'
              : 'You noted a side effect after your injection as severe.',
          action: injectingClinicAction,
          whatToDo: [
            'If you have trouble breathing, swallowing or speaking, call emergency services now.',
          ],
          evidence: 'NV',
        },
        { source: 'adverse_event', date: event.date, detail: adverseEventLabels[event.type] },
      );
      continue;
    }
    if (symptom === undefined) {
      raise(
        {
          id: 'side_effect_to_mention',
          urgency: 'soon',
          title: 'A side effect to mention',
          message: 'You noted a side effect after your injection that is usually not dangerous.',
          action: nextVisitAction,
          whatToDo: ['If it gets worse or does not settle, contact your injecting clinic.'],
          evidence: 'V',
        },
        { source: 'adverse_event', date: event.date, detail: adverseEventLabels[event.type] },
      );
      continue;
    }
    // An adverse event is recorded against a session, so it counts as after an injection.
    noticed.push({ date: event.date, symptoms: new Set([symptom]), source: 'adverse_event' });
  }

  const medicationTriggers = (input.medicationChanges ?? []).filter(
    (change) =>
      (change.change === 'started' || change.change === 'increased') && isDopamineBlocker(change),
  );

  for (const { date, symptoms, source } of noticed) {
    const has = (set: ReadonlySet<string>) => [...symptoms].filter((symptom) => set.has(symptom));
    const describe = (list: readonly string[]) =>
      list.map((symptom) => diarySymptomLabels[symptom as DiarySymptom].toLowerCase()).join(', ');

    const airwaySigns = has(airway);
    if (airwaySigns.length > 0) {
      raise(
        {
          id: 'breathing',
          urgency: 'emergency',
          title: 'Trouble breathing or a tight throat',
          message: 'Trouble breathing, a tight throat or noisy breathing needs help straight away.',
          action: emergencyAction,
          whatToDo: [
            'Tell them about your dystonia, and any recent toxin injection or new medicine.',
          ],
          evidence: 'V',
        },
        { source, date, detail: describe(airwaySigns) },
      );
    }
    if (symptoms.has('cannot_swallow_saliva')) {
      raise(
        {
          id: 'cannot_swallow_saliva',
          urgency: 'emergency',
          title: 'Cannot swallow saliva',
          message: 'Not being able to swallow your own saliva needs help straight away.',
          action: emergencyAction,
          whatToDo: ['Tell them about any recent toxin injection.'],
          evidence: 'V',
        },
        { source, date, detail: describe(['cannot_swallow_saliva']) },
      );
    }

    if (symptoms.has('sudden_severe_worsening')) {
      const storm = has(stormSigns);
      const deviceNote = [
        ...(input.devices?.deepBrainStimulation ? ['your brain stimulator (DBS)'] : []),
        ...(input.devices?.intrathecalBaclofen ? ['your baclofen pump'] : []),
      ];
      const deviceStep =
        deviceNote.length > 0
          ? [`Tell them about ${deviceNote.join(' and ')}: a device problem can cause this.`]
          : [];
      if (storm.length > 0) {
        raise(
          {
            id: 'severe_worsening_with_body_signs',
            urgency: 'emergency',
            title: 'Severe, non-stop spasms with other signs',
            message:
              'Spasms that suddenly get much worse and do not stop, together with fever, ' +
              'sweating, a racing heart, dark urine, exhaustion or trouble swallowing, need ' +
              'hospital care.',
            action: emergencyAction,
            whatToDo: deviceStep,
            evidence: 'V',
          },
          { source, date, detail: describe(['sudden_severe_worsening', ...storm]) },
        );
      } else {
        raise(
          {
            id: 'severe_worsening',
            urgency: 'urgent',
            title: 'Spasms suddenly much worse',
            message: 'Your spasms suddenly got much worse and are not stopping.',
            action: careTeamAction,
            whatToDo: [
              ...deviceStep,
              'If fever, sweating, a racing heart, dark urine, or trouble swallowing or ' +
                'breathing start, call emergency services now.',
            ],
            evidence: 'NV',
          },
          { source, date, detail: describe(['sudden_severe_worsening']) },
        );
      }
    }

    const reactionSigns = has(acuteReactionSigns);
    const recentBlocker = medicationTriggers.find((change) => {
      const since = dayNumber(date) - dayNumber(change.date, 'medication change date');
      return since >= 0 && since <= acuteDrugReactionWindowDays;
    });
    if (reactionSigns.length > 0 && recentBlocker !== undefined) {
      raise(
        {
          id: 'reaction_to_new_medicine',
          urgency: 'urgent',
          title: 'Sudden spasms after a new medicine',
          message:
            `Sudden spasms (${describe(reactionSigns)}) started soon after ` +
            `${recentBlocker.drug} was ${recentBlocker.change}. Some medicines can cause this.`,
          action: 'Get urgent medical care now.',
          whatToDo: [
            'If your throat feels tight, breathing is noisy or hard, or you cannot speak, call ' +
              'emergency services now.',
            `Take the name of the medicine (${recentBlocker.drug}) with you.`,
          ],
          evidence: 'V',
        },
        { source, date, detail: describe(reactionSigns) },
      );
    } else if (symptoms.has('eyes_stuck_upward')) {
      raise(
        {
          id: 'eyes_stuck_upward',
          urgency: 'urgent',
          title: 'Eyes stuck looking up',
          message: 'Your eyes got stuck looking up.',
          action: careTeamAction,
          whatToDo: ['Tell them about any medicine you started or changed recently.'],
          evidence: 'NV',
        },
        { source, date, detail: describe(['eyes_stuck_upward']) },
      );
    }

    const sideEffects = has(injectionSideEffects);
    if (sideEffects.length > 0 && (source === 'adverse_event' || soonAfterInjection(date))) {
      raise(
        {
          id: 'after_injection',
          urgency: 'urgent',
          title: 'Possible side effect of your injection',
          message:
            'Trouble swallowing, a weak neck, a changed voice, weakness, double vision or a ' +
            'drooping eyelid can follow a toxin injection, from hours to weeks after it.',
          action: injectingClinicAction,
          whatToDo: [escalateAfterInjection, 'Record it as a side effect of that injection.'],
          evidence: 'V',
        },
        { source, date, detail: describe(sideEffects) },
      );
    } else if (sideEffects.length > 0) {
      raise(
        {
          id: 'new_bulbar_or_weakness',
          urgency: 'soon',
          title: 'New trouble swallowing, speaking or weakness',
          message: 'You noted new trouble swallowing or speaking, or new weakness.',
          action: nextVisitAction,
          whatToDo: [
            'If it gets worse quickly, contact your care team sooner.',
            escalateAfterInjection,
          ],
          evidence: 'S',
        },
        { source, date, detail: describe(sideEffects) },
      );
    }

    const pump = has(new Set(['pump_alarm', 'missed_pump_refill']));
    if (pump.length > 0) {
      raise(
        {
          id: 'baclofen_pump',
          urgency: 'urgent',
          title: 'Baclofen pump problem',
          message: 'A pump alarm or a missed refill can lead to dangerous withdrawal.',
          action: 'Contact your pump team today.',
          whatToDo: [
            'If you have fever, confusion, itching or spasms that keep getting worse, call ' +
              'emergency services now.',
          ],
          evidence: 'NV',
        },
        { source, date, detail: describe(pump) },
      );
    }
    const dbs = has(new Set(['dbs_battery_low', 'wound_redness_or_discharge']));
    if (dbs.length > 0) {
      raise(
        {
          id: 'dbs_problem',
          urgency: 'urgent',
          title: 'Brain stimulator (DBS) problem',
          message: 'A flat battery or a red or weeping wound needs checking by the DBS team.',
          action: 'Contact your DBS centre today.',
          whatToDo: [
            'If spasms become severe and non-stop with fever or sweating, call emergency ' +
              'services now.',
          ],
          evidence: 'NV',
        },
        { source, date, detail: describe(dbs) },
      );
    }
    const pattern = has(newPatternSigns);
    if (pattern.length > 0) {
      raise(newPatternFlag, { source, date, detail: describe(pattern) });
    }
  }

  const observations = input.regionObservations ?? [];
  const history = spreadHistory(observations);
  for (const event of history.spread.filter((spread) => recent(spread.date, 'observation date'))) {
    raise(newPatternFlag, {
      source: 'body_map',
      date: event.date,
      detail: `spread to a new area: ${classificationRegions[event.region].label.toLowerCase()}`,
    });
  }
  const latest = [...observations].sort((a, b) => dayNumber(b.date) - dayNumber(a.date))[0];
  if (latest !== undefined && recent(latest.date, 'observation date')) {
    const current = classifyDistribution(latest.regions);
    if (current.distribution === 'hemidystonia') {
      raise(newPatternFlag, {
        source: 'body_map',
        date: latest.date,
        detail: 'arm and leg on one side of the body',
      });
    }
  }

  for (const response of input.scaleResponses ?? []) {
    const score = scoreScale(response.scaleId, response.answers);
    if (!recent(response.date, 'scale response date')) continue;
    if (response.scaleId === 'phq9') {
      const item9 = response.answers.q9;
      if (typeof item9 === 'number' && item9 > 0) {
        raise(
          {
            id: 'thoughts_of_self_harm',
            urgency: 'urgent',
            title: 'Thoughts of death or self-harm',
            message:
              'You said you have had thoughts that you would be better off dead or of hurting ' +
              'yourself. You do not have to handle this alone.',
            action: 'Talk to someone today: a crisis line, your doctor or someone you trust.',
            whatToDo: [
              'If you are in danger now or might act on these thoughts, call emergency ' +
                'services now.',
              ...crisisResources,
            ],
            showCrisisResources: true,
            notifyClinician: true,
            evidence: 'NV',
          },
          { source: 'scale', date: response.date, detail: `PHQ-9 item 9 answered ${item9}` },
        );
      }
    }
    const screen = screeningFlags[response.scaleId];
    if (screen !== undefined && score.total !== null && score.total >= 10) {
      raise(screen, {
        source: 'scale',
        date: response.date,
        detail: `${scoreLabel(response.scaleId)} total ${score.total}`,
      });
    }
  }

  return [...alerts.values()].sort(
    (a, b) => urgencyOrder[a.urgency] - urgencyOrder[b.urgency] || a.id.localeCompare(b.id),
  );
}

const newPatternFlag: FlagTemplate = {
  id: 'new_pattern',
  urgency: 'soon',
  title: 'A change worth a neurology review',
  message:
    'Dystonia spreading to new areas, affecting one whole side, or new weakness, balance, ' +
    'memory or mood changes are worth a check by a neurologist.',
  action: nextVisitAction,
  whatToDo: ['If the change is fast or sudden, contact your care team sooner.'],
  evidence: 'S',
};

const screeningFlags: Readonly<Record<string, FlagTemplate>> = {
  phq9: {
    id: 'mood_screen',
    urgency: 'soon',
    title: 'Your mood questionnaire',
    message:
      'Your answers on the mood questionnaire (PHQ-9) are in a range where talking it over helps.',
    action: nextVisitAction,
    whatToDo: ['If you feel worse before then, contact your doctor sooner.'],
    evidence: 'V',
  },
  gad7: {
    id: 'anxiety_screen',
    urgency: 'soon',
    title: 'Your worry questionnaire',
    message:
      'Your answers on the worry questionnaire (GAD-7) are in a range where talking it over helps.',
    action: nextVisitAction,
    whatToDo: ['If you feel worse before then, contact your doctor sooner.'],
    evidence: 'V',
  },
};

function scoreLabel(scaleId: string): string {
  return scaleId === 'phq9' ? 'PHQ-9' : 'GAD-7';
}
