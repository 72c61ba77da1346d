import { Command } from 'commander';
import { ConfigError, readServerConfig } from '../server/config.ts';
import { PortInUseError, startServer } from '../server/start-server.ts';
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
        try {
          const server = await startServer(config);
          const where = config.databaseUrl
            ? 'PostgreSQL'
            : `embedded database in ${config.dataDir}`;
          process.stdout.write(
            `Tonus is running at ${server.url} (${where}). Stop it with Ctrl+C.\n`,
          );
          const stop = () => {
            server.close().then(
              () => process.exit(0),
              () => process.exit(1),
            );
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
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
