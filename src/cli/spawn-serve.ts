import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const tonusBin = fileURLToPath(new URL('../../bin/tonus.js', import.meta.url));

export interface ServeProcess {
  readonly child: ChildProcess;
  readonly url: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or signal name) once the process has ended. */
  readonly exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

/**
 * Runs `tonus serve` as a real child process, as a user would, and resolves when it prints
 * the address it serves. Used by the process-level tests, the end-to-end tests and the
 * benchmarks. Rejects with the process's own output if it exits before serving.
 */
export function spawnServe(env: Record<string, string>, timeoutMs = 60_000): Promise<ServeProcess> {
  const child = spawn(process.execPath, [tonusBin, 'serve'], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`tonus serve did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      const match = /Tonus is running at (http:\/\/\S+) /.exec(output);
      if (!match?.[1]) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      const url = match[1];
      resolve({
        child,
        url,
        output: () => output,
        exited,
        stop(signal = 'SIGTERM') {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new ServeExitedError(code, output));
    });
  });
}

export class ServeExitedError extends Error {
  override name = 'ServeExitedError';
  constructor(
    readonly code: number | string,
    readonly output: string,
  ) {
    super(`tonus serve exited with ${code} before serving:\n${output}`);
  }
}
