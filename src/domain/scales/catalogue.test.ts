import { describe, expect, it } from 'vitest';
import { scaleIds, scales } from './catalogue.ts';
import type { ScaleDefinition, ScoreDefinition } from './scale-definition.ts';
import { expressionRange } from './score-range.ts';

const allScales: ScaleDefinition[] = Object.values(scales);

function namedScores(scale: ScaleDefinition): ScoreDefinition[] {
  return [scale.total, ...scale.subscales, ...(scale.parts ?? [])];
}

describe('scale catalogue', () => {
  it('lists the scales by their fixed ids', () => {
    expect(scaleIds).toEqual([
      'twstrs',
      'tsui',
      'bfmdrs',
      'gdrs',
      'jrs',
      'bsdi',
      'adds',
      'vhi',
      'vhi10',
      'phq9',
      'gad7',
      'daily',
    ]);
    for (const id of scaleIds) expect(scales[id].id).toBe(id);
  });

  it.each(allScales.map((scale) => [scale.id, scale] as const))(
    '%s: declared ranges match what the items and formulas allow',
    (_, scale) => {
      for (const score of namedScores(scale)) {
        expect(expressionRange(score.expression, scale), `${scale.id}.${score.id}`).toEqual(
          score.range,
        );
      }
    },
  );

  it.each(allScales.map((scale) => [scale.id, scale] as const))(
    '%s: ids are unique snake_case, items sit in declared sections, options are distinct',
    (_, scale) => {
      const itemIds = scale.items.map((item) => item.id);
      expect(new Set(itemIds).size).toBe(itemIds.length);
      const scoreIds = namedScores(scale).map((score) => score.id);
      expect(new Set(scoreIds).size).toBe(scoreIds.length);
      const sectionIds = new Set(scale.sections.map((section) => section.id));
      for (const item of scale.items) {
        expect(item.id).toMatch(/^[a-z][a-z0-9]*(_[a-zA-Z0-9]+)*$/);
        expect(sectionIds.has(item.section), `${scale.id}.${item.id}`).toBe(true);
        const values = item.options.map((option) => option.value);
        expect(new Set(values).size).toBe(values.length);
        expect(item.options.every((option) => option.label.length > 0)).toBe(true);
      }
      expect(scale.licence.note.length).toBeGreaterThan(0);
      expect(scale.source.length).toBeGreaterThan(0);
    },
  );

  it('bands cover the whole total range without gaps or overlaps', () => {
    for (const scale of allScales) {
      const bands = scale.total.bands ?? [];
      if (bands.length === 0) continue;
      expect(bands[0]?.min).toBe(scale.total.range.min);
      expect(bands.at(-1)?.max).toBe(scale.total.range.max);
      for (let i = 1; i < bands.length; i++) {
        expect(bands[i]?.min).toBe((bands[i - 1]?.max ?? Number.NaN) + 1);
      }
    }
  });

  it('carries the REFERENCE totals and LOINC codes', () => {
    expect(scales.twstrs.total.range).toEqual({ min: 0, max: 85 });
    expect(scales.bfmdrs.subscales.map((s) => [s.id, s.range.max])).toEqual([
      ['movement', 120],
      ['disability', 30],
    ]);
    expect(scales.tsui.total.range.max).toBe(25);
    expect(scales.phq9.total.loinc).toBe('44261-6');
    expect(scales.phq9.loincPanel).toBe('44249-1');
    expect(scales.phq9.items.find((item) => item.id === 'q9')?.loinc).toBe('44260-8');
    expect(scales.gad7.total.loinc).toBe('70274-6');
    expect(scales.gad7.loincPanel).toBe('69737-5');
    expect(scales.phq9.licence.copyright).toMatch(/Pfizer/);
  });

  it('flags what REFERENCE marks unverified', () => {
    expect(scales.twstrs.parts?.find((part) => part.id === 'pain_severity')?.evidence).toBe('NV');
    expect(scales.tsui.evidence).toBe('NV');
    expect(scales.bsdi.total.evidence).toBe('NV');
    expect(scales.gdrs.total.evidence).toBe('NV');
    expect(scales.bfmdrs.items.find((item) => item.id === 'walking')?.evidence).toBe('NV');
  });
});

describe('expressionRange', () => {
  const scale: ScaleDefinition = {
    ...scales.jrs,
    parts: [
      {
        id: 'signed',
        label: 'signed product',
        expression: {
          op: 'product',
          of: [
            { op: 'item', item: 'severity', weight: -1 },
            { op: 'item', item: 'frequency' },
          ],
        },
        range: { min: -16, max: 0 },
        higherIsWorse: true,
      },
    ],
  };

  it('handles negative weights', () => {
    const signed = scale.parts?.[0];
    expect(signed && expressionRange(signed.expression, scale)).toEqual({ min: -16, max: 0 });
  });

  it('rejects references to unknown items and scores', () => {
    expect(() => expressionRange({ op: 'item', item: 'nope' }, scale)).toThrow(
      'JRS definition refers to an unknown item "nope".',
    );
    expect(() => expressionRange({ op: 'score', id: 'nope' }, scale)).toThrow(
      'JRS definition refers to an unknown score "nope".',
    );
    expect(() => expressionRange({ op: 'by_item', item: 'nope', cases: {} }, scale)).toThrow(
      /unknown item "nope"/,
    );
  });
});
