import { describe, expect, it } from 'vitest';
import {
  acquiredCauses,
  causeClasses,
  type Etiology,
  inheritancePatterns,
  nervousSystemPathologies,
} from './etiology.ts';

describe('Axis II etiology (REFERENCE §1.2)', () => {
  it('lists the consensus categories, including perinatal brain injury', () => {
    expect(nervousSystemPathologies).toEqual(['degeneration', 'structural_lesion', 'neither']);
    expect(causeClasses).toEqual(['inherited', 'acquired', 'idiopathic']);
    expect(inheritancePatterns).toContain('mitochondrial');
    expect(acquiredCauses).toContain('perinatal_brain_injury');
    expect(acquiredCauses).toHaveLength(8);
  });

  it('keeps inheritance only on inherited causes', () => {
    const etiology: Etiology = {
      pathology: 'neither',
      genetics: [],
      causeClass: 'inherited',
      inheritance: 'autosomal_dominant',
    };
    expect(etiology.causeClass === 'inherited' && etiology.inheritance).toBe('autosomal_dominant');
  });
});
