import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { pino } from 'pino';
import { openStore, type Store } from '../store/open-store.ts';
import type { ServerConfig } from './config.ts';
import { createApp } from './create-app.ts';
import { tonusVersion } from './version.ts';

export interface RunningServer {
  readonly url: string;
  readonly store: Store;
  close(): Promise<void>;
}

export const defaultWebDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export class PortInUseError extends Error {
  override name = 'PortInUseError';
}

/** Opens the database (applying migrations), then serves the API and the web app. */
export async function startServer(
  config: ServerConfig,
  webDir: string = defaultWebDir,
): Promise<RunningServer> {
  const log = pino({ level: config.logLevel, base: { service: 'tonus' } });
  const store = await openStore(
    config.databaseUrl
      ? { kind: 'postgresql', databaseUrl: config.databaseUrl }
      : { kind: 'pglite', dataDir: config.dataDir },
  );
  const app = createApp({
    store,
    log,
    version: tonusVersion,
    webDir,
    trustProxy: config.trustProxy,
  });
  let server: ReturnType<typeof serve>;
  try {
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () =>
        resolve(s),
      );
      s.once('error', (error: NodeJS.ErrnoException) => {
        reject(
          error.code === 'EADDRINUSE'
            ? new PortInUseError(
                `Port ${config.port} is already in use. Stop what is using it, or set PORT to another port (e.g. PORT=3001 npm start).`,
              )
            : error,
        );
      });
    });
  } catch (error) {
    await store.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  log.info({ port, database: store.kind }, 'listening');
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost.includes(':') ? `[${shownHost}]` : shownHost}:${port}`,
    store,
    close() {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve())).then(() =>
        store.close(),
      );
      return closing;
    },
  };
}
