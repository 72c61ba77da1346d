import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyDistribution } from './classify-distribution.ts';
import { classificationRegionIds, fineRegionIds } from './regions.ts';

const allIds = [...fineRegionIds, ...classificationRegionIds];

describe('classifyDistribution: verified anchors (REFERENCE §2.3)', () => {
  it('blepharospasm plus lower face/jaw/tongue is segmental (cranial, Meige)', () => {
    expect(classifyDistribution(['upper_face', 'lower_face']).distribution).toBe('segmental');
    expect(classifyDistribution(['upper_face', 'jaw_tongue']).distribution).toBe('segmental');
    expect(classifyDistribution(['cranial_upper', 'cranial_lower']).distribution).toBe('segmental');
  });

  it('cervical plus arm is segmental', () => {
    const result = classifyDistribution(['neck', 'arm_dist_R']);
    expect(result.distribution).toBe('segmental');
    expect(result.explanation).toBe('segmental: neck and right arm are next to each other');
    expect(classifyDistribution(['neck', 'arm_prox_L']).distribution).toBe('segmental');
  });

  it("blepharospasm plus writer's cramp is multifocal", () => {
    const result = classifyDistribution(['upper_face', 'arm_dist_R']);
    expect(result.distribution).toBe('multifocal');
    expect(result.explanation).toBe(
      'multifocal: eyes and brow / right arm are not next to each other',
    );
  });

  it('trunk plus two other sites is generalized, with or without legs', () => {
    const withoutLegs = classifyDistribution(['trunk', 'neck', 'arm_R']);
    expect(withoutLegs).toMatchObject({ distribution: 'generalized', withLegs: false });
    expect(withoutLegs.explanation).toBe(
      'generalized: back and belly (trunk) plus 2 other regions (neck and right arm), without the legs',
    );
    const withLegs = classifyDistribution(['trunk', 'leg_dist_L', 'leg_prox_R', 'upper_face']);
    expect(withLegs).toMatchObject({ distribution: 'generalized', withLegs: true });
    expect(withLegs.explanation).toContain(
      '3 other regions (eyes and brow, left leg and right leg)',
    );
    expect(classifyDistribution(['trunk', 'leg_R', 'neck']).withLegs).toBe(true);
  });

  it('ipsilateral arm plus leg is hemidystonia', () => {
    expect(classifyDistribution(['arm_dist_R', 'leg_dist_R'])).toMatchObject({
      distribution: 'hemidystonia',
      side: 'R',
    });
    const left = classifyDistribution(['arm_L', 'leg_L', 'lower_face', 'neck']);
    expect(left).toMatchObject({ distribution: 'hemidystonia', side: 'L' });
    expect(left.explanation).toBe(
      'hemidystonia: mouth, jaw and tongue, neck, left arm and left leg are affected, with arm and leg on the left side only',
    );
  });
});

describe('classifyDistribution: the rest of the §2.4 rule', () => {
  it('returns none for no regions', () => {
    expect(classifyDistribution([])).toEqual({
      distribution: 'none',
      regions: [],
      explanation: 'none: no affected body regions',
    });
  });

  it('one region is focal, even when several fine regions fall into it', () => {
    expect(classifyDistribution(['neck'])).toEqual({
      distribution: 'focal',
      regions: ['neck'],
      explanation: 'focal: only one body region is affected (neck)',
    });
    expect(classifyDistribution(['arm_prox_R', 'arm_dist_R'])).toMatchObject({
      distribution: 'focal',
      regions: ['arm_R'],
      side: 'R',
    });
    expect(classifyDistribution(['lower_face', 'jaw_tongue']).side).toBeUndefined();
  });

  it('trunk plus only one other site is not generalized', () => {
    expect(classifyDistribution(['trunk', 'neck']).distribution).toBe('segmental');
    expect(classifyDistribution(['trunk', 'upper_face']).distribution).toBe('multifocal');
  });

  it('arm and leg on one side with the other arm is not hemidystonia', () => {
    expect(classifyDistribution(['arm_R', 'leg_R', 'arm_L']).distribution).toBe('multifocal');
    expect(classifyDistribution(['arm_R', 'leg_R', 'leg_L']).distribution).toBe('multifocal');
  });

  it('three contiguous regions are segmental under the fixed rule', () => {
    expect(classifyDistribution(['upper_face', 'jaw_tongue', 'larynx']).distribution).toBe(
      'segmental',
    );
  });

  it('both arms are segmental by default (brachial) and multifocal without that convention', () => {
    expect(classifyDistribution(['arm_dist_L', 'arm_dist_R']).distribution).toBe('segmental');
    expect(
      classifyDistribution(['arm_dist_L', 'arm_dist_R'], { bilateralLimbsSegmental: false })
        .distribution,
    ).toBe('multifocal');
    expect(classifyDistribution(['leg_L', 'leg_R']).distribution).toBe('segmental');
    expect(
      classifyDistribution(['leg_L', 'leg_R'], { bilateralLimbsSegmental: false }).distribution,
    ).toBe('multifocal');
  });

  it('blepharospasm plus cervical dystonia is multifocal unless craniocervical is a segment', () => {
    expect(classifyDistribution(['upper_face', 'neck']).distribution).toBe('multifocal');
    expect(
      classifyDistribution(['upper_face', 'neck'], { craniocervicalAsSegment: true }).distribution,
    ).toBe('segmental');
  });

  it('rejects an unknown region id with a message listing the valid ids', () => {
    expect(() => classifyDistribution(['neck', 'elbow'])).toThrow(/Unknown body region "elbow"/);
    expect(() => classifyDistribution(['hand'])).toThrow(/arm_dist_R.*cranial_upper/s);
  });
});

describe('classifyDistribution: properties', () => {
  const regionList = fc.array(fc.constantFrom(...allIds), { maxLength: 20 });
  const options = fc.record({
    craniocervicalAsSegment: fc.boolean(),
    bilateralLimbsSegmental: fc.boolean(),
  });

  it('does not depend on input order or duplicates', () => {
    fc.assert(
      fc.property(regionList, fc.integer(), options, (regions, seed, opts) => {
        const shuffled = [...regions, ...regions.slice(0, 3)]
          .map((id, index) => ({ id, key: Math.sin(seed + index) }))
          .sort((a, b) => a.key - b.key)
          .map(({ id }) => id);
        expect(classifyDistribution(shuffled, opts)).toEqual(classifyDistribution(regions, opts));
      }),
    );
  });

  it('adding a region never turns generalized into focal (or anything but generalized)', () => {
    fc.assert(
      fc.property(regionList, fc.constantFrom(...allIds), options, (regions, extra, opts) => {
        fc.pre(classifyDistribution(regions, opts).distribution === 'generalized');
        expect(classifyDistribution([...regions, extra], opts).distribution).toBe('generalized');
      }),
    );
  });

  it('the class matches the number of affected regions', () => {
    fc.assert(
      fc.property(regionList, options, (regions, opts) => {
        const result = classifyDistribution(regions, opts);
        if (result.regions.length === 0) expect(result.distribution).toBe('none');
        else if (result.regions.length === 1) expect(result.distribution).toBe('focal');
        else expect(['none', 'focal']).not.toContain(result.distribution);
      }),
    );
  });
});
