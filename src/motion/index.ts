/**
 * Tonus motion: pure numeric code from face-mesh and body landmarks to clinical measurements.
 * No I/O; runs the same in the browser and in Node.
 */
export * from './blinks.ts';
export * from './eye-openness.ts';
export * from './face-mesh-points.ts';
export * from './frame-measurement.ts';
export * from './head-angles.ts';
export * from './head-pose.ts';
export * from './jrs-estimate.ts';
export * from './posture-summary.ts';
export * from './reference-face.ts';
export * from './rigid-fit.ts';
export * from './shoulder-line.ts';
export * from './steady-shoulders.ts';
export * from './tremor-spectrum.ts';
export * from './twstrs-estimate.ts';
export * from './uniform-series.ts';
export * from './video-analysis.ts';
export * from './welch-spectrum.ts';
