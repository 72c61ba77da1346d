import {
  createRoute,
  type OpenAPIHono,
  type RouteConfig,
  type RouteHandler,
} from '@hono/zod-openapi';
import type { Context } from 'hono';
import { appendAuditEvent } from '../../store/audit-events.ts';
import { grantsBetween } from '../../store/grants.ts';
import type { Database, Store } from '../../store/open-store.ts';
import { findUser } from '../../store/users.ts';
import { ApiError } from '../api-error.ts';
import type { AppEnv, SignedIn } from '../app-env.ts';
import { decidePatientAccess, type PatientAccess, refusalMessage } from './access-policy.ts';

/** What a patient-scoped handler gets once the policy has allowed the request. */
export interface PatientScope {
  readonly patientId: string;
  readonly caller: SignedIn;
  /** Only reachable here, after the decision: patient data has no other way in. */
  readonly db: Database;
}

/**
 * Declares a route under `/api/patients/{patientId}` (the OpenAPI document marks its access
 * level as `x-tonus-access`).
 */
export function patientRoute<
  const R extends Omit<RouteConfig, 'path'> & { path: `/api/patients/{patientId}${string}` },
>(route: R) {
  return createRoute({
    ...route,
    security: [{ session: [] }],
  });
}

type PatientHandler<R extends RouteConfig> = (
  c: Parameters<RouteHandler<R, AppEnv>>[0],
  scope: PatientScope,
) => ReturnType<RouteHandler<R, AppEnv>>;

/**
 * Registers a patient-scoped route. Before the handler runs, the access policy decides and the
 * audit event (allowed or denied) is written; a refused request never reaches the handler.
 * This is the only way patient routes are registered, so none can skip the policy.
 */
export function definePatientRoute<R extends RouteConfig>(
  router: OpenAPIHono<AppEnv>,
  store: Store,
  route: R,
  access: PatientAccess,
  action: string,
  handler: PatientHandler<R>,
): void {
  const documented = { ...route, 'x-tonus-access': access, 'x-tonus-audit-action': action };
  router.openapi(documented, (async (c: Parameters<RouteHandler<R, AppEnv>>[0]) => {
    const patientId = c.req.param('patientId');
    if (!patientId) throw new Error(`${action}: route has no {patientId} parameter`);
    const scope = await authorisePatientAccess(
      store,
      c as unknown as Context<AppEnv>,
      patientId,
      access,
      action,
    );
    return handler(c, scope);
  }) as unknown as RouteHandler<typeof documented, AppEnv>);
}

/** The policy's decision on one request, and its audit event. */
async function authorisePatientAccess(
  store: Store,
  c: Context<AppEnv>,
  patientId: string,
  access: PatientAccess,
  action: string,
): Promise<PatientScope> {
  const signedIn = c.var.signedIn;
  const [patient, grants] = signedIn
    ? await Promise.all([
        findUser(store.db, patientId),
        signedIn.user.id === patientId ? [] : grantsBetween(store.db, patientId, signedIn.user.id),
      ])
    : [undefined, []];
  const decision = decidePatientAccess({
    subject: signedIn ? { userId: signedIn.user.id, role: signedIn.user.role } : null,
    patient: patient && { id: patient.id, isPatient: patient.role === 'patient' },
    need: access,
    grants,
    now: c.var.now,
  });
  await appendAuditEvent(store.db, {
    actorId: signedIn?.user.id ?? null,
    actorRole: signedIn?.user.role ?? null,
    patientId,
    action,
    resource: new URL(c.req.url).pathname,
    outcome: decision.allowed ? 'allowed' : 'denied',
    requestId: c.var.requestId,
  });
  if (!decision.allowed) {
    if (decision.reason === 'signed_out') {
      if (c.var.sessionEnded) {
        throw new ApiError(
          401,
          'session_ended',
          'Your session has ended. Sign in again; anything you were typing is kept on this device.',
        );
      }
      throw new ApiError(401, 'unauthenticated', refusalMessage(decision.reason));
    }
    throw new ApiError(403, 'forbidden', refusalMessage(decision.reason), {
      reason: decision.reason,
    });
  }
  return { patientId, caller: signedIn as SignedIn, db: store.db };
}
