/**
 * Body distribution under the 2013 consensus (REFERENCE §1.1), using the fixed, deterministic
 * rule of REFERENCE §2.4. The consensus definitions of segmental and multifocal overlap, so the
 * result is a *suggested* class: keep any clinician override in a separate field.
 */
import { type AdjacencyOptions, connectedGroups } from './adjacency.ts';
import {
  type ClassificationRegionId,
  classificationRegionIds,
  classificationRegions,
  toClassificationRegion,
} from './regions.ts';

export const distributions = [
  'none',
  'focal',
  'segmental',
  'multifocal',
  'hemidystonia',
  'generalized',
] as const;
export type Distribution = (typeof distributions)[number];

export type ClassificationOptions = AdjacencyOptions;

export interface DistributionResult {
  distribution: Distribution;
  /** The affected classification regions, deduplicated, in head-to-toe order. */
  regions: ClassificationRegionId[];
  /** Body side for hemidystonia, and for focal dystonia of one limb. */
  side?: 'L' | 'R';
  /** Generalized only: whether a leg is involved (the consensus separates the two forms). */
  withLegs?: boolean;
  /** One plain sentence saying why, e.g. "segmental: neck and right arm are next to each other". */
  explanation: string;
}

const sides = ['L', 'R'] as const;
type Side = (typeof sides)[number];
const sideWord: Record<Side, string> = { L: 'left', R: 'right' };
const opposite: Record<Side, Side> = { L: 'R', R: 'L' };

function regionName(id: ClassificationRegionId): string {
  return classificationRegions[id].label.toLowerCase();
}

function listNames(ids: readonly ClassificationRegionId[]): string {
  const names = ids.map(regionName);
  if (names.length <= 2) return names.join(' and ');
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * Suggests a distribution from the regions that currently have dystonia (severity above 0).
 *
 * @param regions fine (`arm_dist_R`) or classification (`arm_R`) region ids, mixed freely;
 *   order and duplicates do not matter.
 * @throws Error for an unknown region id, listing the valid ids.
 * @example
 * classifyDistribution(['neck', 'arm_dist_R']).distribution // 'segmental'
 */
export function classifyDistribution(
  regions: readonly string[],
  options: ClassificationOptions = {},
): DistributionResult {
  const affected = new Set(regions.map(toClassificationRegion));
  const sorted = classificationRegionIds.filter((id) => affected.has(id));

  const [only] = sorted;
  if (only === undefined) {
    return { distribution: 'none', regions: [], explanation: 'none: no affected body regions' };
  }
  if (sorted.length === 1) {
    const side = classificationRegions[only].side;
    return {
      distribution: 'focal',
      regions: sorted,
      ...(side === 'midline' ? {} : { side }),
      explanation: `focal: only one body region is affected (${regionName(only)})`,
    };
  }

  const others = sorted.filter((id) => id !== 'trunk');
  if (affected.has('trunk') && others.length >= 2) {
    const withLegs = affected.has('leg_L') || affected.has('leg_R');
    return {
      distribution: 'generalized',
      regions: sorted,
      withLegs,
      explanation:
        `generalized: back and belly (trunk) plus ${others.length} other regions ` +
        `(${listNames(others)}), ${withLegs ? 'with' : 'without'} the legs`,
    };
  }

  for (const side of sides) {
    const other = opposite[side];
    if (
      affected.has(`arm_${side}`) &&
      affected.has(`leg_${side}`) &&
      !affected.has(`arm_${other}`) &&
      !affected.has(`leg_${other}`) &&
      !affected.has('trunk')
    ) {
      return {
        distribution: 'hemidystonia',
        regions: sorted,
        side,
        explanation:
          `hemidystonia: ${listNames(sorted)} are affected, with arm and leg on the ` +
          `${sideWord[side]} side only`,
      };
    }
  }

  const groups = connectedGroups(sorted, options);
  if (groups.length === 1) {
    return {
      distribution: 'segmental',
      regions: sorted,
      explanation: `segmental: ${listNames(sorted)} are next to each other`,
    };
  }
  return {
    distribution: 'multifocal',
    regions: sorted,
    explanation:
      `multifocal: ${groups.map((group) => listNames(group)).join(' / ')} ` +
      'are not next to each other',
  };
}
