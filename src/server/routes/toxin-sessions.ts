import { z } from '@hono/zod-openapi';
import { toxinProducts } from '../../domain/index.ts';
import type { Store } from '../../store/open-store.ts';
import {
  createToxinSession,
  deleteToxinSession,
  listToxinSessions,
  type ToxinSession,
  updateToxinSession,
} from '../../store/toxin-sessions.ts';
import { Day, EntryMeta, entryMeta, Note, recordEntryRoutes, shortText } from './record-entries.ts';

const productIds = toxinProducts.map((product) => product.id) as [
  (typeof toxinProducts)[number]['id'],
  ...(typeof toxinProducts)[number]['id'][],
];
const productChoices = toxinProducts
  .map((product) => `${product.id} (${product.brands.join('/')})`)
  .join(', ');

const Units = (what: string) =>
  z
    .number(`Give the ${what} as a number of units, such as 50 or 12.5.`)
    .max(100_000, `That is too many units for the ${what}; check the number.`)
    .multipleOf(0.01, `Give the ${what} with at most 2 decimals.`);

const sumOf = (muscles: readonly { units: number }[]) =>
  // Cents, so 12.5 + 7.5 + ... adds up exactly as the clinic wrote it.
  muscles.reduce((sum, muscle) => sum + Math.round(muscle.units * 100), 0) / 100;

const InjectedMuscle = z
  .object({
    muscle: shortText('muscle name').openapi({ example: 'splenius capitis' }),
    side: z
      .enum(['L', 'R', 'bilateral'], { message: 'Choose the side: L, R or bilateral.' })
      .nullable()
      .default(null),
    units: Units('units in this muscle').min(0, 'Units cannot be negative.'),
  })
  .strict()
  .openapi('InjectedMuscle');

const ToxinSessionInput = z
  .object({
    sessionDate: Day,
    product: z
      .enum(productIds, { message: `Choose the product by its name: ${productChoices}.` })
      .openapi({
        description:
          'International name of the product. Products are not interchangeable and units never convert between them.',
      }),
    totalUnits: Units('total').positive('The total must be more than 0 units.'),
    muscles: z.array(InjectedMuscle).max(60, 'List at most 60 muscles per session.').default([]),
    totalUnitsNote: shortText('reason the muscles do not add up to the total')
      .nullable()
      .default(null)
      .openapi({
        description:
          'Needed when the muscle units do not add up to the total, e.g. "5 U left in the vial".',
      }),
    lot: shortText('lot number').nullable().default(null),
    injector: shortText('injector').nullable().default(null),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.muscles.length === 0 || value.totalUnitsNote !== null) return;
    const muscleUnits = sumOf(value.muscles);
    if (muscleUnits !== value.totalUnits) {
      ctx.addIssue({
        code: 'custom',
        path: ['totalUnits'],
        message: `The muscles add up to ${muscleUnits} U but the total is ${value.totalUnits} U. Correct the units, or say why they differ in totalUnitsNote.`,
      });
    }
  })
  .openapi('ToxinSessionInput');

const ToxinSessionEntry = z
  .object({
    ...EntryMeta,
    sessionDate: Day,
    product: z.enum(productIds),
    totalUnits: z.number(),
    muscles: z.array(
      z.object({
        muscle: z.string(),
        side: z.enum(['L', 'R', 'bilateral']).nullable(),
        units: z.number(),
      }),
    ),
    totalUnitsNote: z.string().nullable(),
    lot: z.string().nullable(),
    injector: z.string().nullable(),
    note: z.string().nullable(),
  })
  .openapi('ToxinSession');

function toApi(row: ToxinSession) {
  return {
    ...entryMeta(row),
    sessionDate: row.sessionDate,
    product: row.product,
    totalUnits: row.totalUnits,
    muscles: row.muscles,
    totalUnitsNote: row.totalUnitsNote,
    lot: row.lot,
    injector: row.injector,
    note: row.note,
  };
}

export function toxinSessionRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'toxin-sessions',
    idParam: 'sessionId',
    listKey: 'toxinSessions',
    noun: 'toxin session',
    tag: 'treatments',
    input: ToxinSessionInput,
    entry: ToxinSessionEntry,
    list: (db, patientId) => listToxinSessions(db, patientId),
    create: createToxinSession,
    update: updateToxinSession,
    remove: deleteToxinSession,
    toApi,
  });
}
