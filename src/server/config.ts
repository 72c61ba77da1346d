import { z } from 'zod';

/** Settings read from the environment; flags of `tonus serve` override them. */
export const ServerConfig = z.object({
  port: z.coerce
    .number({ error: 'PORT must be a whole number between 0 and 65535, such as 3000.' })
    .int('PORT must be a whole number between 0 and 65535, such as 3000.')
    .min(0, 'PORT must be a whole number between 0 and 65535, such as 3000.')
    .max(65535, 'PORT must be a whole number between 0 and 65535, such as 3000.')
    .default(3000),
  host: z.string().min(1).default('127.0.0.1'),
  dataDir: z.string().min(1).default('./data'),
  databaseUrl: z
    .string()
    .regex(
      /^postgres(ql)?:\/\//,
      'DATABASE_URL must start with postgres:// or postgresql://, e.g. postgres://user@localhost:5432/tonus. Leave it unset to use the embedded database.',
    )
    .optional(),
  logLevel: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace or silent.',
    })
    .default('info'),
  trustProxy: z
    .enum(['0', '1', 'true', 'false'], {
      error: 'TRUST_PROXY must be 1 (behind a reverse proxy that sets X-Forwarded-For) or 0.',
    })
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
});

export type ServerConfig = z.infer<typeof ServerConfig>;

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads PORT, HOST, TONUS_DATA_DIR, DATABASE_URL, LOG_LEVEL and TRUST_PROXY; blank values count as unset. */
export function readServerConfig(
  env: NodeJS.ProcessEnv,
  overrides: Partial<Record<Exclude<keyof ServerConfig, 'trustProxy'>, string | undefined>> = {},
): ServerConfig {
  const pick = (override: string | undefined, name: string) => {
    const value = override ?? env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  };
  const parsed = ServerConfig.safeParse({
    port: pick(overrides.port, 'PORT'),
    host: pick(overrides.host, 'HOST'),
    dataDir: pick(overrides.dataDir, 'TONUS_DATA_DIR'),
    databaseUrl: pick(overrides.databaseUrl, 'DATABASE_URL'),
    logLevel: pick(overrides.logLevel, 'LOG_LEVEL'),
    trustProxy: pick(undefined, 'TRUST_PROXY'),
  });
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  return parsed.data;
}
