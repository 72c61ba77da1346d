import { asc, desc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { auditEvents } from './schema.ts';

export type AuditEvent = typeof auditEvents.$inferSelect;
export type NewAuditEvent = Omit<typeof auditEvents.$inferInsert, 'id' | 'at'>;

export async function appendAuditEvent(db: Database, event: NewAuditEvent): Promise<void> {
  await db.insert(auditEvents).values(event);
}

/** Events about one patient's record, newest first. */
export async function listPatientAudit(db: Database, patientId: string, limit = 500) {
  return db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.patientId, patientId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
}

/** The whole trail, oldest first, for the admin's export. */
export async function listAllAudit(db: Database) {
  return db.select().from(auditEvents).orderBy(asc(auditEvents.id));
}
