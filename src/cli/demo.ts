import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { overHttp } from '../server/api-client.ts';
import { ConfigError, readServerConfig } from '../server/config.ts';
import { startServer } from '../server/start-server.ts';
import { DEMO_CLINICIAN, DEMO_PASSWORD, DEMO_PATIENT, seedDemo } from './seed-demo.ts';
import { ServeExit } from './serve.ts';

/** Local calendar date of this machine: the demo's year ends today. */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function demoCommand(): Command {
  return new Command('demo')
    .description('run Tonus on a throwaway database with a demo patient and clinician')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .action(async (flags: { port?: string }) => {
      let config: ReturnType<typeof readServerConfig>;
      try {
        config = readServerConfig(process.env, {
          port: flags.port,
          logLevel: process.env.LOG_LEVEL ?? 'warn',
        });
      } catch (error) {
        if (error instanceof ConfigError) {
          process.stderr.write(`tonus: ${error.message}\n`);
          process.exit(ServeExit.badConfig);
        }
        throw error;
      }
      const dataDir = mkdtempSync(join(tmpdir(), 'tonus-demo-'));
      const server = await startServer({ ...config, dataDir, databaseUrl: undefined });
      const stop = () => {
        server.close().finally(() => {
          rmSync(dataDir, { recursive: true, force: true });
          process.exit(0);
        });
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      process.stdout.write('Tonus demo: adding a year of diary entries...\n');
      await seedDemo(overHttp(server.url), localToday());
      process.stdout.write(
        [
          '',
          `Tonus demo is running at ${server.url} (a throwaway database, deleted when you stop it).`,
          '',
          `  Demo patient:   ${DEMO_PATIENT.email}`,
          `  Demo clinician: ${DEMO_CLINICIAN.email} (also the administrator)`,
          `  Password for both: ${DEMO_PASSWORD}`,
          '',
          'All data is invented. Stop the demo with Ctrl+C.',
          '',
        ].join('\n'),
      );
    });
}
