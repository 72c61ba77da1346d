import { useEffect, useSyncExternalStore } from 'react';
import { v4 as uuidV4 } from 'uuid';
import { ApiProblem, apiRequest } from '../api/api-request.ts';

/**
 * Saves that have not reached the server yet. Every diary save goes through here: it is kept
 * in this browser first, then sent; when the network or the server fails it stays, shown as
 * pending, and is sent again until it lands. Nothing typed is lost to a dropped connection.
 */
export interface PendingSave {
  /** One pending save per key: a newer save of the same day replaces the older one. */
  key: string;
  method: 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  body: unknown;
  queuedAt: number;
  attempts: number;
  /** Set when the server refused it (a 4xx other than 401): it will not be retried. */
  refused?: string;
  /**
   * For a new entry (POST): the id it will have, sent as Idempotency-Key with every try, so a
   * try whose answer was lost and is sent again does not store the entry twice.
   */
  idempotencyKey?: string;
}

const STORAGE_PREFIX = 'tonus-outbox:';
/** Key prefix of the DELETE that takes back a new entry (withdrawNewEntry). */
const withdrawPrefix = 'withdraw:';
const RETRY_MS = [2_000, 5_000, 15_000, 30_000];

/**
 * Saves belong to the account that made them: each account has its own outbox in this
 * browser, and only the signed-in account's outbox is shown and sent (never with another
 * person's session).
 */
let owner: string | undefined;
let pending: PendingSave[] = [];
const listeners = new Set<() => void>();
let flushing: Promise<void> | undefined;
let retryTimer: ReturnType<typeof setTimeout> | undefined;
const landedListeners = new Set<(save: PendingSave, body: unknown) => void>();

function load(account: string): PendingSave[] {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_PREFIX + account) ?? '[]') as PendingSave[];
  } catch {
    return [];
  }
}

function persist(next: PendingSave[]) {
  pending = next;
  if (owner !== undefined) {
    try {
      if (next.length === 0) localStorage.removeItem(STORAGE_PREFIX + owner);
      else localStorage.setItem(STORAGE_PREFIX + owner, JSON.stringify(next));
    } catch {
      // Storage full or disabled: the save still tries the network.
    }
  }
  for (const listener of listeners) listener();
}

/** Called by the session: whose outbox to show and send (undefined when signed out). */
export function setOutboxOwner(account: string | undefined) {
  if (account === owner) return;
  clearTimeout(retryTimer);
  owner = account;
  pending = account === undefined ? [] : load(account);
  for (const listener of listeners) listener();
  if (account !== undefined) void flushOutbox();
}

/** After erasure: nothing of the account may stay in this browser. */
export function discardOutbox(account: string) {
  localStorage.removeItem(STORAGE_PREFIX + account);
  if (account === owner) persist([]);
}

/**
 * Queues a save and tries to send everything at once. A new entry (POST) keeps the
 * Idempotency-Key of the pending save it replaces, if any, or is given one: it may already
 * have reached the server once (and then the server keeps the version that reached it).
 */
export function enqueueSave(save: Omit<PendingSave, 'queuedAt' | 'attempts'>): Promise<void> {
  const replaced = pending.find((p) => p.key === save.key);
  const idempotencyKey =
    save.method === 'POST'
      ? (save.idempotencyKey ?? replaced?.idempotencyKey ?? newIdempotencyKey())
      : undefined;
  persist([
    ...pending.filter((p) => p.key !== save.key),
    { ...save, ...(idempotencyKey ? { idempotencyKey } : {}), queuedAt: Date.now(), attempts: 0 },
  ]);
  return flushOutbox();
}

/**
 * Takes back a new entry queued under `postKey` (an Undo right after saving). A save the server
 * refused stored nothing, so it is only dropped; otherwise a DELETE of `deletePath` is queued,
 * and since saves are sent in order it follows the POST, even one still waiting offline.
 */
export function withdrawNewEntry(postKey: string, deletePath: string): Promise<void> {
  const queued = pending.find((p) => p.key === postKey);
  if (queued?.refused !== undefined) {
    persist(pending.filter((p) => p !== queued));
    return Promise.resolve();
  }
  return enqueueSave({
    key: `${withdrawPrefix}${postKey}`,
    method: 'DELETE',
    path: deletePath,
    body: undefined,
  });
}

/**
 * A new entry's id, made in the browser. uuid's v4 rather than crypto.randomUUID: the latter
 * exists only on HTTPS or localhost pages, and Tonus may be opened over plain HTTP on a clinic's
 * own network.
 */
export function newIdempotencyKey(): string {
  return uuidV4();
}

/** Called with the server's answer when a queued save lands. */
export function onSaveLanded(listener: (save: PendingSave, body: unknown) => void) {
  landedListeners.add(listener);
  return () => {
    landedListeners.delete(listener);
  };
}

export function flushOutbox(): Promise<void> {
  flushing ??= sendAll().finally(() => {
    flushing = undefined;
  });
  return flushing;
}

async function sendAll() {
  clearTimeout(retryTimer);
  const sender = owner;
  const tried = new Set<PendingSave>();
  // Each round takes the oldest save not yet tried, so a save queued while another is in
  // flight is sent in the same pass instead of waiting for the next trigger.
  for (;;) {
    const save = pending.find((p) => !p.refused && !tried.has(p));
    if (save === undefined || owner !== sender) return;
    tried.add(save);
    try {
      const body = await apiRequest(save.method, save.path, save.body, save.idempotencyKey);
      // enqueueSave already replaced older saves of the same key: this one alone leaves.
      persist(pending.filter((p) => p !== save));
      for (const listener of landedListeners) listener(save, body);
    } catch (error) {
      // Taking back an entry that is not there (its save was refused, or it is gone already)
      // has done what it was for.
      if (
        save.key.startsWith(withdrawPrefix) &&
        error instanceof ApiProblem &&
        error.status === 404
      ) {
        persist(pending.filter((p) => p !== save));
        continue;
      }
      const retryable =
        !(error instanceof ApiProblem) ||
        error.status === 0 ||
        error.status === 401 ||
        error.status >= 500;
      const updated: PendingSave = retryable
        ? { ...save, attempts: save.attempts + 1 }
        : {
            ...save,
            attempts: save.attempts + 1,
            refused: error instanceof ApiProblem ? error.message : String(error),
          };
      persist(pending.map((p) => (p === save ? updated : p)));
      if (retryable) {
        const wait = RETRY_MS[Math.min(save.attempts, RETRY_MS.length - 1)] as number;
        retryTimer = setTimeout(() => void flushOutbox(), wait);
        return; // keep order: later saves wait for this one
      }
    }
  }
}

export function dismissRefused(key: string) {
  persist(pending.filter((p) => p.key !== key));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The pending saves, kept up to date; also retries when the browser comes back online. */
export function useOutbox(): PendingSave[] {
  useEffect(() => {
    const online = () => void flushOutbox();
    window.addEventListener('online', online);
    void flushOutbox();
    return () => window.removeEventListener('online', online);
  }, []);
  return useSyncExternalStore(subscribe, () => pending);
}
