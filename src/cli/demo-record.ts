import { dayNumber } from '../domain/index.ts';

/**
 * The demo patient's year, as plain data: what a person with cervical dystonia might log. Four
 * botulinum toxin cycles 13 weeks apart whose effect wears off around week 10, a spread to the
 * right hand (writer's cramp) after the second half of the year, a dose increase of an oral
 * medicine, some missed days and a few episodes. Deterministic, so the demo is the same each
 * time. Invented; no real person's data.
 */
export interface DemoRecord {
  checkIns: {
    day: string;
    severity: number;
    pain: number;
    function: number;
    regions: string[];
    note: string | null;
  }[];
  toxinSessions: {
    sessionDate: string;
    product: 'onabotulinumtoxinA';
    totalUnits: number;
    muscles: { muscle: string; side: 'L' | 'R'; units: number }[];
    injector: string;
    lot: string;
  }[];
  medications: {
    name: string;
    dose: number;
    unit: 'mg';
    frequency: string;
    startedOn: string;
    stoppedOn: string | null;
    whyStopped: string | null;
    indication: string;
  }[];
  episodes: {
    startedAt: string;
    durationMinutes: number;
    regions: string[];
    severity: number;
    pain: number;
    trigger: 'writing';
    sensoryTrick: string;
    sensoryTrickEffect: 'partial';
  }[];
  /** Day of the year (0 = first) on which the right hand first appears. */
  spreadDay: number;
}

const DAY_MS = 86_400_000;
const INJECTION_DAYS = [14, 105, 196, 287];
const SPREAD_DAY = 200;
const DOSE_INCREASE_DAY = 150;

function isoDay(dayNo: number): string {
  return new Date(dayNo * DAY_MS).toISOString().slice(0, 10);
}

/** mulberry32: a tiny seeded generator; Math.random cannot be seeded. */
function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Severity on a day of a cycle: 7 before the effect, 3 at best, back to 7 by week 12. */
function cycleSeverity(sinceInjection: number): number {
  if (sinceInjection < 5) return 7;
  if (sinceInjection <= 20) return 7 - (4 * (sinceInjection - 5)) / 15;
  if (sinceInjection <= 55) return 3;
  if (sinceInjection <= 84) return 3 + (4 * (sinceInjection - 55)) / 29;
  return 7;
}

const clamp = (v: number) => Math.max(0, Math.min(10, Math.round(v)));

/** The demo year ending on `today` (YYYY-MM-DD). */
export function demoRecord(today: string): DemoRecord {
  const random = seededRandom(20261126);
  const last = dayNumber(today);
  const first = last - 364;
  const injections = INJECTION_DAYS.map((d) => first + d);
  const checkIns: DemoRecord['checkIns'] = [];
  for (let d = first; d <= last; d++) {
    const noise = random();
    // About one day in ten is missed: a gap, not a zero.
    if (noise < 0.1 && d !== last) continue;
    const lastInjection = [...injections].reverse().find((i) => i <= d);
    const base = lastInjection === undefined ? 7 : cycleSeverity(d - lastInjection);
    // Day-to-day wobble only while the toxin acts: the untreated level is steady, so the
    // effect starts when the toxin does (about day 9), not on a lucky day.
    const wobble = random() < 0.2 ? (random() < 0.5 ? -1 : 1) : 0;
    const jitter = base === 7 ? 0 : wobble;
    const severity = clamp(base + jitter);
    const spread = d - first >= SPREAD_DAY;
    checkIns.push({
      day: isoDay(d),
      severity,
      pain: clamp(severity - 1 + (random() < 0.3 ? 1 : 0)),
      function: clamp(severity - 1),
      regions: spread && random() < 0.6 ? ['neck', 'arm_dist_R'] : ['neck'],
      note: d === first + SPREAD_DAY ? 'Right hand cramped when writing a card.' : null,
    });
  }
  const toxinSessions = injections.map((d, i) => ({
    sessionDate: isoDay(d),
    product: 'onabotulinumtoxinA' as const,
    totalUnits: 200,
    muscles: [
      { muscle: 'splenius capitis', side: 'L' as const, units: 60 },
      { muscle: 'sternocleidomastoid', side: 'R' as const, units: 40 },
      { muscle: 'levator scapulae', side: 'L' as const, units: 50 },
      { muscle: 'trapezius', side: 'L' as const, units: 50 },
    ],
    injector: 'Dr Demo',
    lot: `C${4821 + i}`,
  }));
  const medications: DemoRecord['medications'] = [
    {
      name: 'trihexyphenidyl',
      dose: 2,
      unit: 'mg',
      frequency: 'three times a day',
      startedOn: isoDay(first - 200),
      stoppedOn: isoDay(first + DOSE_INCREASE_DAY),
      whyStopped: 'Dose increased',
      indication: 'dystonia',
    },
    {
      name: 'trihexyphenidyl',
      dose: 4,
      unit: 'mg',
      frequency: 'three times a day',
      startedOn: isoDay(first + DOSE_INCREASE_DAY),
      stoppedOn: null,
      whyStopped: null,
      indication: 'dystonia',
    },
  ];
  const episodes: DemoRecord['episodes'] = [SPREAD_DAY, SPREAD_DAY + 30, SPREAD_DAY + 90]
    .filter((d) => first + d <= last)
    .map((d) => ({
      startedAt: `${isoDay(first + d)}T10:30:00+00:00`,
      durationMinutes: 20,
      regions: ['arm_dist_R'],
      severity: 6,
      pain: 4,
      trigger: 'writing' as const,
      sensoryTrick: 'holding the pen with a thick grip',
      sensoryTrickEffect: 'partial' as const,
    }));
  return { checkIns, toxinSessions, medications, episodes, spreadDay: SPREAD_DAY };
}
