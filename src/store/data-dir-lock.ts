import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

/**
 * PGlite has no lock between processes: two processes writing one data directory corrupt it.
 * So exactly one process may own a directory, recorded in a lock file created with O_EXCL
 * (atomic on local file systems). A lock left by a process that died (kill -9, power loss)
 * is taken over once its owner is confirmed gone.
 */

export const LOCK_FILE_NAME = 'tonus.lock';

export interface LockOwner {
  pid: number;
  hostname: string;
  startedAt: string;
}

export class DataDirLockedError extends Error {
  /** Undefined while another process is still writing its lock file. */
  readonly owner: LockOwner | undefined;
  readonly lockPath: string;
  constructor(dataDir: string, lockPath: string, owner: LockOwner | undefined) {
    const who = owner
      ? `(pid ${owner.pid} on ${owner.hostname}, started ${owner.startedAt})`
      : '(it is starting right now)';
    super(
      `The data directory ${dataDir} is already in use by another Tonus process ${who}. ` +
        'Only one process may open an embedded database. Stop that process first, ' +
        'or point TONUS_DATA_DIR at another directory, or use PostgreSQL (DATABASE_URL) ' +
        'to run several processes.',
    );
    this.name = 'DataDirLockedError';
    this.owner = owner;
    this.lockPath = lockPath;
  }
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(lockPath: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.hostname === 'string') {
      return { pid: parsed.pid, hostname: parsed.hostname, startedAt: String(parsed.startedAt) };
    }
  } catch {
    // Unreadable or half-written: treated as no owner below.
  }
  return undefined;
}

/** Lock files this process holds now, to tell them from a previous life with the same pid. */
const heldHere = new Set<string>();

/** How long an unreadable lock file is presumed to be another process's lock being written. */
const LOCK_WRITE_GRACE_MS = 10_000;

function ownerIsGone(lockPath: string, owner: LockOwner | undefined): boolean {
  if (!owner) {
    try {
      return Date.now() - statSync(lockPath).mtimeMs > LOCK_WRITE_GRACE_MS;
    } catch {
      return true;
    }
  }
  // A lock from another host cannot be checked from here; never steal it.
  if (owner.hostname !== hostname()) return false;
  // Our own pid in a lock we do not hold: a previous life of this container's pid namespace.
  if (owner.pid === process.pid) return !heldHere.has(lockPath);
  return !isAlive(owner.pid);
}

/**
 * Moves a dead owner's lock out of the way. Rename is atomic, so when two processes take over
 * the same stale lock at once, the one that finds a live owner's lock in its hands puts it back.
 */
function setStaleLockAside(dataDir: string, lockPath: string, stale: LockOwner | undefined): void {
  const aside = `${lockPath}.stale-${process.pid}`;
  try {
    renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  const moved = readOwner(aside);
  const sameAsStale = moved?.pid === stale?.pid && moved?.startedAt === stale?.startedAt;
  if (!sameAsStale && moved && !ownerIsGone(lockPath, moved)) {
    renameSync(aside, lockPath);
    throw new DataDirLockedError(dataDir, lockPath, moved);
  }
  rmSync(aside, { force: true });
}

/** Takes the data directory's lock or throws {@link DataDirLockedError}. */
export function lockDataDir(dataDir: string): DataDirLock {
  const lockPath = join(dataDir, LOCK_FILE_NAME);
  const me: LockOwner = {
    pid: process.pid,
    hostname: hostname(),
    startedAt: new Date().toISOString(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      heldHere.add(lockPath);
      let released = false;
      return {
        path: lockPath,
        release() {
          if (released) return;
          released = true;
          heldHere.delete(lockPath);
          const owner = readOwner(lockPath);
          if (owner?.pid === me.pid && owner.hostname === me.hostname) unlinkSync(lockPath);
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(lockPath);
      if (!ownerIsGone(lockPath, owner)) throw new DataDirLockedError(dataDir, lockPath, owner);
      setStaleLockAside(dataDir, lockPath, owner);
    }
  }
  throw new Error(`Could not take the lock ${lockPath}; another process keeps replacing it.`);
}
