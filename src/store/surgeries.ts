import { type EntryValues, patientEntries } from './patient-entries.ts';
import { surgeries } from './schema.ts';

export type Surgery = typeof surgeries.$inferSelect;
export type SurgeryValues = EntryValues<typeof surgeries>;

/** The patient's operations, newest first. */
const entries = patientEntries(surgeries, surgeries.performedOn);
export const listSurgeries = entries.list;
export const createSurgery = entries.create;
export const updateSurgery = entries.update;
export const deleteSurgery = entries.remove;
