/**
 * Shapes of the treatment log's entries as the API answers them (see /api/openapi.json, tag
 * "treatments"), kept beside the screen that uses them.
 */
export interface RecordEntry {
  id: string;
  createdAt: string;
  updatedAt: string;
}

/** International names; the API refuses anything else and never converts between them. */
export const toxinProductIds = [
  'onabotulinumtoxinA',
  'abobotulinumtoxinA',
  'incobotulinumtoxinA',
  'rimabotulinumtoxinB',
  'daxibotulinumtoxinA',
] as const;
export type ToxinProductId = (typeof toxinProductIds)[number];

export const injectionSides = ['L', 'R', 'bilateral'] as const;
export type InjectionSide = (typeof injectionSides)[number];

export interface InjectedMuscle {
  muscle: string;
  side: InjectionSide | null;
  units: number;
}

export interface ToxinSession extends RecordEntry {
  sessionDate: string;
  product: ToxinProductId;
  totalUnits: number;
  muscles: InjectedMuscle[];
  totalUnitsNote: string | null;
  lot: string | null;
  injector: string | null;
  note: string | null;
}

/** The domain's side effects after an injection (REFERENCE §4.2), then `other` in words. */
export const sideEffectKinds = [
  'dysphagia',
  'breathing_difficulty',
  'neck_weakness',
  'dysphonia',
  'ptosis',
  'diplopia',
  'generalized_weakness',
  'hand_weakness',
  'dry_mouth',
  'flu_like',
  'local',
  'other',
] as const;
export type SideEffectKind = (typeof sideEffectKinds)[number];
export const severities = ['mild', 'moderate', 'severe'] as const;
export type Severity = (typeof severities)[number];

export interface SideEffect extends RecordEntry {
  kind: SideEffectKind;
  kindOther: string | null;
  onsetOn: string;
  severity: Severity;
  toxinSessionId: string | null;
  note: string | null;
}

import type { DoseUnit } from '../../../domain/index.ts';

export { type DoseUnit, doseUnits } from '../../../domain/index.ts';

export interface Medicine extends RecordEntry {
  name: string;
  dose: number | null;
  unit: DoseUnit | null;
  frequency: string | null;
  startedOn: string;
  stoppedOn: string | null;
  whyStopped: string | null;
  indication: string | null;
  dopamineBlocker: boolean;
  note: string | null;
}

export const therapyKinds = ['physio', 'speech', 'occupational'] as const;
export type TherapyKind = (typeof therapyKinds)[number];

export interface Therapy extends RecordEntry {
  kind: TherapyKind;
  startedOn: string;
  stoppedOn: string | null;
  sessionsAttended: number | null;
  homeExerciseAdherencePercent: number | null;
  note: string | null;
}

export interface DbsSettingChange extends RecordEntry {
  changedOn: string;
  settings: string;
  note: string | null;
}

export const operationKinds = [
  'dbs_implant',
  'dbs_battery_replacement',
  'baclofen_pump_implant',
  'peripheral_denervation',
  'pallidotomy',
  'thalamotomy',
  'other',
] as const;
export type OperationKind = (typeof operationKinds)[number];

export interface Operation extends RecordEntry {
  performedOn: string;
  kind: OperationKind;
  kindOther: string | null;
  note: string | null;
}

/** A red flag exactly as the domain words it (GET /api/patients/{id}/alerts). */
/** A red flag as the alerts view returns it. */
export type { Alert as RedFlagAlert } from '../../api/types.ts';

export { localDay } from '../../format/local-day.ts';
