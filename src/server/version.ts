import packageJson from '../../package.json' with { type: 'json' };

/** The running Tonus version, from package.json. */
export const tonusVersion: string = packageJson.version;
