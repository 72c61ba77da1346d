import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { requestId } from 'hono/request-id';
import type { Logger } from 'pino';
import type { Store } from '../store/open-store.ts';
import { ApiError } from './api-error.ts';
import type { AppEnv } from './app-env.ts';
import { errorHandler, notFound, validationHook } from './error-handling.ts';
import { requestLog } from './request-log.ts';
import { clinicRoutes } from './routes/clinics.ts';
import { healthRoutes } from './routes/health.ts';
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
  app.use('*', async (c, next) => {
    c.set('store', options.store);
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

  app.route('/', healthRoutes(options.version));
  app.route('/', clinicRoutes());

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

  if (options.webDir) mountWebApp(app, options.webDir);
  return app;
}
