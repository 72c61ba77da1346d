import { z } from '@hono/zod-openapi';
import type { Store } from '../../store/open-store.ts';
import {
  createSurgery,
  deleteSurgery,
  listSurgeries,
  type Surgery,
  updateSurgery,
} from '../../store/surgeries.ts';
import { Day, EntryMeta, entryMeta, Note, recordEntryRoutes, shortText } from './record-entries.ts';

/** Operations of REFERENCE §4.4; a DBS or baclofen pump implant tells the alerts about the device. */
export const surgeryKinds = [
  'dbs_implant',
  'dbs_battery_replacement',
  'baclofen_pump_implant',
  'peripheral_denervation',
  'pallidotomy',
  'thalamotomy',
  'other',
] as const;

const SurgeryInput = z
  .object({
    performedOn: Day,
    kind: z.enum(surgeryKinds, {
      message: `Choose the operation: ${surgeryKinds.join(', ')}.`,
    }),
    kindOther: shortText('name of the operation').nullable().default(null),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.kind === 'other') !== (value.kindOther !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['kindOther'],
        message:
          value.kind === 'other'
            ? 'Say which operation it was.'
            : 'Set kind to "other" when you name the operation in your own words.',
      });
    }
  })
  .openapi('SurgeryInput');

const SurgeryEntry = z
  .object({
    ...EntryMeta,
    performedOn: Day,
    kind: z.enum(surgeryKinds),
    kindOther: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('Surgery');

function toApi(row: Surgery) {
  return {
    ...entryMeta(row),
    performedOn: row.performedOn,
    kind: row.kind,
    kindOther: row.kindOther,
    note: row.note,
  };
}

export function surgeryRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'surgeries',
    idParam: 'surgeryId',
    listKey: 'surgeries',
    noun: 'operation',
    tag: 'treatments',
    input: SurgeryInput,
    entry: SurgeryEntry,
    list: (db, patientId) => listSurgeries(db, patientId),
    create: createSurgery,
    update: updateSurgery,
    remove: deleteSurgery,
    toApi,
  });
}
