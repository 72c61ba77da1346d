import { medianSampleRateHz, uniformSegments } from './uniform-series.ts';
import { welchSpectrum } from './welch-spectrum.ts';

export type HeadAxis = 'yaw' | 'pitch' | 'roll';

/** Angle series of one axis with frame times; null values are gaps. */
export interface AngleSeries {
  timesSec: readonly number[];
  yaw: readonly (number | null)[];
  pitch: readonly (number | null)[];
  roll: readonly (number | null)[];
}

export interface AxisTremorSpectrum {
  axis: HeadAxis;
  frequenciesHz: number[];
  psdDeg2PerHz: number[];
  /** Highest local maximum in the band, Hz (interpolated between bins). */
  peakHz: number | null;
  peakPsdDeg2PerHz: number | null;
  /** Median PSD in the band: the noise floor. */
  floorDeg2PerHz: number | null;
  peakToFloor: number | null;
  /** Amplitude of a sinusoid with the power found under the peak, degrees. */
  amplitudeDeg: number | null;
}

export interface HeadTremor {
  /** An estimate: a clear spectral peak above the noise floor on at least one axis. */
  detected: boolean;
  peakHz: number | null;
  /** PSD at the peak, deg²/Hz. */
  powerDeg2PerHz: number | null;
  amplitudeDeg: number | null;
  axis: HeadAxis | null;
  /** yaw = "no-no", pitch = "yes-yes", roll = side-to-side tilt. */
  pattern: 'no-no' | 'yes-yes' | 'tilt' | null;
  peakToFloor: number | null;
  /** Searched band: from 0.5 Hz up to the Nyquist limit of the video's frame rate. */
  bandHz: [number, number] | null;
  sampleRateHz: number | null;
  /** Seconds of gap-free angle series that went into the spectrum. */
  analysedSec: number;
  spectra: AxisTremorSpectrum[];
  /** Why there is no result, when there is none. */
  note: string | null;
}

/** Head tremor below 0.5 Hz cannot be told apart from slow posture change. */
export const lowestTremorHz = 0.5;
/** Welch segment length: 4 s gives 0.25 Hz independent resolution (peak interpolated finer). */
export const tremorSegmentSec = 4;
/** A tremor peak must stand this far above the median of the band (10 dB). */
export const minimumPeakToFloor = 10;
/** And carry at least this amplitude; below it the mesh's own jitter dominates. */
export const minimumTremorAmplitudeDeg = 0.5;

/**
 * Head tremor from the angle series: each axis is resampled to a uniform grid at the video's
 * median frame rate (gaps split the series, never filled), detrended per Welch segment, and its
 * spectrum searched from 0.5 Hz to the Nyquist limit. The usual cervical-dystonia head tremor is
 * around 2 Hz, so the band deliberately starts well below it.
 */
export function headTremor(series: AngleSeries, options: { maxGapSec?: number } = {}): HeadTremor {
  const none = (note: string, extra: Partial<HeadTremor> = {}): HeadTremor => ({
    detected: false,
    peakHz: null,
    powerDeg2PerHz: null,
    amplitudeDeg: null,
    axis: null,
    pattern: null,
    peakToFloor: null,
    bandHz: null,
    sampleRateHz: null,
    analysedSec: 0,
    spectra: [],
    note,
    ...extra,
  });
  const rate = medianSampleRateHz(series.timesSec);
  if (rate === null) return none('too few frames for a spectrum');
  // Missing values (null) always split the series; a longer step between two measured frames
  // is bridged only up to this (default: a dropped frame or two).
  const maxGapSec = options.maxGapSec ?? 2.5 / rate;
  const nyquist = rate / 2;
  const spectra: AxisTremorSpectrum[] = [];
  let analysedSec = 0;
  for (const axis of ['yaw', 'pitch', 'roll'] as const) {
    const segments = uniformSegments(series.timesSec, series[axis], rate, maxGapSec).map(
      (s) => s.values,
    );
    const longest = Math.max(0, ...segments.map((s) => s.length));
    // 4 s segments when the clip allows, else the longest gap-free stretch (at least 2 s).
    const segmentLength = Math.min(Math.round(tremorSegmentSec * rate), longest);
    if (segmentLength < 2 * rate) continue;
    const spectrum = welchSpectrum(segments, rate, segmentLength);
    if (!spectrum) continue;
    if (axis === 'yaw') {
      analysedSec = segments
        .filter((s) => s.length >= segmentLength)
        .reduce((sum, s) => sum + s.length / rate, 0);
    }
    spectra.push(
      axisPeak(
        axis,
        spectrum.frequenciesHz,
        spectrum.psd,
        spectrum.resolutionHz,
        spectrum.binHz,
        nyquist,
      ),
    );
  }
  const band: [number, number] = [lowestTremorHz, nyquist];
  if (spectra.length === 0) {
    return none('no gap-free stretch of at least 2 s with a face', {
      sampleRateHz: rate,
      bandHz: band,
    });
  }
  let best: AxisTremorSpectrum | null = null;
  for (const s of spectra) {
    const qualifies =
      s.peakToFloor !== null &&
      s.peakToFloor >= minimumPeakToFloor &&
      (s.amplitudeDeg ?? 0) >= minimumTremorAmplitudeDeg;
    if (qualifies && (best === null || (s.amplitudeDeg ?? 0) > (best.amplitudeDeg ?? 0))) best = s;
  }
  const strongest =
    best ?? spectra.reduce((a, b) => ((b.peakToFloor ?? 0) > (a.peakToFloor ?? 0) ? b : a));
  return {
    detected: best !== null,
    peakHz: best ? best.peakHz : null,
    powerDeg2PerHz: best ? best.peakPsdDeg2PerHz : null,
    amplitudeDeg: best ? best.amplitudeDeg : null,
    axis: best ? best.axis : null,
    pattern: best ? ({ yaw: 'no-no', pitch: 'yes-yes', roll: 'tilt' } as const)[best.axis] : null,
    peakToFloor: strongest.peakToFloor,
    bandHz: band,
    sampleRateHz: rate,
    analysedSec,
    spectra,
    note: best ? null : 'no spectral peak clearly above the noise floor',
  };
}

