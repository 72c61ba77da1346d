import { type EntryValues, patientEntries } from './patient-entries.ts';
import { therapies } from './schema.ts';

export type Therapy = typeof therapies.$inferSelect;
export type TherapyValues = EntryValues<typeof therapies>;

/** The patient's therapy courses (by start date), newest first. */
const entries = patientEntries(therapies, therapies.startedOn);
export const listTherapies = entries.list;
export const createTherapy = entries.create;
export const updateTherapy = entries.update;
export const deleteTherapy = entries.remove;
