/**
 * Axis I of the 2013 consensus classification (REFERENCE §1.1): clinical characteristics.
 * Body distribution lives in `classify-distribution.ts`; this file holds age at onset,
 * temporal pattern and associated features.
 */
import type { Distribution } from './classify-distribution.ts';

export const onsetAgeBands = [
  'infancy',
  'childhood',
  'adolescence',
  'early_adult',
  'late_adult',
] as const;
export type OnsetAgeBand = (typeof onsetAgeBands)[number];

export const onsetAgeBandLabels: Readonly<Record<OnsetAgeBand, string>> = {
  infancy: 'Infancy (birth to 2 years)',
  childhood: 'Childhood (3 to 12 years)',
  adolescence: 'Adolescence (13 to 20 years)',
  early_adult: 'Early adulthood (21 to 40 years)',
  late_adult: 'Late adulthood (over 40 years)',
};

/**
 * Age band from age at onset in years. Store the age itself and derive the band, because the
 * sources disagree at 40: Tonus puts 40 in early adulthood and starts late adulthood above 40
 * (REFERENCE §1.1). Fractional ages fall into the band of the completed year (2.5 -> infancy).
 *
 * @throws Error for a negative or non-finite age.
 */
export function onsetAgeBand(ageAtOnsetYears: number): OnsetAgeBand {
  if (!Number.isFinite(ageAtOnsetYears) || ageAtOnsetYears < 0) {
    throw new Error(`Invalid age at onset ${ageAtOnsetYears}: expected years, 0 or more.`);
  }
  const completedYears = Math.floor(ageAtOnsetYears);
  if (completedYears <= 2) return 'infancy';
  if (completedYears <= 12) return 'childhood';
  if (completedYears <= 20) return 'adolescence';
  if (completedYears <= 40) return 'early_adult';
  return 'late_adult';
}

export const courses = ['static', 'progressive'] as const;
export type Course = (typeof courses)[number];

export const variabilities = ['persistent', 'action_specific', 'diurnal', 'paroxysmal'] as const;
export type Variability = (typeof variabilities)[number];

/** `isolated`: dystonia is the only motor sign apart from tremor; `combined`: with another. */
export const motorAssociations = ['isolated', 'combined'] as const;
export type MotorAssociation = (typeof motorAssociations)[number];

export interface ClinicalCharacteristics {
  /** Age in years when the first symptom appeared; the band is derived from it. */
  ageAtOnsetYears: number | null;
  /** The suggested distribution from the body map. */
  distribution: Distribution;
  /** A clinician's override kept apart from the computed class, with the reason. */
  distributionOverride: { distribution: Distribution; reason: string } | null;
  course: Course | null;
  variability: Variability[];
  association: MotorAssociation | null;
  /** E.g. myoclonus, parkinsonism, chorea when combined. */
  otherMovementDisorders: string[];
  /** Free list, e.g. cognitive decline, spasticity, ataxia. */
  otherNeurologicalFeatures: string[];
  /** Free list, e.g. liver disease, Kayser–Fleischer rings. */
  systemicFeatures: string[];
}
