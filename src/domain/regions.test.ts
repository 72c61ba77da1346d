import { describe, expect, it } from 'vitest';
import { adjacencyGraph, areAdjacent, connectedGroups } from './adjacency.ts';
import {
  classificationRegionIds,
  classificationRegions,
  fineRegionIds,
  fineRegions,
  fineRegionsOf,
  isClassificationRegionId,
  isFineRegionId,
  regionDisplayLabel,
  toClassificationRegion,
} from './regions.ts';

describe('body regions', () => {
  it('has the 14 fine rating regions and 9 classification regions', () => {
    expect(fineRegionIds).toHaveLength(14);
    expect(classificationRegionIds).toHaveLength(9);
    for (const id of fineRegionIds) expect(fineRegions[id].id).toBe(id);
    for (const id of classificationRegionIds) expect(classificationRegions[id].id).toBe(id);
  });

  it('maps fine regions to classification regions as in REFERENCE §2.1', () => {
    expect(toClassificationRegion('upper_face')).toBe('cranial_upper');
    expect(toClassificationRegion('lower_face')).toBe('cranial_lower');
    expect(toClassificationRegion('jaw_tongue')).toBe('cranial_lower');
    expect(toClassificationRegion('larynx')).toBe('larynx');
    expect(toClassificationRegion('arm_prox_L')).toBe('arm_L');
    expect(toClassificationRegion('arm_dist_R')).toBe('arm_R');
    expect(toClassificationRegion('leg_dist_L')).toBe('leg_L');
    expect(toClassificationRegion('leg_prox_R')).toBe('leg_R');
    expect(toClassificationRegion('arm_L')).toBe('arm_L');
    expect(fineRegionsOf('cranial_lower')).toEqual(['lower_face', 'jaw_tongue']);
    expect(fineRegionsOf('leg_R')).toEqual(['leg_prox_R', 'leg_dist_R']);
    for (const id of classificationRegionIds) expect(fineRegionsOf(id).length).toBeGreaterThan(0);
  });

  it('keeps limb sides consistent between the two levels', () => {
    for (const id of fineRegionIds) {
      const fine = fineRegions[id];
      expect(classificationRegions[fine.classificationRegion].side).toBe(fine.side);
    }
  });

  it('gives plain labels with the clinical term beside them', () => {
    expect(regionDisplayLabel(fineRegions.larynx)).toBe('Voice box (larynx)');
    expect(regionDisplayLabel(classificationRegions.arm_R)).toBe('Right arm (right upper limb)');
  });

  it('tells fine ids from classification ids', () => {
    expect(isFineRegionId('arm_dist_L')).toBe(true);
    expect(isFineRegionId('arm_L')).toBe(false);
    expect(isClassificationRegionId('arm_L')).toBe(true);
    expect(isClassificationRegionId('arm_dist_L')).toBe(false);
  });
});

describe('adjacency graph (REFERENCE §2.2)', () => {
  it('matches the strict table, symmetric', () => {
    const graph = adjacencyGraph();
    expect([...graph.neck].sort()).toEqual(['arm_L', 'arm_R', 'cranial_lower', 'larynx', 'trunk']);
    expect([...graph.trunk].sort()).toEqual(['arm_L', 'arm_R', 'leg_L', 'leg_R', 'neck']);
    expect([...graph.cranial_upper]).toEqual(['cranial_lower']);
    expect([...graph.leg_L].sort()).toEqual(['leg_R', 'trunk']);
    for (const a of classificationRegionIds) {
      for (const b of graph[a]) expect(graph[b].has(a)).toBe(true);
    }
  });

  it('applies the two documented options', () => {
    expect(areAdjacent('arm_L', 'arm_R')).toBe(true);
    expect(areAdjacent('arm_L', 'arm_R', { bilateralLimbsSegmental: false })).toBe(false);
    expect(areAdjacent('cranial_upper', 'neck')).toBe(false);
    expect(areAdjacent('neck', 'cranial_upper', { craniocervicalAsSegment: true })).toBe(true);
  });

  it('splits regions into touching groups', () => {
    expect(connectedGroups(['leg_R', 'cranial_upper', 'trunk', 'cranial_lower'])).toEqual([
      ['trunk', 'leg_R'],
      ['cranial_upper', 'cranial_lower'],
    ]);
    expect(connectedGroups([])).toEqual([]);
  });
});
