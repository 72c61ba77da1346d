/** Units a medicine dose is written in (the treatment log's choices, API and app alike). */
export const doseUnits = [
  'mg',
  'mcg',
  'g',
  'mL',
  'tablet',
  'capsule',
  'drop',
  'puff',
  'patch',
  'unit',
] as const;

export type DoseUnit = (typeof doseUnits)[number];
