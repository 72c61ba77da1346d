import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import type { Store } from '../store/open-store.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { authenticate } from './auth/authenticate.ts';
import { CSRF_HEADER, csrfProtection } from './auth/csrf-protection.ts';
import { SESSION_COOKIE } from './auth/session-cookie.ts';
import { errorHandler, notFound, validationHook } from './error-handling.ts';
import { mountModelFiles } from './model-files.ts';
import { requestLog } from './request-log.ts';
import { administratorRoutes } from './routes/administrators.ts';
import { adverseEventRoutes } from './routes/adverse-events.ts';
import { alertRoutes } from './routes/alerts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { checkInRoutes } from './routes/check-ins.ts';
import { classificationRoutes } from './routes/classification.ts';
import { clinicRoutes } from './routes/clinics.ts';
import { cycleRoutes } from './routes/cycles.ts';
import { dataRightsRoutes } from './routes/data-rights.ts';
import { dbsSettingChangeRoutes } from './routes/dbs-setting-changes.ts';
import { episodeRoutes } from './routes/episodes.ts';
import { healthRoutes } from './routes/health.ts';
import { medicationRoutes } from './routes/medications.ts';
import { patientRoutes } from './routes/patients.ts';
import { questionnaireResponseRoutes } from './routes/questionnaire-responses.ts';
import { sharingRoutes } from './routes/sharing.ts';
import { surgeryRoutes } from './routes/surgeries.ts';
import { therapyRoutes } from './routes/therapies.ts';
import { todayRoutes } from './routes/today.ts';
import { toxinSessionRoutes } from './routes/toxin-sessions.ts';
import { videoCheckRoutes } from './routes/video-checks.ts';
import { noStore, securityHeaders } from './security-headers.ts';
import { mountWebApp } from './web-app.ts';

export interface AppOptions {
  store: Store;
  log: Logger;
  version: string;
  /** Folder of the built web app; omitted in API-only tests. */
  webDir?: string;
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number;
  /** Behind a reverse proxy: believe X-Forwarded-For and X-Forwarded-Proto. */
  trustProxy?: boolean;
  /** The time, for session expiry and audit; tests move it forward. */
  clock?: () => Date;
}

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

export function createApp(options: AppOptions) {
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(errorHandler(options.log));
  app.notFound(notFound);

  app.use('*', requestId());
  app.use('*', requestLog(options.log));
  app.use('*', securityHeaders());
  const clock = options.clock ?? (() => new Date());
  app.use('*', async (c, next) => {
    c.set('now', clock());
    await next();
  });
  app.use('/api/*', noStore);
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new ApiError(
          413,
          'payload_too_large',
          `The request body is larger than ${Math.round(maxBodyBytes / 1024)} KiB. Send less data per request.`,
          { maxBytes: maxBodyBytes },
        );
      },
    }),
  );

  app.use('/api/*', authenticate(options.store));
  app.use('/api/*', csrfProtection());

  const { store } = options;
  app.route('/', healthRoutes(store, options.version));
  app.route('/', authRoutes(store, { trustProxy: options.trustProxy ?? false }));
  app.route('/', administratorRoutes(store));
  app.route('/', patientRoutes(store));
  app.route('/', checkInRoutes(store));
  app.route('/', episodeRoutes(store));
  app.route('/', medicationRoutes(store));
  app.route('/', toxinSessionRoutes(store));
  app.route('/', adverseEventRoutes(store));
  app.route('/', therapyRoutes(store));
  app.route('/', questionnaireResponseRoutes(store));
  app.route('/', videoCheckRoutes(store, options.version));
  app.route('/', dbsSettingChangeRoutes(store));
  app.route('/', surgeryRoutes(store));
  app.route('/', classificationRoutes(store));
  app.route('/', cycleRoutes(store));
  app.route('/', alertRoutes(store));
  app.route('/', todayRoutes(store));
  app.route('/', sharingRoutes(store));
  app.route('/', auditRoutes(store));
  app.route('/', dataRightsRoutes(store));
  app.route('/', clinicRoutes(store));

  app.openAPIRegistry.registerComponent('securitySchemes', 'session', {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: `Set by sign-in. Changes also need the ${CSRF_HEADER} header from the session.`,
  });

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Tonus API',
      version: options.version,
      description:
        'Tonus supports care for people with dystonia; it does not diagnose. Every failure has the shape {"error":{"code","message","details"}}.',
      license: { name: 'Apache-2.0' },
    },
  });

  // The video check's models and WASM, before the web app's catch-all page.
  mountModelFiles(app);
  if (options.webDir) mountWebApp(app, options.webDir);
  return app;
}
