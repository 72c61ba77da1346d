import { z } from '@hono/zod-openapi';
import { daysBetween, minimumReinjectionIntervalDays } from '../../domain/index.ts';
import { dismissReminder, reminderDismissedOn } from '../../store/check-in-reminders.ts';
import { type CheckIn, listCheckIns } from '../../store/check-ins.ts';
import type { Store } from '../../store/open-store.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { alertsAsOf, RedFlagSchema } from './alerts.ts';
import { addDays, utcDay } from './as-of.ts';
import { cyclesAsOf } from './cycles.ts';
import { PatientParam } from './patients.ts';
import { invalidField } from './record-entries.ts';

/**
 * The person's date today, from their device. Every time zone is within a day of UTC, so a
 * date further off is a wrong clock or a typo, not a time zone.
 */
const TodayQuery = z.object({
  today: z.iso
    .date('Send the date on this device, such as 2026-11-26.')
    .optional()
    .openapi({ description: "The person's date today (default: the server's UTC date)." }),
});

function personsToday(sent: string | undefined, now: Date, target: 'json' | 'query') {
  const utc = utcDay(now);
  if (sent === undefined) return utc;
  if (Math.abs(daysBetween(utc, sent)) > 1) {
    throw invalidField(
      'today',
      `That date is more than a day away from the server's date (${utc}). Check the date on this device.`,
      target,
    );
  }
  return sent;
}

const DayValues = z.object({
  severity: z.number().int(),
  pain: z.number().int(),
  function: z.number().int(),
  regions: z.array(z.string()),
});

const Today = z
  .object({
    today: z.iso.date(),
    checkIn: DayValues.extend({
      id: z.uuid(),
      day: z.iso.date(),
      note: z.string().nullable(),
      createdAt: z.iso.datetime({ offset: true }),
      updatedAt: z.iso.datetime({ offset: true }),
    })
      .nullable()
      .openapi({ description: "Today's check-in, or null if not done yet." }),
    prefill: DayValues.extend({ fromDay: z.iso.date() })
      .nullable()
      .openapi({ description: "Yesterday's values to start today's check-in from (no note)." }),
    cycle: z
      .object({
        day: z.number().int().openapi({ description: 'Days since the last injection.' }),
        sessionId: z.uuid(),
        sessionDate: z.iso.date(),
        product: z.string(),
        usualSeverity: z.number().nullable().openapi({
          description:
            'Median severity of the finished cycles on this cycle day; null if none has a score.',
        }),
        usualFromCycles: z.number().int(),
      })
      .nullable(),
    nextInjection: z
      .object({
        earliestOn: z.iso.date(),
        daysFromToday: z.number().int(),
        isEarliestNotPlanned: z.literal(true),
        message: z.string(),
      })
      .nullable(),
    alerts: z.array(RedFlagSchema),
    reminder: z.object({
      show: z.boolean().openapi({
        description:
          'Show the check-in reminder: only to the person, only without a check-in today, and not again on a day it was put away.',
      }),
      dismissedOn: z.iso.date().nullable(),
    }),
  })
  .openapi('Today');

const readRoute = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/today',
  tags: ['derived views'],
  summary: "Today: the check-in (or yesterday's values to prefill), cycle day, alerts, reminder",
  request: { params: PatientParam, query: TodayQuery },
  responses: {
    200: { description: 'Today', content: { 'application/json': { schema: Today } } },
    ...errorResponses(400, 401, 403, 500),
  },
});

const dismissRoute = patientRoute({
  method: 'post',
  path: '/api/patients/{patientId}/today/reminder-dismissal',
  tags: ['derived views'],
  summary: 'Put the check-in reminder away for the rest of the day',
  request: {
    params: PatientParam,
    body: {
      required: true,
      content: {
        'application/json': { schema: TodayQuery.strict().openapi('ReminderDismissal') },
      },
    },
  },
  responses: {
    200: {
      description: 'Put away',
      content: { 'application/json': { schema: Today.shape.reminder } },
    },
    ...errorResponses(400, 401, 403, 413, 415, 500),
  },
});

/** Says it is the earliest date, never a plan: the clinic sets the appointment. */
function nextInjectionMessage(earliestOn: string, today: string): string {
  return earliestOn > today
    ? `The earliest date for the next injection is ${earliestOn}, 12 weeks after the last one. It is not an appointment: your clinic plans the date.`
    : `It is 12 weeks or more since the last injection (the earliest date was ${earliestOn}). Your clinic plans the date of the next one.`;
}

const dayValues = (row: CheckIn) => ({
  severity: row.severity,
  pain: row.pain,
  function: row.function,
  regions: row.regions,
});

export function todayRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, readRoute, 'read', 'today.read', async (c, scope) => {
    const today = personsToday(c.req.valid('query').today, c.var.now, 'query');
    const yesterday = addDays(today, -1);
    const [recent, cycles, alerts, dismissedOn] = await Promise.all([
      listCheckIns(scope.db, scope.patientId, { from: yesterday, to: today }),
      cyclesAsOf(scope.db, scope.patientId, today),
      alertsAsOf(scope.db, scope.patientId, today),
      reminderDismissedOn(scope.db, scope.patientId),
    ]);
    const todays = recent.find((row) => row.day === today);
    const yesterdays = recent.find((row) => row.day === yesterday);
    const current = cycles.cycles.at(-1);
    const usual =
      cycles.currentCycleDay === null
        ? undefined
        : cycles.completedMedian.find((point) => point.day === cycles.currentCycleDay);
    const earliestOn =
      current === undefined ? null : addDays(current.sessionDate, minimumReinjectionIntervalDays);
    return c.json(
      {
        today,
        checkIn: todays
          ? {
              id: todays.id,
              day: todays.day,
              ...dayValues(todays),
              note: todays.note,
              createdAt: todays.createdAt.toISOString(),
              updatedAt: todays.updatedAt.toISOString(),
            }
          : null,
        prefill: yesterdays ? { fromDay: yesterday, ...dayValues(yesterdays) } : null,
        cycle:
          current === undefined || cycles.currentCycleDay === null
            ? null
            : {
                day: cycles.currentCycleDay,
                sessionId: current.sessionId,
                sessionDate: current.sessionDate,
                product: current.product,
                usualSeverity: usual?.severity ?? null,
                usualFromCycles: usual?.cycles ?? 0,
              },
        nextInjection:
          earliestOn === null
            ? null
            : {
                earliestOn,
                daysFromToday: daysBetween(today, earliestOn),
                isEarliestNotPlanned: true as const,
                message: nextInjectionMessage(earliestOn, today),
              },
        alerts,
        reminder: {
          show: scope.caller.user.id === scope.patientId && !todays && dismissedOn !== today,
          dismissedOn,
        },
      },
      200,
    );
  });
  definePatientRoute(
    router,
    store,
    dismissRoute,
    'owner',
    'today.reminder-dismiss',
    async (c, scope) => {
      const today = personsToday(c.req.valid('json').today, c.var.now, 'json');
      await dismissReminder(scope.db, scope.patientId, today, c.var.now);
      return c.json({ show: false, dismissedOn: today }, 200);
    },
  );
  return router;
}
