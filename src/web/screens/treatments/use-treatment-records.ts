import { useEffect } from 'react';
import { ApiProblem, apiRequest } from '../../api/api-request.ts';
import { useApiData } from '../../api/use-api-data.ts';
import {
  enqueueSave,
  newIdempotencyKey,
  onSaveLanded,
  type PendingSave,
  useOutbox,
} from '../../offline/outbox.ts';
import type { RecordEntry } from './treatment-records.ts';

/** A save the server may still take later: the network, the server or the session failed. */
function worthRetrying(error: unknown) {
  return (
    error instanceof ApiProblem &&
    (error.status === 0 || error.status === 401 || error.status >= 500)
  );
}

let queued = 0;

export interface TreatmentRecords<Entry extends RecordEntry> {
  entries: Entry[] | undefined;
  problem: ApiProblem | undefined;
  /** Saves kept on this device until the server takes them (or refused by it). */
  waiting: PendingSave[];
  /** The saved entry, or `undefined` when it was kept on this device to be sent later. */
  create(body: unknown): Promise<Entry | undefined>;
  replace(id: string, body: unknown): Promise<Entry | undefined>;
  remove(id: string): Promise<void>;
  reload(): void;
}

/**
 * One kind of treatment entry of a record: its list, and saves that try the server first (so a
 * refused field is shown next to the field at once) and fall back to the outbox when the
 * connection or the server fails, so nothing typed is lost.
 */
export function useTreatmentRecords<Entry extends RecordEntry>(
  patientId: string,
  path: string,
  listKey: string,
): TreatmentRecords<Entry> {
  const collection = `/api/patients/${patientId}/${path}`;
  const list = useApiData<Record<string, Entry[]>>(collection);
  const { reload } = list;
  useEffect(
    () =>
      onSaveLanded((save) => {
        if (save.path.startsWith(collection)) reload();
      }),
    [collection, reload],
  );
  const keyPrefix = `treatments:${collection}:`;
  const waiting = useOutbox().filter((save) => save.key.startsWith(keyPrefix));

  async function send(
    method: 'POST' | 'PUT',
    target: string,
    body: unknown,
    key: string,
  ): Promise<Entry | undefined> {
    // Made before the first try: if that try reached the server but its answer was lost, the
    // queued retry carries the same key and the server does not store the entry twice.
    const idempotencyKey = method === 'POST' ? newIdempotencyKey() : undefined;
    try {
      const saved = await apiRequest<Entry>(method, target, body, idempotencyKey);
      reload();
      return saved;
    } catch (error) {
      if (!worthRetrying(error)) throw error;
      await enqueueSave({ key, method, path: target, body, idempotencyKey });
      return undefined;
    }
  }

  return {
    entries: list.data?.[listKey],
    problem: list.problem,
    waiting,
    create: (body) => {
      queued += 1;
      return send('POST', collection, body, `${keyPrefix}new:${Date.now()}-${queued}`);
    },
    replace: (id, body) => send('PUT', `${collection}/${id}`, body, `${keyPrefix}${id}`),
    remove: async (id) => {
      await apiRequest('DELETE', `${collection}/${id}`);
      reload();
    },
    reload,
  };
}
