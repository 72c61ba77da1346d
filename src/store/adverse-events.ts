import { type EntryValues, patientEntries } from './patient-entries.ts';
import { adverseEvents } from './schema.ts';

export type AdverseEvent = typeof adverseEvents.$inferSelect;
export type AdverseEventValues = EntryValues<typeof adverseEvents>;

/** The patient's adverse events (by onset), newest first. */
const entries = patientEntries(adverseEvents, adverseEvents.onsetOn);
export const listAdverseEvents = entries.list;
export const createAdverseEvent = entries.create;
export const updateAdverseEvent = entries.update;
export const deleteAdverseEvent = entries.remove;
