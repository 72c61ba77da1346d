/**
 * Body regions at two levels (REFERENCE §2.1–2.2).
 *
 * Fine regions are what a person taps on the body map and what the GDRS rates (14 areas);
 * classification regions are the coarser units that decide focal, segmental, multifocal,
 * hemidystonia or generalized. Left and right are always the person's own left and right,
 * never the viewer's.
 */
import type { EvidenceTag } from './evidence.ts';

export const fineRegionIds = [
  'upper_face',
  'lower_face',
  'jaw_tongue',
  'larynx',
  'neck',
  'trunk',
  'arm_prox_L',
  'arm_dist_L',
  'arm_prox_R',
  'arm_dist_R',
  'leg_prox_L',
  'leg_dist_L',
  'leg_prox_R',
  'leg_dist_R',
] as const;
export type FineRegionId = (typeof fineRegionIds)[number];

export const classificationRegionIds = [
  'cranial_upper',
  'cranial_lower',
  'larynx',
  'neck',
  'trunk',
  'arm_L',
  'arm_R',
  'leg_L',
  'leg_R',
] as const;
export type ClassificationRegionId = (typeof classificationRegionIds)[number];

export type RegionId = FineRegionId | ClassificationRegionId;

/** `L`/`R` for one-sided limb regions; `midline` for regions that are not lateralised here. */
export type BodySide = 'L' | 'R' | 'midline';

export interface RegionLabel {
  /** Everyday words, shown first. */
  label: string;
  /** The clinical term shown beside it where it helps. */
  clinicalTerm: string;
}

export interface FineRegion extends RegionLabel {
  id: FineRegionId;
  side: BodySide;
  classificationRegion: ClassificationRegionId;
  /** Named focal dystonia usually found in this region, if any. */
  namedFocalDystonia?: string;
  /** The area names follow the UDRS/GDRS layout as recalled; the printed form is unchecked. */
  evidence: EvidenceTag;
}

export interface ClassificationRegion extends RegionLabel {
  id: ClassificationRegionId;
  side: BodySide;
}

export const fineRegions: Readonly<Record<FineRegionId, FineRegion>> = {
  upper_face: {
    id: 'upper_face',
    label: 'Eyes, eyelids and brow',
    clinicalTerm: 'upper face',
    side: 'midline',
    classificationRegion: 'cranial_upper',
    namedFocalDystonia: 'blepharospasm',
    evidence: 'S',
  },
  lower_face: {
    id: 'lower_face',
    label: 'Lips and lower face',
    clinicalTerm: 'lower face, perioral',
    side: 'midline',
    classificationRegion: 'cranial_lower',
    evidence: 'S',
  },
  jaw_tongue: {
    id: 'jaw_tongue',
    label: 'Jaw and tongue',
    clinicalTerm: 'oromandibular',
    side: 'midline',
    classificationRegion: 'cranial_lower',
    namedFocalDystonia: 'oromandibular dystonia',
    evidence: 'S',
  },
  larynx: {
    id: 'larynx',
    label: 'Voice box',
    clinicalTerm: 'larynx',
    side: 'midline',
    classificationRegion: 'larynx',
    namedFocalDystonia: 'laryngeal dystonia (spasmodic dysphonia)',
    evidence: 'S',
  },
  neck: {
    id: 'neck',
    label: 'Neck, with shoulder lifting',
    clinicalTerm: 'cervical',
    side: 'midline',
    classificationRegion: 'neck',
    namedFocalDystonia: 'cervical dystonia (spasmodic torticollis)',
    evidence: 'S',
  },
  trunk: {
    id: 'trunk',
    label: 'Back and belly',
    clinicalTerm: 'trunk',
    side: 'midline',
    classificationRegion: 'trunk',
    namedFocalDystonia: 'truncal (axial) dystonia',
    evidence: 'S',
  },
  arm_prox_L: {
    id: 'arm_prox_L',
    label: 'Left shoulder and upper arm',
    clinicalTerm: 'left proximal arm',
    side: 'L',
    classificationRegion: 'arm_L',
    evidence: 'S',
  },
  arm_dist_L: {
    id: 'arm_dist_L',
    label: 'Left forearm, hand and fingers',
    clinicalTerm: 'left distal arm',
    side: 'L',
    classificationRegion: 'arm_L',
    namedFocalDystonia: "writer's cramp or other task-specific hand dystonia",
    evidence: 'S',
  },
  arm_prox_R: {
    id: 'arm_prox_R',
    label: 'Right shoulder and upper arm',
    clinicalTerm: 'right proximal arm',
    side: 'R',
    classificationRegion: 'arm_R',
    evidence: 'S',
  },
  arm_dist_R: {
    id: 'arm_dist_R',
    label: 'Right forearm, hand and fingers',
    clinicalTerm: 'right distal arm',
    side: 'R',
    classificationRegion: 'arm_R',
    namedFocalDystonia: "writer's cramp or other task-specific hand dystonia",
    evidence: 'S',
  },
  leg_prox_L: {
    id: 'leg_prox_L',
    label: 'Left hip and thigh',
    clinicalTerm: 'left proximal leg',
    side: 'L',
    classificationRegion: 'leg_L',
    evidence: 'S',
  },
  leg_dist_L: {
    id: 'leg_dist_L',
    label: 'Left lower leg, foot and toes',
    clinicalTerm: 'left distal leg',
    side: 'L',
    classificationRegion: 'leg_L',
    namedFocalDystonia: 'foot dystonia',
    evidence: 'S',
  },
  leg_prox_R: {
    id: 'leg_prox_R',
    label: 'Right hip and thigh',
    clinicalTerm: 'right proximal leg',
    side: 'R',
    classificationRegion: 'leg_R',
    evidence: 'S',
  },
  leg_dist_R: {
    id: 'leg_dist_R',
    label: 'Right lower leg, foot and toes',
    clinicalTerm: 'right distal leg',
    side: 'R',
    classificationRegion: 'leg_R',
    namedFocalDystonia: 'foot dystonia',
    evidence: 'S',
  },
};

