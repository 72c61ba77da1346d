import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir } from './data-dir-lock.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'tonus-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function deadPid(): number {
  // A child that has exited and been reaped: its pid belongs to nobody now.
  return spawnSync(process.execPath, ['-e', '0']).pid as number;
}

describe('data directory lock', () => {
  it('records the owner and removes the lock on release', () => {
    const lock = lockDataDir(dir);
    const owner = JSON.parse(readFileSync(lock.path, 'utf8'));
    expect(owner).toMatchObject({ pid: process.pid, hostname: hostname() });
    lock.release();
    expect(existsSync(lock.path)).toBe(false);
    lock.release();
  });

  it('refuses a second owner while the first holds it, naming the first', () => {
    const lock = lockDataDir(dir);
    try {
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`pid ${process.pid}`);
    } finally {
      lock.release();
    }
    lockDataDir(dir).release();
  });

  it('takes over a lock left by a process that died', () => {
    const stale = { pid: deadPid(), hostname: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(stale));
    const lock = lockDataDir(dir);
    expect(JSON.parse(readFileSync(lock.path, 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('refuses a lock held by a live process', () => {
    const live = { pid: process.ppid, hostname: hostname(), startedAt: 'earlier' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(live));
    expect(() => lockDataDir(dir)).toThrow(`pid ${process.ppid}`);
  });

  it('never steals a lock taken on another host, which it cannot check', () => {
    const remote = { pid: deadPid(), hostname: 'another-host', startedAt: 'earlier' };
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(remote));
    expect(() => lockDataDir(dir)).toThrow('another-host');
  });

  it('waits out an unreadable lock while it may still be being written, then takes it', () => {
    const lockPath = join(dir, LOCK_FILE_NAME);
    writeFileSync(lockPath, '');
    expect(() => lockDataDir(dir)).toThrow('starting right now');
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    lockDataDir(dir).release();
  });
});
