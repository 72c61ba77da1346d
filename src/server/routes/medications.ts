import { z } from '@hono/zod-openapi';
import { doseUnits } from '../../domain/index.ts';
import {
  createMedication,
  deleteMedication,
  listMedications,
  type Medication,
  updateMedication,
} from '../../store/medications.ts';
import type { Store } from '../../store/open-store.ts';
import { Day, EntryMeta, entryMeta, Note, recordEntryRoutes, shortText } from './record-entries.ts';

const MedicationInput = z
  .object({
    name: shortText('medicine name').openapi({ example: 'trihexyphenidyl' }),
    dose: z
      .number('Give the dose as a number, such as 2 or 0.5.')
      .positive('The dose must be more than 0.')
      .max(1_000_000, 'That dose is too large; check the number and the unit.')
      .multipleOf(0.001, 'Give the dose with at most 3 decimals.')
      .nullable()
      .default(null),
    unit: z
      .enum(doseUnits, { message: `Choose the unit of the dose: ${doseUnits.join(', ')}.` })
      .nullable()
      .default(null),
    frequency: shortText('how often')
      .nullable()
      .default(null)
      .openapi({ example: 'three times a day' }),
    startedOn: Day,
    stoppedOn: Day.nullable().default(null),
    whyStopped: shortText('reason for stopping').nullable().default(null),
    indication: shortText('reason for taking it').nullable().default(null),
    dopamineBlocker: z.boolean('Answer true or false.').default(false).openapi({
      description:
        'Blocks dopamine (some anti-sickness and antipsychotic medicines): sudden spasms after starting it raise an alert. Known names are recognised without it.',
    }),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.dose === null) !== (value.unit === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.dose === null ? 'dose' : 'unit'],
        message: 'Give the dose and its unit together (for example 2 and mg), or neither.',
      });
    }
    if (value.stoppedOn !== null && value.stoppedOn < value.startedOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['stoppedOn'],
        message: 'The stop date is before the start date; check both dates.',
      });
    }
    if (value.whyStopped !== null && value.stoppedOn === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['stoppedOn'],
        message: 'Give the date it was stopped along with the reason.',
      });
    }
  })
  .openapi('MedicationInput');

const MedicationEntry = z
  .object({
    ...EntryMeta,
    name: z.string(),
    dose: z.number().nullable(),
    unit: z.enum(doseUnits).nullable(),
    frequency: z.string().nullable(),
    startedOn: Day,
    stoppedOn: Day.nullable(),
    whyStopped: z.string().nullable(),
    indication: z.string().nullable(),
    dopamineBlocker: z.boolean(),
    note: z.string().nullable(),
  })
  .openapi('Medication');

function toApi(row: Medication) {
  return {
    ...entryMeta(row),
    name: row.name,
    dose: row.dose,
    unit: row.unit,
    frequency: row.frequency,
    startedOn: row.startedOn,
    stoppedOn: row.stoppedOn,
    whyStopped: row.whyStopped,
    indication: row.indication,
    dopamineBlocker: row.dopamineBlocker,
    note: row.note,
  };
}

export function medicationRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'medications',
    idParam: 'medicationId',
    listKey: 'medications',
    noun: 'medicine',
    tag: 'treatments',
    input: MedicationInput,
    entry: MedicationEntry,
    list: (db, patientId) => listMedications(db, patientId),
    create: createMedication,
    update: updateMedication,
    remove: deleteMedication,
    toApi,
  });
}
