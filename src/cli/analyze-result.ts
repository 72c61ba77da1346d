import type { TwstrsItemEstimate } from '../motion/twstrs-estimate.ts';
import type { VideoAnalysisRun } from '../vision/analyse-video.ts';

/** The JSON `tonus analyze` writes. Field names are part of Tonus' interface: change with care. */
export function analysisResult(run: VideoAnalysisRun, toolVersion: string) {
  const m = run.measurements;
  return {
    tool: { name: 'tonus analyze', version: toolVersion, analysedAt: new Date().toISOString() },
    disclaimer: m.disclaimer,
    conventions: {
      angles:
        'Degrees in the person’s own frame: yawDeg > 0 chin turned to the person’s left; pitchDeg > 0 chin up (retrocollis direction); rollDeg > 0 head tilted toward the left shoulder. Frames with quality other than "ok" have null measurements (gaps are not filled).',
      twstrs:
        'TWSTRS severity item estimates (original scale): score is the band of the median measurement; probabilities[k] is the probability of score k given the measurement error. Thresholds: see src/motion/twstrs-estimate.ts.',
    },
    video: {
      file: run.video.file,
      container: run.video.container,
      codec: run.video.codec,
      codedWidth: run.video.codedWidth,
      codedHeight: run.video.codedHeight,
      rotationDeg: run.video.rotationDeg,
      pixelAspect: run.video.pixelAspect,
      displayWidth: run.video.displayWidth,
      displayHeight: run.video.displayHeight,
      analysedWidth: run.video.analysedWidth,
      analysedHeight: run.video.analysedHeight,
      durationSec: run.video.durationSec,
      averageFrameRate: run.video.averageFrameRate,
    },
    processing: run.processing,
    quality: m.quality,
    posture: m.posture,
    twstrs: m.twstrs,
    tremor: {
      detected: m.tremor.detected,
      peakHz: m.tremor.peakHz,
      powerDeg2PerHz: m.tremor.powerDeg2PerHz,
      amplitudeDeg: m.tremor.amplitudeDeg,
      axis: m.tremor.axis,
      pattern: m.tremor.pattern,
      peakToFloor: m.tremor.peakToFloor,
      bandHz: m.tremor.bandHz,
      sampleRateHz: m.tremor.sampleRateHz,
      analysedSec: m.tremor.analysedSec,
      note: m.tremor.note,
      spectra: m.tremor.spectra,
    },
    blinks: m.blinks,
    frames: m.frames,
  };
}

export type AnalysisResult = ReturnType<typeof analysisResult>;

const twstrsItemNames: Record<string, string> = {
  rotation: 'Rotation (turning, torticollis) 0-4',
  laterocollis: 'Laterocollis (tilt) 0-3',
  antero_retrocollis: 'Anterocollis / retrocollis (chin down / up) 0-3',
  lateral_shift: 'Lateral shift 0-1',
  sagittal_shift: 'Sagittal shift 0-1',
  shoulder_elevation: 'Shoulder elevation 0-3',
  duration: 'Duration factor 0-5 (counts double)',
};

export function twstrsItemName(item: string): string {
  return twstrsItemNames[item] ?? item;
}

/** "2 (71 % likely)" or "not measured". */
export function describeItem(item: TwstrsItemEstimate): string {
  if (item.score === null || !item.probabilities) return 'not measured';
  const p = item.probabilities[item.score] ?? 0;
  const side = item.direction ? `, ${item.direction}` : '';
  return `${item.score}${side} (${Math.round(p * 100)} % likely)`;
}

const signed = (value: number | null, positive: string, negative: string, digits = 1): string => {
  if (value === null || !Number.isFinite(value)) return 'not measured';
  const side = Math.abs(value) < 0.05 ? '' : value > 0 ? ` ${positive}` : ` ${negative}`;
  return `${Math.abs(value).toFixed(digits)}°${side}`;
};

/** A few plain-language lines for the terminal. */
export function plainSummary(result: AnalysisResult): string {
  const lines: string[] = [];
  const q = result.quality;
  lines.push(
    `Analysed ${q.frameCount} frames (${result.video.durationSec?.toFixed(1) ?? '?'} s); face measured in ${Math.round(q.faceFoundRatio * 100)} % of them.`,
  );
  for (const warning of q.warnings) lines.push(`Warning: ${warning}`);
  const med = result.posture.medianDeg;
  lines.push(`Turn (yaw): ${signed(med.yaw, 'to the left', 'to the right')}`);
  lines.push(
    `Tilt (roll): ${signed(med.roll, 'toward the left shoulder', 'toward the right shoulder')}`,
  );
  lines.push(`Nod (pitch): ${signed(med.pitch, 'chin up', 'chin down')}`);
  const t = result.tremor;
  lines.push(
    t.detected
      ? `Head tremor: likely, ${t.peakHz?.toFixed(2)} Hz on ${t.axis} (${t.pattern}), about ±${t.amplitudeDeg?.toFixed(1)}°, ${t.powerDeg2PerHz?.toFixed(2)} deg²/Hz at the peak.`
      : `Head tremor: none found (${t.note ?? 'no peak above the noise floor'}).`,
  );
  const b = result.blinks;
  lines.push(
    `Blinks: ${b.count}${b.ratePerMin !== null ? `, ${b.ratePerMin.toFixed(1)} per minute` : ''}${b.closedFraction !== null ? `, eyes closed ${(b.closedFraction * 100).toFixed(1)} % of the time` : ''}.`,
  );
  lines.push('TWSTRS severity estimates (for a clinician to check):');
  for (const [item, estimate] of Object.entries(result.twstrs)) {
    lines.push(`  ${twstrsItemName(item)}: ${describeItem(estimate)}`);
  }
  lines.push(result.disclaimer);
  return `${lines.join('\n')}\n`;
}
