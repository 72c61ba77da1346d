import { describe, expect, it } from 'vitest';
import { spreadHistory } from './spread-events.ts';

describe('spreadHistory', () => {
  it('finds the onset region and each new region with its date, whatever the input order', () => {
    const history = spreadHistory([
      { date: '2021-06-01', regions: ['upper_face', 'jaw_tongue', 'neck'] },
      { date: '2019-03-10', regions: ['upper_face'] },
      { date: '2020-01-15', regions: ['upper_face', 'lower_face'] },
      { date: '2018-12-01', regions: [] },
    ]);
    expect(history).toEqual({
      onset: { date: '2019-03-10', regions: ['cranial_upper'] },
      spread: [
        { date: '2020-01-15', region: 'cranial_lower' },
        { date: '2021-06-01', region: 'neck' },
      ],
    });
  });

  it('does not count a region coming back as new spread', () => {
    const history = spreadHistory([
      { date: '2020-01-01', regions: ['arm_dist_R'] },
      { date: '2020-02-01', regions: [] },
      { date: '2020-03-01', regions: ['neck'] },
      { date: '2020-04-01', regions: ['arm_prox_R', 'neck'] },
    ]);
    expect(history.spread).toEqual([{ date: '2020-03-01', region: 'neck' }]);
  });

  it('returns no onset without observations', () => {
    expect(spreadHistory([])).toEqual({ onset: null, spread: [] });
  });

  it('rejects bad dates and unknown regions', () => {
    expect(() => spreadHistory([{ date: '2020-13-01', regions: ['neck'] }])).toThrow(
      'Invalid observation date',
    );
    expect(() => spreadHistory([{ date: '2020-01-01', regions: ['toe'] }])).toThrow(
      'Unknown body region "toe"',
    );
  });
});
