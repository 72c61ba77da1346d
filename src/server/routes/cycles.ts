import { z } from '@hono/zod-openapi';
import {
  type CalendarDate,
  cycleCurves,
  daysBetween,
  minimumReinjectionIntervalDays,
} from '../../domain/index.ts';
import { listCheckIns } from '../../store/check-ins.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { listToxinSessions } from '../../store/toxin-sessions.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { AsOfQuery, utcDay } from './as-of.ts';
import { PatientParam } from './patients.ts';

const CurvePoint = z.object({ day: z.number().int(), severity: z.number() });

const Cycles = z
  .object({
    asOf: z.iso.date(),
    currentCycleDay: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'Days since the last injection on or before asOf; null if none.' }),
    cycles: z.array(
      z.object({
        sessionId: z.uuid(),
        sessionDate: z.iso.date(),
        product: z.string(),
        totalUnits: z.number(),
        lengthDays: z.number().int().nullable(),
        baseline: z.number().nullable(),
        curve: z.array(CurvePoint),
        onsetDay: z.number().int().nullable(),
        bestDay: z.number().int().nullable(),
        bestSeverity: z.number().nullable(),
        wearingOffDay: z.number().int().nullable(),
      }),
    ),
    median: z.array(CurvePoint.extend({ cycles: z.number().int() })),
    completedMedian: z.array(CurvePoint.extend({ cycles: z.number().int() })).openapi({
      description:
        'The median curve of the finished cycles only: the usual course to compare the current cycle with.',
    }),
    warnings: z.array(
      z
        .object({ kind: z.string(), date: z.iso.date(), message: z.string() })
        .passthrough()
        .openapi({ description: "The domain's cycle warnings, with every field it gives." }),
    ),
    minimumIntervalDays: z.number().int(),
  })
  .openapi('Cycles');

const route = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/cycles',
  tags: ['derived views'],
  summary: 'Toxin cycles: daily severity by day since each injection, the median curve, warnings',
  request: { params: PatientParam, query: AsOfQuery },
  responses: {
    200: { description: 'Cycles', content: { 'application/json': { schema: Cycles } } },
    ...errorResponses(400, 401, 403, 500),
  },
});

/**
 * The domain's cycle curves from the sessions and check-ins up to `asOf` (later entries did not
 * exist yet on that day), with each cycle named by its session id.
 */
export async function cyclesAsOf(db: Database, patientId: string, asOf: CalendarDate) {
  const [sessions, checkIns] = await Promise.all([
    listToxinSessions(db, patientId),
    listCheckIns(db, patientId, { to: asOf }),
  ]);
  const past = sessions.filter((s) => s.sessionDate <= asOf).reverse();
  const sessionInput = past.map((s) => ({
    date: s.sessionDate,
    product: s.product,
    totalUnits: s.totalUnits,
    muscles: s.muscles.map((m) => ({
      muscle: m.muscle,
      units: m.units,
      ...(m.side === null ? {} : { side: m.side }),
    })),
  }));
  const scores = checkIns.map((c) => ({ date: c.day, severity: c.severity }));
  const curves = cycleCurves(sessionInput, scores);
  const last = past.at(-1);
  // The usual curve to hold the current cycle against leaves the current cycle out: the same
  // computation without the last session and without the scores from its day on.
  const completedMedian =
    last === undefined
      ? []
      : cycleCurves(
          sessionInput.slice(0, -1),
          scores.filter((score) => score.date < last.sessionDate),
        ).median;
  // cycleCurves keeps its sessions in date order; `past` is in date order too (oldest first),
  // and ties keep their order because both sorts are stable.
  const cycles = curves.cycles.map(({ session, ...cycle }, index) => ({
    sessionId: (past[index] as (typeof past)[number]).id,
    sessionDate: session.date,
    product: session.product,
    totalUnits: session.totalUnits,
    ...cycle,
  }));
  return {
    asOf,
    currentCycleDay: last === undefined ? null : daysBetween(last.sessionDate, asOf),
    cycles,
    median: curves.median,
    completedMedian,
    warnings: curves.warnings,
    minimumIntervalDays: minimumReinjectionIntervalDays,
  };
}

export function cycleRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, route, 'read', 'cycles.read', async (c, scope) => {
    const asOf = c.req.valid('query').asOf ?? utcDay(c.var.now);
    return c.json(await cyclesAsOf(scope.db, scope.patientId, asOf), 200);
  });
  return router;
}
