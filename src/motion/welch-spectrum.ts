import FFT from 'fft.js';

/** One-sided power spectral density. */
export interface PowerSpectrum {
  frequenciesHz: Float64Array;
  /** Power spectral density in (input unit)^2 per Hz. */
  psd: Float64Array;
  /** Spacing of independent frequencies (sample rate / segment length), Hz. */
  resolutionHz: number;
  /** Spacing of the returned (zero-padded) bins, Hz. */
  binHz: number;
  segmentCount: number;
}

/**
 * Welch's averaged periodogram (Hann window, 50 % overlap, linear detrend of each segment),
 * over several gap-free series sampled at the same rate. Segments are zero-padded to
 * `padFactor` times their length (next power of two) so a peak can be located between
 * independent frequencies. Uses fft.js rather than a hand-written transform.
 *
 * Scaling matches scipy.signal.welch(scaling='density'): the integral of the PSD over
 * frequency equals the variance of the detrended signal, so a sinusoid of amplitude A
 * contributes A^2/2 to the area under its peak.
 */
export function welchSpectrum(
  series: readonly Float64Array[],
  sampleRateHz: number,
  segmentLength: number,
  padFactor = 4,
): PowerSpectrum | null {
  const length = Math.floor(segmentLength);
  if (length < 8) return null;
  const fftSize = nextPowerOfTwo(length * padFactor);
  const fft = new FFT(fftSize);
  const window = new Float64Array(length);
  let windowPower = 0;
  for (let i = 0; i < length; i++) {
    const w = 0.5 - 0.5 * Math.cos((2 * Math.PI * i) / length); // periodic Hann
    window[i] = w;
    windowPower += w * w;
  }
  const binCount = fftSize / 2 + 1;
  const psd = new Float64Array(binCount);
  const input = new Array<number>(fftSize).fill(0);
  const output = fft.createComplexArray() as number[];
  const step = Math.max(1, Math.floor(length / 2));
  let segmentCount = 0;
  for (const values of series) {
    for (let start = 0; start + length <= values.length; start += step) {
      const detrended = linearDetrend(values.subarray(start, start + length));
      for (let i = 0; i < length; i++) input[i] = (detrended[i] ?? 0) * (window[i] ?? 0);
      for (let i = length; i < fftSize; i++) input[i] = 0;
      fft.realTransform(output, input);
      for (let k = 0; k < binCount; k++) {
        const re = output[2 * k] ?? 0;
        const im = output[2 * k + 1] ?? 0;
        psd[k] = (psd[k] ?? 0) + re * re + im * im;
      }
      segmentCount++;
    }
  }
  if (segmentCount === 0) return null;
  const frequenciesHz = new Float64Array(binCount);
  for (let k = 0; k < binCount; k++) {
    const oneSided = k === 0 || k === binCount - 1 ? 1 : 2;
    // Zero padding does not change the density: the window's energy, not the FFT size, sets it.
    psd[k] = ((psd[k] ?? 0) * oneSided) / (segmentCount * sampleRateHz * windowPower);
    frequenciesHz[k] = (k * sampleRateHz) / fftSize;
  }
  return {
    frequenciesHz,
    psd,
    resolutionHz: sampleRateHz / length,
    binHz: sampleRateHz / fftSize,
    segmentCount,
  };
}

/** Removes the least-squares straight line (slow posture drift is not tremor). */
export function linearDetrend(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const meanX = (n - 1) / 2;
  let meanY = 0;
  for (let i = 0; i < n; i++) meanY += values[i] ?? 0;
  meanY /= n;
  let sxy = 0;
  let sxx = 0;
  for (let i = 0; i < n; i++) {
    sxy += (i - meanX) * ((values[i] ?? 0) - meanY);
    sxx += (i - meanX) ** 2;
  }
  const slope = sxx > 0 ? sxy / sxx : 0;
  for (let i = 0; i < n; i++) out[i] = (values[i] ?? 0) - meanY - slope * (i - meanX);
  return out;
}

function nextPowerOfTwo(n: number): number {
  let p = 1;
  while (p < n) p *= 2;
  return p;
}
