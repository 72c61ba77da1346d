import { z } from '@hono/zod-openapi';
import {
  createDbsSettingChange,
  type DbsSettingChange,
  deleteDbsSettingChange,
  listDbsSettingChanges,
  updateDbsSettingChange,
} from '../../store/dbs-setting-changes.ts';
import type { Store } from '../../store/open-store.ts';
import { Day, EntryMeta, entryMeta, Note, recordEntryRoutes } from './record-entries.ts';

const DbsSettingChangeInput = z
  .object({
    changedOn: Day,
    settings: z
      .string('Write the new settings as text.')
      .trim()
      .min(1, 'Write the new settings, as the programmer gave them.')
      .max(2000, 'Keep the settings under 2000 characters.')
      .openapi({ example: 'L: C1-, 3.0 mA, 60 µs, 130 Hz; R: C9-, 3.2 mA, 60 µs, 130 Hz' }),
    note: Note,
  })
  .strict()
  .openapi('DbsSettingChangeInput');

const DbsSettingChangeEntry = z
  .object({ ...EntryMeta, changedOn: Day, settings: z.string(), note: z.string().nullable() })
  .openapi('DbsSettingChange');

function toApi(row: DbsSettingChange) {
  return { ...entryMeta(row), changedOn: row.changedOn, settings: row.settings, note: row.note };
}

export function dbsSettingChangeRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'dbs-setting-changes',
    idParam: 'changeId',
    listKey: 'dbsSettingChanges',
    noun: 'DBS setting change',
    tag: 'treatments',
    input: DbsSettingChangeInput,
    entry: DbsSettingChangeEntry,
    list: (db, patientId) => listDbsSettingChanges(db, patientId),
    create: createDbsSettingChange,
    update: updateDbsSettingChange,
    remove: deleteDbsSettingChange,
    toApi,
  });
}
