import { type EntryValues, patientEntries } from './patient-entries.ts';
import { episodes } from './schema.ts';

export type Episode = typeof episodes.$inferSelect;
export type EpisodeValues = EntryValues<typeof episodes>;

/** Episodes, newest first; a date range picks them by the diary day where they happened. */
const entries = patientEntries(episodes, episodes.startedAt, episodes.day);
export const listEpisodes = entries.list;
export const createEpisode = entries.create;
export const updateEpisode = entries.update;
export const deleteEpisode = entries.remove;
