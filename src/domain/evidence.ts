/**
 * Evidence tags from the clinical reference (REFERENCE.md): every clinical fact the domain
 * carries says how well it was checked, so the UI can flag what a clinician still has to confirm.
 *
 * - `V`: verified against a primary source or two independent secondary sources.
 * - `S`: a single secondary source; plausible, check before relying on it.
 * - `NV`: not verified; orientation only, must be confirmed by a clinician.
 */
export type EvidenceTag = 'V' | 'S' | 'NV';
