import { describe, expect, it } from 'vitest';
import type { Medication } from '../../store/medications.ts';
import { medicationChanges } from './alerts.ts';

function course(values: Partial<Medication> & Pick<Medication, 'name' | 'startedOn'>): Medication {
  return {
    id: `${values.name}-${values.startedOn}`,
    patientId: 'p',
    dose: null,
    unit: null,
    frequency: null,
    stoppedOn: null,
    whyStopped: null,
    indication: null,
    dopamineBlocker: false,
    note: null,
    createdAt: new Date(0),
    updatedAt: new Date(0),
    recordedBy: null,
    ...values,
  };
}

describe('medicationChanges', () => {
  it('turns a course into started and stopped', () => {
    expect(
      medicationChanges([
        course({ name: 'Baclofen', startedOn: '2026-01-01', stoppedOn: '2026-02-01' }),
      ]),
    ).toEqual([
      { date: '2026-01-01', drug: 'Baclofen', change: 'started' },
      { date: '2026-02-01', drug: 'Baclofen', change: 'stopped' },
    ]);
  });

  it('reads a course that follows another of the same medicine as a dose change, not a stop', () => {
    const courses = [
      course({
        name: 'Trihexyphenidyl',
        dose: 2,
        unit: 'mg',
        startedOn: '2026-01-01',
        stoppedOn: '2026-01-31',
      }),
      course({
        name: 'trihexyphenidyl ',
        dose: 4,
        unit: 'mg',
        startedOn: '2026-02-01',
        stoppedOn: '2026-03-01',
      }),
      course({ name: 'Trihexyphenidyl', dose: 3, unit: 'mg', startedOn: '2026-03-01' }),
    ];
    expect(medicationChanges(courses)).toEqual([
      { date: '2026-01-01', drug: 'Trihexyphenidyl', change: 'started' },
      { date: '2026-02-01', drug: 'trihexyphenidyl ', change: 'increased' },
      { date: '2026-03-01', drug: 'Trihexyphenidyl', change: 'decreased' },
    ]);
  });

  it('does not compare doses in different units, and a gap of two days is a new start', () => {
    const courses = [
      course({
        name: 'Levodopa',
        dose: 100,
        unit: 'mg',
        startedOn: '2026-01-01',
        stoppedOn: '2026-01-10',
      }),
      course({
        name: 'Levodopa',
        dose: 2,
        unit: 'tablet',
        startedOn: '2026-01-11',
        stoppedOn: '2026-01-20',
      }),
      course({ name: 'Levodopa', dose: 300, unit: 'mg', startedOn: '2026-01-22' }),
    ];
    expect(medicationChanges(courses).map((c) => [c.date, c.change])).toEqual([
      ['2026-01-01', 'started'],
      ['2026-01-11', 'started'],
      ['2026-01-20', 'stopped'],
      ['2026-01-22', 'started'],
    ]);
  });

  it('passes the dopamine-blocker mark on', () => {
    expect(
      medicationChanges([
        course({ name: 'Newdrug', startedOn: '2026-01-01', dopamineBlocker: true }),
      ]),
    ).toEqual([{ date: '2026-01-01', drug: 'Newdrug', change: 'started', dopamineBlocker: true }]);
  });
});
