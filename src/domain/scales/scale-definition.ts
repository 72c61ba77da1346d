/**
 * The shape of a rating scale as data. Every scale Tonus knows is one of these; a single
 * engine (`score-scale.ts`) scores them all, so a scoring rule is read in one place and a new
 * scale is a new data file, not new code.
 */
import type { EvidenceTag } from '../evidence.ts';

export interface AnswerOption {
  value: number;
  /** Anchor text, paraphrased from REFERENCE unless the licence allows the original. */
  label: string;
  /** LOINC answer code (LA…), only where REFERENCE gives one. */
  loinc?: string;
}

export interface ScaleItem {
  id: string;
  /** The question, or the item name for clinician-rated items. */
  text: string;
  /** The section (questionnaire group) the item is shown in. */
  section: string;
  /** Every allowed value; anything else is rejected. */
  options: readonly AnswerOption[];
  /**
   * Allows the answer `'not_applicable'` (e.g. a person who never drives). It counts as 0,
   * the convention the TWSTRS ("has never driven") and ADDS ("none/not applicable") use.
   */
  allowsNotApplicable?: boolean;
  loinc?: string;
  /** Set when the item's anchors or range are less than verified. */
  evidence?: EvidenceTag;
}

/**
 * A score as a small expression over item values, so weights and formulas stay data:
 * - `item`: the item's value times `weight` (default 1).
 * - `sum` / `product`: of the sub-expressions, times `weight`.
 * - `score`: the value of another named subscale or part of the same scale.
 * - `share_remaining`: `base × (max − x) / max`, for scores that fall from a base as x rises
 *   (ADDS: 90% − 90% × sum/21).
 * - `by_item`: picks a branch by an item's value; only the chosen branch's items are needed.
 * - `constant`: a fixed number.
 */
export type ScoreExpression =
  | { op: 'item'; item: string; weight?: number }
  | { op: 'sum'; of: readonly ScoreExpression[]; weight?: number }
  | { op: 'product'; of: readonly ScoreExpression[]; weight?: number }
  | { op: 'score'; id: string }
  | { op: 'share_remaining'; base: number; max: number; of: ScoreExpression }
  | { op: 'by_item'; item: string; cases: Readonly<Record<number, ScoreExpression>> }
  | { op: 'constant'; value: number };

export interface ScoreBand {
  id: string;
  label: string;
  /** Inclusive bounds. */
  min: number;
  max: number;
}

export interface ScoreDefinition {
  id: string;
  label: string;
  expression: ScoreExpression;
  /** The declared range; tests prove every scoring stays inside it. */
  range: { min: number; max: number };
  /** Whether a higher number means more trouble (most scales) or less (ADDS). */
  higherIsWorse: boolean;
  bands?: readonly ScoreBand[];
  loinc?: string;
  evidence?: EvidenceTag;
}

export interface LicenceNote {
  /**
   * `permission_required`: written permission needed (and a separate one for an electronic
   * platform, for MDS scales). `free_with_notice`: reproduce freely, keep the copyright line.
   * `not_verified`: nobody has checked; do not ship the scale widely before someone does.
   */
  status: 'permission_required' | 'free_with_notice' | 'not_verified' | 'tonus_own';
  note: string;
  /** Copyright line to show with the form, where there is one. */
  copyright?: string;
}

export interface ScaleSection {
  id: string;
  title: string;
  /** Shown only when another item has this value (ADDS activities only when limited). */
  enableWhen?: { item: string; value: number };
}

export interface ScaleDefinition {
  id: string;
  /** Version of this definition in Tonus; stored with every score (`scale_version`). */
  version: string;
  /** Short name, e.g. "TWSTRS". */
  name: string;
  title: string;
  purpose: string;
  rater: 'clinician' | 'patient' | 'clinician_or_patient';
  /** Recall period for patient-reported scales, e.g. "the last 2 weeks". */
  recallPeriod?: string;
  sections: readonly ScaleSection[];
  items: readonly ScaleItem[];
  total: ScoreDefinition;
  /** Named subscales reported with every score. */
  subscales: readonly ScoreDefinition[];
  /** Extra breakdowns (e.g. BFMDRS region scores, TWSTRS pain severity). */
  parts?: readonly ScoreDefinition[];
  licence: LicenceNote;
  /** Published source(s). */
  source: string;
  /** LOINC panel code, only where REFERENCE gives one. */
  loincPanel?: string;
  /** How well the structure and totals are verified overall. */
  evidence: EvidenceTag;
  /** Choices Tonus made where REFERENCE is silent or unverified, said plainly. */
  notes: readonly string[];
  minimalImportantChange?: { text: string; evidence: EvidenceTag };
}
