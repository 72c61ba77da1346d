import { type EntryValues, patientEntries } from './patient-entries.ts';
import { questionnaireResponses } from './schema.ts';

export type QuestionnaireResponse = typeof questionnaireResponses.$inferSelect;
export type QuestionnaireResponseValues = EntryValues<typeof questionnaireResponses>;

/** The patient's filled-in questionnaires, newest answer first; a range picks them by that day. */
const entries = patientEntries(questionnaireResponses, questionnaireResponses.answeredOn);
export const listQuestionnaireResponses = entries.list;
export const createQuestionnaireResponse = entries.create;
export const updateQuestionnaireResponse = entries.update;
export const deleteQuestionnaireResponse = entries.remove;
