import { type EntryValues, patientEntries } from './patient-entries.ts';
import { dbsSettingChanges } from './schema.ts';

export type DbsSettingChange = typeof dbsSettingChanges.$inferSelect;
export type DbsSettingChangeValues = EntryValues<typeof dbsSettingChanges>;

/** The patient's DBS setting changes, newest first. */
const entries = patientEntries(dbsSettingChanges, dbsSettingChanges.changedOn);
export const listDbsSettingChanges = entries.list;
export const createDbsSettingChange = entries.create;
export const updateDbsSettingChange = entries.update;
export const deleteDbsSettingChange = entries.remove;
