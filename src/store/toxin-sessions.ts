import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { toxinInjections, toxinSessions } from './schema.ts';

type SessionRow = typeof toxinSessions.$inferSelect;
export type ToxinInjection = Omit<typeof toxinInjections.$inferSelect, 'id' | 'sessionId'>;
export type ToxinSession = SessionRow & { muscles: Omit<ToxinInjection, 'position'>[] };
export type ToxinSessionValues = Omit<
  typeof toxinSessions.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
> & { muscles: Omit<ToxinInjection, 'position'>[] };

async function withMuscles(db: Database, sessions: SessionRow[]): Promise<ToxinSession[]> {
  if (sessions.length === 0) return [];
  const injections = await db
    .select()
    .from(toxinInjections)
    .where(
      inArray(
        toxinInjections.sessionId,
        sessions.map((s) => s.id),
      ),
    )
    .orderBy(asc(toxinInjections.sessionId), asc(toxinInjections.position));
  return sessions.map((session) => ({
    ...session,
    muscles: injections
      .filter((i) => i.sessionId === session.id)
      .map(({ muscle, side, units }) => ({ muscle, side, units })),
  }));
}

/** The patient's toxin sessions with their muscles, newest first. */
export async function listToxinSessions(db: Database, patientId: string): Promise<ToxinSession[]> {
  const sessions = await db
    .select()
    .from(toxinSessions)
    .where(eq(toxinSessions.patientId, patientId))
    .orderBy(desc(toxinSessions.sessionDate), desc(toxinSessions.createdAt));
  return withMuscles(db, sessions);
}

/** The date of this patient's session with this id, or `undefined` (another record's sessions
 * are invisible here, so an adverse event can only be linked to the person's own). */
export async function toxinSessionDate(db: Database, patientId: string, id: string) {
  const [row] = await db
    .select({ sessionDate: toxinSessions.sessionDate })
    .from(toxinSessions)
    .where(and(eq(toxinSessions.id, id), eq(toxinSessions.patientId, patientId)));
  return row?.sessionDate;
}

async function insertMuscles(
  tx: Pick<Database, 'insert'>,
  sessionId: string,
  muscles: ToxinSessionValues['muscles'],
) {
  if (muscles.length === 0) return;
  await tx
    .insert(toxinInjections)
    .values(muscles.map((muscle, position) => ({ ...muscle, sessionId, position })));
}

/** Session and muscles are written in one transaction: never a session with half its muscles. */
export async function createToxinSession(
  db: Database,
  patientId: string,
  { muscles, ...values }: ToxinSessionValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<ToxinSession> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(toxinSessions)
      .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
      .returning();
    if (!row) throw new Error('insert into toxin_sessions returned no row');
    await insertMuscles(tx, row.id, muscles);
    return { ...row, muscles };
  });
}

/** Replaces a session and its muscle list; `undefined` if this patient has no such session. */
export async function updateToxinSession(
  db: Database,
  patientId: string,
  id: string,
  { muscles, ...values }: ToxinSessionValues,
  recordedBy: string,
): Promise<ToxinSession | undefined> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(toxinSessions)
      .set({ ...values, recordedBy, updatedAt: new Date() })
      .where(and(eq(toxinSessions.id, id), eq(toxinSessions.patientId, patientId)))
      .returning();
    if (!row) return undefined;
    await tx.delete(toxinInjections).where(eq(toxinInjections.sessionId, id));
    await insertMuscles(tx, id, muscles);
    return { ...row, muscles };
  });
}

/** Deletes a session (its muscles go with it; linked adverse events stay, unlinked). */
export async function deleteToxinSession(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(toxinSessions)
    .where(and(eq(toxinSessions.id, id), eq(toxinSessions.patientId, patientId)))
    .returning({ id: toxinSessions.id });
  return rows.length > 0;
}
