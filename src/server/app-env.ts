import { OpenAPIHono } from '@hono/zod-openapi';
import type { Store } from '../store/open-store.ts';
import { validationHook } from './error-handling.ts';

/** What every route handler can reach through `c.var`. */
export interface AppEnv {
  Variables: {
    store: Store;
  };
}

/** A router whose routes share the app's validation errors. Each resource file makes one. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
