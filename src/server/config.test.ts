import { describe, expect, it } from 'vitest';
import { ConfigError, readServerConfig } from './config.ts';

describe('server configuration', () => {
  it('has safe defaults: port 3000 on localhost, embedded database in ./data', () => {
    expect(readServerConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: './data',
      databaseUrl: undefined,
      logLevel: 'info',
      trustProxy: false,
    });
  });

  it('reads the environment, lets flags override it and treats blanks as unset', () => {
    const config = readServerConfig(
      { PORT: '8080', TONUS_DATA_DIR: ' ', DATABASE_URL: 'postgres://u@h/db', TRUST_PROXY: '1' },
      { port: '9090' },
    );
    expect(config).toMatchObject({
      port: 9090,
      dataDir: './data',
      databaseUrl: 'postgres://u@h/db',
      trustProxy: true,
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number'],
    [{ PORT: '70000' }, 'PORT must be a whole number'],
    [{ PORT: '30.5' }, 'PORT must be a whole number'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL must start with postgres://'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ TRUST_PROXY: 'yes' }, 'TRUST_PROXY must be 1'],
  ])('explains a bad setting %o', (env, message) => {
    expect(() => readServerConfig(env)).toThrow(ConfigError);
    expect(() => readServerConfig(env)).toThrow(message);
  });
});
