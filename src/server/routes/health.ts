import { createRoute, z } from '@hono/zod-openapi';
import type { Store } from '../../store/open-store.ts';
import { errorResponses } from '../api-error.ts';
import { createRouter } from '../app-env.ts';

const Health = z
  .object({
    status: z.enum(['ok', 'degraded']),
    version: z.string().openapi({ example: '0.1.0' }),
    database: z.object({
      kind: z.enum(['pglite', 'postgresql']),
      reachable: z.boolean(),
      latencyMs: z.number().openapi({ description: 'Round trip of a trivial query, in ms.' }),
    }),
  })
  .openapi('Health');

const route = createRoute({
  method: 'get',
  path: '/api/health',
  tags: ['system'],
  summary: 'Whether the server and its database are up',
  responses: {
    200: { description: 'Serving', content: { 'application/json': { schema: Health } } },
    503: {
      description: 'The database cannot be reached',
      content: { 'application/json': { schema: Health } },
    },
    ...errorResponses(500),
  },
});

export function healthRoutes(store: Store, version: string) {
  return createRouter().openapi(route, async (c) => {
    const started = performance.now();
    let reachable = true;
    try {
      await store.ping();
    } catch {
      reachable = false;
    }
    const latencyMs = Math.round((performance.now() - started) * 100) / 100;
    const body = {
      status: reachable ? ('ok' as const) : ('degraded' as const),
      version,
      database: { kind: store.kind, reachable, latencyMs },
    };
    return reachable ? c.json(body, 200) : c.json(body, 503);
  });
}
