import {
  and,
  desc,
  eq,
  gte,
  type InferInsertModel,
  type InferSelectModel,
  lte,
  type SQL,
} from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './open-store.ts';

/** The columns every kind of entry in a patient's record has (see schema.ts). */
type EntryColumns = {
  id: PgColumn;
  patientId: PgColumn;
  createdAt: PgColumn;
  updatedAt: PgColumn;
  recordedBy: PgColumn;
};
type EntryTable = PgTable & EntryColumns;
/** A column of table `T` itself, so a column of another table does not type-check. */
type ColumnOf<T extends EntryTable> = T['_']['columns'][keyof T['_']['columns']];

/** What a caller gives for an entry: everything but the keys and the bookkeeping. */
export type EntryValues<T extends EntryTable> = Omit<
  InferInsertModel<T>,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/**
 * List, add, replace and delete for one kind of entry in a patient's record (a medicine, an
 * operation...), always within that patient's record: every statement is filtered by the
 * patient id, so an entry id from another record finds nothing. The kinds differ only in their
 * table and the date that orders them (newest first).
 */
export function patientEntries<T extends EntryTable>(
  table: T,
  newestFirstBy: ColumnOf<T>,
  /** The diary day of an entry, for lists of a date range; the ordering column by default. */
  dayColumn: ColumnOf<T> = newestFirstBy,
) {
  type Row = InferSelectModel<T>;
  const inRecord = (patientId: string, id: string) =>
    and(eq(table.id, id), eq(table.patientId, patientId));
  return {
    /** The entries whose day falls in the range (both ends included; all without one). */
    async list(
      db: Database,
      patientId: string,
      range: { from?: string; to?: string } = {},
    ): Promise<Row[]> {
      const conditions: SQL[] = [eq(table.patientId, patientId)];
      if (range.from !== undefined) conditions.push(gte(dayColumn, range.from));
      if (range.to !== undefined) conditions.push(lte(dayColumn, range.to));
      return (await db
        .select()
        .from(table as PgTable)
        .where(and(...conditions))
        .orderBy(desc(newestFirstBy), desc(table.createdAt))) as Row[];
    },

    /** One entry of this patient's record; `undefined` if there is none. */
    async find(db: Database, patientId: string, id: string): Promise<Row | undefined> {
      const [row] = (await db
        .select()
        .from(table as PgTable)
        .where(inRecord(patientId, id))) as Row[];
      return row;
    },

    /** `id`: the id the client chose (its Idempotency-Key); a new one when absent. */
    async create(
      db: Database,
      patientId: string,
      values: EntryValues<T>,
      recordedBy: string,
      id?: string,
    ): Promise<Row> {
      const [row] = (await db
        .insert(table)
        .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) } as InferInsertModel<T>)
        .returning()) as Row[];
      if (!row) throw new Error('an insert returned no row');
      return row;
    },

    /** Replaces one entry of this patient's record; `undefined` if there is none. */
    async update(
      db: Database,
      patientId: string,
      id: string,
      values: EntryValues<T>,
      recordedBy: string,
    ): Promise<Row | undefined> {
      const [row] = (await db
        .update(table)
        .set({ ...values, recordedBy, updatedAt: new Date() } as Partial<InferInsertModel<T>>)
        .where(inRecord(patientId, id))
        .returning()) as Row[];
      return row;
    },

    /** Deletes one entry of this patient's record; false if there is none. */
    async remove(db: Database, patientId: string, id: string): Promise<boolean> {
      const rows = await db
        .delete(table)
        .where(inRecord(patientId, id))
        .returning({ id: table.id });
      return rows.length > 0;
    },
  };
}
