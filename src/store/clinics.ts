import { asc, eq } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { clinics } from './schema.ts';

export type Clinic = typeof clinics.$inferSelect;
export type NewClinic = Pick<typeof clinics.$inferInsert, 'name' | 'timeZone'>;

export async function insertClinic(db: Database, clinic: NewClinic): Promise<Clinic> {
  const [row] = await db.insert(clinics).values(clinic).returning();
  if (!row) throw new Error('insert into clinics returned no row');
  return row;
}

export async function findClinic(db: Database, id: string): Promise<Clinic | undefined> {
  const [row] = await db.select().from(clinics).where(eq(clinics.id, id));
  return row;
}

export async function listClinics(db: Database): Promise<Clinic[]> {
  return db.select().from(clinics).orderBy(asc(clinics.createdAt), asc(clinics.id));
}
