import { and, desc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from './open-store.ts';
import { questionnaireResponses } from './schema.ts';

export type QuestionnaireResponse = typeof questionnaireResponses.$inferSelect;
export type QuestionnaireResponseValues = Omit<
  typeof questionnaireResponses.$inferInsert,
  'id' | 'patientId' | 'createdAt' | 'updatedAt' | 'recordedBy'
>;

/** The patient's filled-in questionnaires, newest answer first; within `from`–`to` when given. */
export async function listQuestionnaireResponses(
  db: Database,
  patientId: string,
  range: { from?: string; to?: string } = {},
): Promise<QuestionnaireResponse[]> {
  const conditions = [eq(questionnaireResponses.patientId, patientId)];
  if (range.from !== undefined) conditions.push(gte(questionnaireResponses.answeredOn, range.from));
  if (range.to !== undefined) conditions.push(lte(questionnaireResponses.answeredOn, range.to));
  return db
    .select()
    .from(questionnaireResponses)
    .where(and(...conditions))
    .orderBy(desc(questionnaireResponses.answeredOn), desc(questionnaireResponses.createdAt));
}

export async function createQuestionnaireResponse(
  db: Database,
  patientId: string,
  values: QuestionnaireResponseValues,
  recordedBy: string,
  /** The id the client chose (its Idempotency-Key); a new one when absent. */
  id?: string,
): Promise<QuestionnaireResponse> {
  const [row] = await db
    .insert(questionnaireResponses)
    .values({ ...values, patientId, recordedBy, ...(id ? { id } : {}) })
    .returning();
  if (!row) throw new Error('insert into questionnaire_responses returned no row');
  return row;
}

/** Replaces one of this patient's questionnaire responses; `undefined` if none. */
export async function updateQuestionnaireResponse(
  db: Database,
  patientId: string,
  id: string,
  values: QuestionnaireResponseValues,
  recordedBy: string,
): Promise<QuestionnaireResponse | undefined> {
  const [row] = await db
    .update(questionnaireResponses)
    .set({ ...values, recordedBy, updatedAt: new Date() })
    .where(and(eq(questionnaireResponses.id, id), eq(questionnaireResponses.patientId, patientId)))
    .returning();
  return row;
}

/** Deletes one of this patient's questionnaire responses; false if none. */
export async function deleteQuestionnaireResponse(db: Database, patientId: string, id: string) {
  const rows = await db
    .delete(questionnaireResponses)
    .where(and(eq(questionnaireResponses.id, id), eq(questionnaireResponses.patientId, patientId)))
    .returning({ id: questionnaireResponses.id });
  return rows.length > 0;
}
