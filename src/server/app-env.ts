import { OpenAPIHono } from '@hono/zod-openapi';
import type { Session } from '../store/sessions.ts';
import type { User } from '../store/users.ts';
import { validationHook } from './error-handling.ts';

/** Who is calling, once the session cookie has been checked; null when nobody is signed in. */
export interface SignedIn {
  user: User;
  session: Session;
}

/** What every route handler can reach through `c.var`. The database is not here on purpose:
 * route factories receive the store, and patient data is reachable only through the access
 * policy (see access/patient-route.ts). */
export interface AppEnv {
  Variables: {
    signedIn: SignedIn | null;
    /** Set when a session cookie came in but its session had ended. */
    sessionEnded: boolean;
    now: Date;
    requestId: string;
  };
}

/** A router whose routes share the app's validation errors. Each resource file makes one. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}