export const classificationRegions: Readonly<Record<ClassificationRegionId, ClassificationRegion>> =
  {
    cranial_upper: {
      id: 'cranial_upper',
      label: 'Eyes and brow',
      clinicalTerm: 'upper cranial',
      side: 'midline',
    },
    cranial_lower: {
      id: 'cranial_lower',
      label: 'Mouth, jaw and tongue',
      clinicalTerm: 'lower cranial',
      side: 'midline',
    },
    larynx: { id: 'larynx', label: 'Voice box', clinicalTerm: 'larynx', side: 'midline' },
    neck: { id: 'neck', label: 'Neck', clinicalTerm: 'cervical', side: 'midline' },
    trunk: { id: 'trunk', label: 'Back and belly', clinicalTerm: 'trunk', side: 'midline' },
    arm_L: { id: 'arm_L', label: 'Left arm', clinicalTerm: 'left upper limb', side: 'L' },
    arm_R: { id: 'arm_R', label: 'Right arm', clinicalTerm: 'right upper limb', side: 'R' },
    leg_L: { id: 'leg_L', label: 'Left leg', clinicalTerm: 'left lower limb', side: 'L' },
    leg_R: { id: 'leg_R', label: 'Right leg', clinicalTerm: 'right lower limb', side: 'R' },
  };

/** "Eyes and brow (upper cranial)": everyday words first, the clinical term beside them. */
export function regionDisplayLabel(region: RegionLabel): string {
  return `${region.label} (${region.clinicalTerm})`;
}

const fineIdSet: ReadonlySet<string> = new Set(fineRegionIds);
const classificationIdSet: ReadonlySet<string> = new Set(classificationRegionIds);

export function isFineRegionId(id: string): id is FineRegionId {
  return fineIdSet.has(id);
}

export function isClassificationRegionId(id: string): id is ClassificationRegionId {
  return classificationIdSet.has(id);
}

/**
 * Maps a fine or classification region id to its classification region. `larynx`, `neck` and
 * `trunk` are ids at both levels and map to themselves.
 *
 * @throws Error naming the unknown id and listing every valid id.
 */
export function toClassificationRegion(id: string): ClassificationRegionId {
  if (isClassificationRegionId(id)) return id;
  if (isFineRegionId(id)) return fineRegions[id].classificationRegion;
  throw new Error(
    `Unknown body region "${id}". Valid fine regions: ${fineRegionIds.join(', ')}. ` +
      `Valid classification regions: ${classificationRegionIds.join(', ')}.`,
  );
}

/** Fine regions that roll up into a classification region, in body-map order. */
export function fineRegionsOf(region: ClassificationRegionId): FineRegionId[] {
  return fineRegionIds.filter((id) => fineRegions[id].classificationRegion === region);
}