function axisPeak(
  axis: HeadAxis,
  frequencies: Float64Array,
  psd: Float64Array,
  resolutionHz: number,
  binHz: number,
  nyquist: number,
): AxisTremorSpectrum {
  const inBand: number[] = [];
  for (let k = 0; k < frequencies.length; k++) {
    const f = frequencies[k] ?? 0;
    if (f >= lowestTremorHz && f <= nyquist) inBand.push(k);
  }
  const bandValues = inBand.map((k) => psd[k] ?? 0).sort((a, b) => a - b);
  const floor = bandValues.length ? (bandValues[Math.floor(bandValues.length / 2)] ?? 0) : 0;
  // The highest bin that is a true local maximum: a spectrum still falling at 0.5 Hz is drift.
  let peak = -1;
  for (const k of inBand) {
    const here = psd[k] ?? 0;
    const isMaximum = here > (psd[k - 1] ?? Number.POSITIVE_INFINITY) && here >= (psd[k + 1] ?? 0);
    if (isMaximum && (peak < 0 || here > (psd[peak] ?? 0))) peak = k;
  }
  const base = {
    axis,
    frequenciesHz: Array.from(frequencies),
    psdDeg2PerHz: Array.from(psd),
  };
  if (peak < 0) {
    return {
      ...base,
      peakHz: null,
      peakPsdDeg2PerHz: null,
      floorDeg2PerHz: floor,
      peakToFloor: null,
      amplitudeDeg: null,
    };
  }
  // Parabola through the log-PSD of the three bins around the peak (a Hann main lobe is close to
  // Gaussian, so this is nearly exact for a pure tone).
  const a = Math.log(Math.max(psd[peak - 1] ?? 0, 1e-300));
  const b = Math.log(Math.max(psd[peak] ?? 0, 1e-300));
  const c = Math.log(Math.max(psd[peak + 1] ?? psd[peak - 1] ?? 0, 1e-300));
  const denominator = a - 2 * b + c;
  const offset = denominator < 0 ? (0.5 * (a - c)) / denominator : 0;
  const peakHz = (peak + Math.max(-0.5, Math.min(0.5, offset))) * binHz;
  // Power under the Hann main lobe (±2 independent bins) gives the amplitude of the tone.
  let power = 0;
  const halfWidth = 2 * resolutionHz;
  for (let k = 0; k < frequencies.length; k++) {
    if (Math.abs((frequencies[k] ?? 0) - peakHz) <= halfWidth) power += (psd[k] ?? 0) * binHz;
  }
  const peakPsd = psd[peak] ?? 0;
  return {
    ...base,
    peakHz,
    peakPsdDeg2PerHz: peakPsd,
    floorDeg2PerHz: floor,
    peakToFloor: floor > 0 ? peakPsd / floor : Number.POSITIVE_INFINITY,
    amplitudeDeg: Math.sqrt(2 * power),
  };
}
