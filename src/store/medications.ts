import { type EntryValues, patientEntries } from './patient-entries.ts';
import { medications } from './schema.ts';

export type Medication = typeof medications.$inferSelect;
export type MedicationValues = EntryValues<typeof medications>;

/** The patient's medicine courses (by start date), newest first. */
const entries = patientEntries(medications, medications.startedOn);
export const listMedications = entries.list;
export const createMedication = entries.create;
export const updateMedication = entries.update;
export const deleteMedication = entries.remove;
