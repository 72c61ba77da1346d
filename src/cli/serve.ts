import { Command } from 'commander';
import { ConfigError, readServerConfig } from '../server/config.ts';
import { PortInUseError, type RunningServer, startServer } from '../server/start-server.ts';
import { DataDirLockedError } from '../store/data-dir-lock.ts';

/** Exit codes of `tonus serve`, documented in the README. */
export const ServeExit = { startupFailed: 1, badConfig: 2, dataDirInUse: 3, portInUse: 4 } as const;

export function serveCommand(): Command {
  return new Command('serve')
    .description('run the Tonus server (API and web app)')
    .option('-p, --port <port>', 'port to listen on (env PORT, default 3000)')
    .option('--host <host>', 'address to listen on (env HOST, default 127.0.0.1)')
    .option('--data-dir <dir>', 'embedded database folder (env TONUS_DATA_DIR, default ./data)')
    .option(
      '--database-url <url>',
      'use PostgreSQL instead of the embedded database (env DATABASE_URL)',
    )
    .action(
      async (flags: { port?: string; host?: string; dataDir?: string; databaseUrl?: string }) => {
        let config: ReturnType<typeof readServerConfig>;
        try {
          config = readServerConfig(process.env, flags);
        } catch (error) {
          if (error instanceof ConfigError) fail(error.message, ServeExit.badConfig);
          throw error;
        }
        // Listen for Ctrl+C and SIGTERM from the start, so a stop that comes while the
        // database is still opening also ends in a clean close (and a released data folder).
        let server: RunningServer | undefined;
        let stopping = false;
        const stop = () => {
          if (stopping) return;
          stopping = true;
          // Still starting: the check after startServer closes it once it is open.
          server?.close().then(
            () => process.exit(0),
            () => process.exit(1),
          );
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
        try {
          server = await startServer(config);
          if (stopping) {
            await server.close();
            process.exit(0);
          }
          const where = config.databaseUrl
            ? 'PostgreSQL'
            : `embedded database in ${config.dataDir}`;
          process.stdout.write(
            `Tonus is running at ${server.url} (${where}). Stop it with Ctrl+C.\n`,
          );
        } catch (error) {
          if (error instanceof DataDirLockedError) fail(error.message, ServeExit.dataDirInUse);
          if (error instanceof PortInUseError) fail(error.message, ServeExit.portInUse);
          const message = error instanceof Error ? error.message : String(error);
          fail(`Tonus could not start: ${message}`, ServeExit.startupFailed);
        }
      },
    );
}

function fail(message: string, code: number): never {
  process.stderr.write(`tonus: ${message}\n`);
  process.exit(code);
}
