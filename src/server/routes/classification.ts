import { z } from '@hono/zod-openapi';
import {
  type CalendarDate,
  classificationRegionIds,
  classifyDistribution,
  distributions,
  fineRegionIds,
  isClassificationRegionId,
  isFineRegionId,
} from '../../domain/index.ts';
import { listCheckIns } from '../../store/check-ins.ts';
import { listEpisodes } from '../../store/episodes.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { definePatientRoute, patientRoute } from '../access/patient-route.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';
import { AsOfQuery, addDays, utcDay } from './as-of.ts';
import { PatientParam } from './patients.ts';

/** The body map counts as "current" over the last four weeks (today included). */
export const classificationWindowDays = 28;

/** Region ids the domain knows; anything else (an old or mistyped id) is reported, not used. */
export function isKnownRegion(id: string): boolean {
  return isFineRegionId(id) || isClassificationRegionId(id);
}

const Classification = z
  .object({
    asOf: z.iso.date(),
    from: z.iso.date().openapi({ description: 'First day of the window (asOf − 27 days).' }),
    distribution: z.enum(distributions),
    explanation: z.string().openapi({ description: "The domain's one-sentence reason." }),
    side: z.enum(['L', 'R']).optional(),
    withLegs: z.boolean().optional(),
    classificationRegions: z.array(z.enum(classificationRegionIds)),
    regions: z
      .array(z.string())
      .openapi({ description: 'Body-map regions seen in the window, as recorded.' }),
    basedOn: z.object({ checkIns: z.number().int(), episodes: z.number().int() }),
    ignoredRegions: z
      .array(z.string())
      .openapi({ description: 'Recorded region ids Tonus does not know; left out.' }),
    notice: z.string(),
  })
  .openapi('Classification');

const route = patientRoute({
  method: 'get',
  path: '/api/patients/{patientId}/classification',
  tags: ['derived views'],
  summary: 'Suggested distribution (2013 consensus) from the body map of the last 28 days',
  request: { params: PatientParam, query: AsOfQuery },
  responses: {
    200: {
      description: 'Classification',
      content: { 'application/json': { schema: Classification } },
    },
    ...errorResponses(400, 401, 403, 500),
  },
});

const regionOrder = [...fineRegionIds, ...classificationRegionIds] as readonly string[];

export async function classificationAsOf(db: Database, patientId: string, asOf: CalendarDate) {
  const from = addDays(asOf, -(classificationWindowDays - 1));
  const [checkIns, episodes] = await Promise.all([
    listCheckIns(db, patientId, { from, to: asOf }),
    listEpisodes(db, patientId, { from, to: asOf }),
  ]);
  const recorded = new Set([...checkIns, ...episodes].flatMap((entry) => entry.regions));
  const regions = [...recorded].filter(isKnownRegion);
  regions.sort((a, b) => regionOrder.indexOf(a) - regionOrder.indexOf(b));
  const result = classifyDistribution(regions);
  return {
    asOf,
    from,
    distribution: result.distribution,
    explanation: result.explanation,
    ...(result.side === undefined ? {} : { side: result.side }),
    ...(result.withLegs === undefined ? {} : { withLegs: result.withLegs }),
    classificationRegions: result.regions,
    regions,
    basedOn: {
      checkIns: checkIns.filter((c) => c.regions.length > 0).length,
      episodes: episodes.filter((e) => e.regions.length > 0).length,
    },
    ignoredRegions: [...recorded].filter((id) => !isKnownRegion(id)).sort(),
    notice:
      'A suggestion worked out from the body map, not a diagnosis. Your clinician may classify it differently.',
  };
}

export function classificationRoutes(store: Store) {
  const router = createRouter();
  definePatientRoute(router, store, route, 'read', 'classification.read', async (c, scope) => {
    const asOf = c.req.valid('query').asOf ?? utcDay(c.var.now);
    return c.json(await classificationAsOf(scope.db, scope.patientId, asOf), 200);
  });
  return router;
}
