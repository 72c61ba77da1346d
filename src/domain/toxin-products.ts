/**
 * Botulinum toxin products (REFERENCE §4.2). Products are not interchangeable and units of one
 * never convert to another, so nothing here offers a conversion.
 */
import type { EvidenceTag } from './evidence.ts';

export interface DoseReference {
  /** Units above which Tonus warns, for cervical dystonia. */
  units: number;
  /** Where the number comes from, in words shown with the warning. */
  basis: string;
  evidence: EvidenceTag;
}

export interface ToxinProduct {
  /** International non-proprietary name. */
  id:
    | 'onabotulinumtoxinA'
    | 'abobotulinumtoxinA'
    | 'incobotulinumtoxinA'
    | 'rimabotulinumtoxinB'
    | 'daxibotulinumtoxinA';
  brands: readonly string[];
  serotype: 'A' | 'B';
  /** Dose for one cervical dystonia session above which Tonus warns. */
  cervicalDystoniaMaximum: DoseReference;
}

export const toxinProducts: readonly ToxinProduct[] = [
  {
    id: 'onabotulinumtoxinA',
    brands: ['Botox'],
    serotype: 'A',
    cervicalDystoniaMaximum: {
      units: 400,
      basis:
        'label cumulative adult maximum per 3 months as commonly cited (REFERENCE §4.2 gives ' +
        'only the pivotal median 236 U, 198–300 U)',
      evidence: 'NV',
    },
  },
  {
    id: 'abobotulinumtoxinA',
    brands: ['Dysport'],
    serotype: 'A',
    cervicalDystoniaMaximum: {
      units: 1000,
      basis: 'label maximum as commonly cited (REFERENCE §4.2: start 500 U, limits not verified)',
      evidence: 'NV',
    },
  },
  {
    id: 'incobotulinumtoxinA',
    brands: ['Xeomin'],
    serotype: 'A',
    cervicalDystoniaMaximum: {
      units: 240,
      basis:
        'highest dose tested in the pivotal trial (120 U and 240 U); no label maximum verified',
      evidence: 'NV',
    },
  },
  {
    id: 'rimabotulinumtoxinB',
    brands: ['Myobloc', 'NeuroBloc'],
    serotype: 'B',
    cervicalDystoniaMaximum: {
      units: 5000,
      basis: "upper end of the label's recommended dose, 2,500–5,000 U",
      evidence: 'V',
    },
  },
  {
    id: 'daxibotulinumtoxinA',
    brands: ['Daxxify'],
    serotype: 'A',
    cervicalDystoniaMaximum: {
      units: 250,
      basis: 'upper end of the label range 125–250 U',
      evidence: 'NV',
    },
  },
];

/**
 * Finds a product by INN or brand, ignoring case and surrounding spaces; `undefined` when the
 * name is not one Tonus knows (such a product gets no dose warning, and still no conversion).
 */
export function findToxinProduct(name: string): ToxinProduct | undefined {
  const wanted = name.trim().toLowerCase();
  return toxinProducts.find(
    (product) =>
      product.id.toLowerCase() === wanted ||
      product.brands.some((brand) => brand.toLowerCase() === wanted),
  );
}
