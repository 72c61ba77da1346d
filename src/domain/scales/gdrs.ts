/** Global Dystonia Rating Scale (Comella 2003): 14 body areas, each 0–10 (REFERENCE §3.9). */
import { fineRegionIds, fineRegions } from '../regions.ts';
import { numericRating } from './answer-options.ts';
import type { ScaleDefinition } from './scale-definition.ts';

export const gdrs: ScaleDefinition = {
  id: 'gdrs',
  version: '1',
  name: 'GDRS',
  title: 'Global Dystonia Rating Scale',
  purpose: 'Dystonia severity in 14 body areas',
  rater: 'clinician',
  sections: [{ id: 'areas', title: 'Body areas (0 none, 10 most severe)' }],
  // The 14 areas are Tonus's fine body regions, so a GDRS and a body map line up one to one.
  items: fineRegionIds.map((id) => ({
    id,
    text: `${fineRegions[id].label} (${fineRegions[id].clinicalTerm})`,
    section: 'areas',
    options: numericRating(10, 'none', 'most severe'),
    evidence: 'S' as const,
  })),
  total: {
    id: 'total',
    label: 'GDRS total',
    expression: { op: 'sum', of: fineRegionIds.map((id) => ({ op: 'item', item: id })) },
    range: { min: 0, max: 140 },
    higherIsWorse: true,
    evidence: 'NV',
  },
  subscales: [],
  licence: {
    status: 'not_verified',
    note: 'Licence not verified (same group as the UDRS, which the MDS licenses).',
  },
  source: 'Comella CL et al. Mov Disord 2003;18:303–312 (REFERENCE §3.9).',
  evidence: 'S',
  notes: [
    '0–10 per area is verified; the 14 area names as printed and the 0–140 total (derived) ' +
      'are not.',
  ],
};
