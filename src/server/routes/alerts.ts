import { z } from '@hono/zod-openapi';
import {
  type AdverseEventType,
  answersTheFormAllows,
  type CalendarDate,
  type DiarySymptom,
  type MedicationChange,
  type RedFlag,
  redFlags,
} from '../../domain/index.ts';
import { listAdverseEvents } from '../../store/adverse-events.ts';
import { listCheckIns } from '../../store/check-ins.ts';
import { listDbsSettingChanges } from '../../store/dbs-setting-changes.ts';
import { listEpisodes } from '../../store/episodes.ts';
import { listMedications, type Medication } from '../../store/medications.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { listQuestionnaireResponses } from '../../store/questionnaire-responses.ts';
import { listSurgeries } from '../../store/surgeries.ts';
import { listToxinSessions } from '../../store/toxin-sessions.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { AsOfQuery, addDays, utcDay } from './as-of.ts';
import { isKnownRegion } from './classification.ts';
import { PatientParam } from './patients.ts';

/** The domain's default: entries from the last 7 days (today included) raise alerts. */
export const alertLookbackDays = 7;

export const RedFlagSchema = z
  .object({
    id: z.string(),
    urgency: z.enum(['emergency', 'urgent', 'soon']),
    title: z.string(),
    message: z.string(),
    action: z.string(),
    whatToDo: z.array(z.string()),
    showCrisisResources: z.boolean(),
    notifyClinician: z.boolean(),
    triggeredBy: z.array(
      z.object({
        source: z.enum(['diary', 'adverse_event', 'scale', 'body_map']),
        date: z.iso.date(),
        detail: z.string(),
      }),
    ),
    evidence: z.enum(['V', 'S', 'NV']),
  })
  .openapi('Alert', { description: 'A red flag exactly as the domain words it (REFERENCE §6).' });

const Alerts = z
  .object({ asOf: z.iso.date(), lookbackDays: z.number().int(), alerts: z.array(RedFlagSchema) })
  .openapi('Alerts');

const route = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/alerts',
  tags: ['derived views'],
  summary:
    'Red flags from the last 7 days of diary, side effects, medicine changes and questionnaires',
  request: { params: PatientParam, query: AsOfQuery },
  responses: {
    200: {
      description: 'Alerts, most urgent first',
      content: { 'application/json': { schema: Alerts } },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

const sameMedicine = (a: Medication, b: Medication) =>
  a.name.trim().toLowerCase() === b.name.trim().toLowerCase();

/**
 * Medicine courses as the domain's changes. A course that starts the day another course of the
 * same medicine stops (or the day after) is a dose change: `increased` or `decreased` when both
 * doses are in the same unit, and the old course's end is then not a `stopped`.
 */
export function medicationChanges(courses: readonly Medication[]): MedicationChange[] {
  const follows = (next: Medication, previous: Medication) =>
    next !== previous &&
    sameMedicine(next, previous) &&
    previous.stoppedOn !== null &&
    (next.startedOn === previous.stoppedOn || next.startedOn === addDays(previous.stoppedOn, 1));
  const changes: MedicationChange[] = [];
  for (const course of courses) {
    const blocker = course.dopamineBlocker ? { dopamineBlocker: true } : {};
    const previous = courses.find((other) => follows(course, other));
    let change: MedicationChange['change'] = 'started';
    if (
      previous?.dose != null &&
      course.dose !== null &&
      previous.unit === course.unit &&
      previous.dose !== course.dose
    ) {
      change = course.dose > previous.dose ? 'increased' : 'decreased';
    }
    changes.push({ date: course.startedOn, drug: course.name, change, ...blocker });
    const continued = courses.some((other) => follows(other, course));
    if (course.stoppedOn !== null && !continued) {
      changes.push({ date: course.stoppedOn, drug: course.name, change: 'stopped', ...blocker });
    }
  }
  return changes;
}

/**
 * The domain's red flags for what the record holds up to `asOf`. Check-ins and episodes give
 * the body map over the whole history (spread needs to know what was there before); episode
 * symptoms are the diary; side effects described only as `other` have no domain type and are
 * not passed (the domain cannot word them).
 */
export async function alertsAsOf(
  db: Database,
  patientId: string,
  asOf: CalendarDate,
): Promise<RedFlag[]> {
  const [
    checkIns,
    episodes,
    adverseEvents,
    sessions,
    medications,
    surgeries,
    dbsChanges,
    questionnaires,
  ] = await Promise.all([
    listCheckIns(db, patientId, { to: asOf }),
    listEpisodes(db, patientId, { to: asOf }),
    listAdverseEvents(db, patientId),
    listToxinSessions(db, patientId),
    listMedications(db, patientId),
    listSurgeries(db, patientId),
    listDbsSettingChanges(db, patientId),
    listQuestionnaireResponses(db, patientId, { to: asOf }),
  ]);
  const upToAsOf = <T>(items: T[], day: (item: T) => CalendarDate) =>
    items.filter((item) => day(item) <= asOf);
  return redFlags({
    asOf,
    lookbackDays: alertLookbackDays,
    diary: episodes
      .filter((e) => e.symptoms.length > 0)
      .map((e) => ({ date: e.day, symptoms: e.symptoms as DiarySymptom[] })),
    adverseEvents: upToAsOf(adverseEvents, (a) => a.onsetOn).map((a) => ({
      date: a.onsetOn,
      type: a.kind as AdverseEventType,
      severity: a.severity,
    })),
    toxinSessionDates: upToAsOf(sessions, (s) => s.sessionDate).map((s) => s.sessionDate),
    medicationChanges: upToAsOf(medicationChanges(medications), (m) => m.date),
    scaleResponses: questionnaires.map((q) => ({
      scaleId: q.scaleId,
      date: q.answeredOn,
      answers: answersTheFormAllows(q.scaleId, q.answers),
    })),
    regionObservations: [...checkIns, ...episodes].map((entry) => ({
      date: entry.day,
      regions: entry.regions.filter(isKnownRegion),
    })),
    devices: {
      deepBrainStimulation:
        dbsChanges.some((d) => d.changedOn <= asOf) ||
        surgeries.some((s) => s.kind.startsWith('dbs_') && s.performedOn <= asOf),
      intrathecalBaclofen: surgeries.some(
        (s) => s.kind === 'baclofen_pump_implant' && s.performedOn <= asOf,
      ),
    },
  });
}

export function alertRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, route, 'read', 'alerts.read', async (c, scope) => {
    const asOf = c.req.valid('query').asOf ?? utcDay(c.var.now);
    const alerts = await alertsAsOf(scope.db, scope.patientId, asOf);
    return c.json({ asOf, lookbackDays: alertLookbackDays, alerts }, 200);
  });
  return router;
}
