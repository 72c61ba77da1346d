/**
 * Axis II of the 2013 consensus classification (REFERENCE §1.2): etiology. Categories are
 * verified; a gene result alone never sets a diagnosis.
 */

export const nervousSystemPathologies = ['degeneration', 'structural_lesion', 'neither'] as const;
export type NervousSystemPathology = (typeof nervousSystemPathologies)[number];

export const causeClasses = ['inherited', 'acquired', 'idiopathic'] as const;
export type CauseClass = (typeof causeClasses)[number];

export const inheritancePatterns = [
  'autosomal_dominant',
  'autosomal_recessive',
  'x_linked_recessive',
  'mitochondrial',
] as const;
export type InheritancePattern = (typeof inheritancePatterns)[number];

/** Acquired categories listed in the 2013 paper, including perinatal brain injury. */
export const acquiredCauses = [
  'perinatal_brain_injury',
  'infection',
  'drug',
  'toxic',
  'vascular',
  'neoplastic',
  'brain_injury',
  'psychogenic',
] as const;
export type AcquiredCause = (typeof acquiredCauses)[number];

export const idiopathicKinds = ['sporadic', 'familial'] as const;
export type IdiopathicKind = (typeof idiopathicKinds)[number];

export interface GeneticResult {
  /** HGNC symbol, e.g. TOR1A. */
  gene: string;
  /** HGVS description. */
  variant: string;
  zygosity: 'heterozygous' | 'homozygous' | 'hemizygous' | 'compound_heterozygous' | null;
  acmgClass: 'pathogenic' | 'likely_pathogenic' | 'uncertain' | 'likely_benign' | 'benign' | null;
  lab: string | null;
  date: string | null;
}

export type Etiology = {
  pathology: NervousSystemPathology | null;
  genetics: GeneticResult[];
} & (
  | { causeClass: 'inherited'; inheritance: InheritancePattern | null }
  | { causeClass: 'acquired'; acquiredCause: AcquiredCause | null }
  | { causeClass: 'idiopathic'; idiopathicKind: IdiopathicKind | null }
  | { causeClass: null }
);
