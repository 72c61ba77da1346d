import type { FrameMeasurement } from '../motion/frame-measurement.ts';
import { type AnalysisResult, describeItem, twstrsItemName } from './analyze-result.ts';

/*
 * A self-contained HTML report: inline CSS and SVG, no scripts, fonts or links to load, so it
 * opens offline and can be attached to a record. The plots are drawn here as plain SVG polylines
 * (a charting library would have to be inlined whole for three simple plots).
 */

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const fmt = (value: number | null | undefined, digits = 1, unit = ''): string =>
  value === null || value === undefined || !Number.isFinite(value)
    ? '—'
    : `${value.toFixed(digits)}${unit}`;

interface Series {
  name: string;
  colour: string;
  dash?: string;
  points: { x: number; y: number | null }[];
}

interface PlotOptions {
  title: string;
  xLabel: string;
  yLabel: string;
  logY?: boolean;
  xRange?: [number, number];
  markersX?: { x: number; label: string }[];
  shadedX?: [number, number][];
  /** Fixed lower end of the y axis (linear plots). */
  yMin?: number;
}

const width = 860;
const height = 300;
const margin = { left: 70, right: 20, top: 20, bottom: 50 };

function niceTicks(min: number, max: number, count = 6): number[] {
  const span = max - min || 1;
  const step0 = span / count;
  const magnitude = 10 ** Math.floor(Math.log10(step0));
  const step =
    [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => span / s <= count) ?? magnitude * 10;
  const ticks: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step)
    ticks.push(Number(v.toFixed(10)));
  return ticks;
}

function linePlot(series: Series[], options: PlotOptions): string {
  const all = series
    .flatMap((s) => s.points)
    .filter((p) => p.y !== null && Number.isFinite(p.y)) as { x: number; y: number }[];
  if (all.length === 0) return `<p>${escapeHtml(options.title)}: nothing measured.</p>`;
  const tr = (y: number) => (options.logY ? Math.log10(Math.max(y, 1e-6)) : y);
  const [x0, x1] = options.xRange ?? [
    Math.min(...all.map((p) => p.x)),
    Math.max(...all.map((p) => p.x)),
  ];
  let y0 = Math.min(...all.map((p) => tr(p.y)));
  let y1 = Math.max(...all.map((p) => tr(p.y)));
  if (options.logY) {
    y0 = Math.max(y0, y1 - 6);
    y0 = Math.floor(y0);
    y1 = Math.ceil(y1);
  } else {
    const pad = Math.max(options.yMin === undefined ? 1 : 0.05, (y1 - y0) * 0.1);
    y0 = options.yMin ?? Math.min(0, y0 - pad);
    y1 = Math.max(0, y1 + pad);
  }
  const px = (x: number) =>
    margin.left + ((x - x0) / (x1 - x0 || 1)) * (width - margin.left - margin.right);
  const py = (y: number) =>
    margin.top + (1 - (tr(y) - y0) / (y1 - y0 || 1)) * (height - margin.top - margin.bottom);
  const pyRaw = (t: number) =>
    margin.top + (1 - (t - y0) / (y1 - y0 || 1)) * (height - margin.top - margin.bottom);
  const parts: string[] = [];
  for (const [a, b] of options.shadedX ?? []) {
    parts.push(
      `<rect x="${px(a).toFixed(1)}" y="${margin.top}" width="${Math.max(1, px(b) - px(a)).toFixed(1)}" height="${height - margin.top - margin.bottom}" class="shade"/>`,
    );
  }
  for (const t of niceTicks(x0, x1)) {
    parts.push(
      `<line x1="${px(t).toFixed(1)}" x2="${px(t).toFixed(1)}" y1="${margin.top}" y2="${height - margin.bottom}" class="grid"/>`,
    );
    parts.push(
      `<text x="${px(t).toFixed(1)}" y="${height - margin.bottom + 20}" text-anchor="middle">${t}</text>`,
    );
  }
  const yTicks = options.logY
    ? Array.from({ length: y1 - y0 + 1 }, (_, i) => y0 + i)
    : niceTicks(y0, y1);
  for (const t of yTicks) {
    const label = options.logY
      ? (10 ** t).toExponential(0).replace('e+0', 'e').replace('e-', 'e−')
      : String(t);
    parts.push(
      `<line x1="${margin.left}" x2="${width - margin.right}" y1="${pyRaw(t).toFixed(1)}" y2="${pyRaw(t).toFixed(1)}" class="${t === 0 && !options.logY ? 'zero' : 'grid'}"/>`,
    );
    parts.push(
      `<text x="${margin.left - 8}" y="${(pyRaw(t) + 5).toFixed(1)}" text-anchor="end">${label}</text>`,
    );
  }
  for (const marker of options.markersX ?? []) {
    parts.push(
      `<line x1="${px(marker.x).toFixed(1)}" x2="${px(marker.x).toFixed(1)}" y1="${margin.top}" y2="${height - margin.bottom}" class="marker"/>`,
    );
    parts.push(
      `<text x="${(px(marker.x) + 4).toFixed(1)}" y="${margin.top + 14}" class="marker-label">${escapeHtml(marker.label)}</text>`,
    );
  }
  for (const s of series) {
    // A null ends the line: gaps are drawn as gaps.
    let path = '';
    let pen = false;
    for (const p of s.points) {
      if (p.y === null || !Number.isFinite(p.y) || p.x < x0 || p.x > x1) {
        pen = false;
        continue;
      }
      path += `${pen ? 'L' : 'M'}${px(p.x).toFixed(1)} ${py(p.y).toFixed(1)}`;
      pen = true;
    }
    parts.push(
      `<path d="${path}" fill="none" stroke="${s.colour}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`,
    );
  }
  const legend = series
    .map(
      (s, i) =>
        `<g transform="translate(${margin.left + 10 + i * 190},${height - 12})"><line x1="0" x2="24" y1="-5" y2="-5" stroke="${s.colour}" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/><text x="30" y="0">${escapeHtml(s.name)}</text></g>`,
    )
    .join('');
  return `<figure><svg viewBox="0 0 ${width} ${height + 10}" role="img" aria-label="${escapeHtml(options.title)}">
<text x="14" y="${(margin.top + height - margin.bottom) / 2}" transform="rotate(-90 14 ${(margin.top + height - margin.bottom) / 2})" text-anchor="middle">${escapeHtml(options.yLabel)}</text>
<text x="${width - margin.right}" y="${height - margin.bottom + 38}" text-anchor="end">${escapeHtml(options.xLabel)}</text>
${parts.join('\n')}
${legend}
</svg></figure>`;
}

const axisColours = { yaw: '#0b6fa4', pitch: '#b35900', roll: '#6a3d9a' } as const;

function angleSeries(frames: readonly FrameMeasurement[]): Series[] {
  return [
    {
      name: 'turn (yaw), + left',
      colour: axisColours.yaw,
      points: frames.map((f) => ({ x: f.timeSec, y: f.yawDeg })),
    },
    {
      name: 'nod (pitch), + chin up',
      colour: axisColours.pitch,
      dash: '8 4',
      points: frames.map((f) => ({ x: f.timeSec, y: f.pitchDeg })),
    },
    {
      name: 'tilt (roll), + left',
      colour: axisColours.roll,
      dash: '2 3',
      points: frames.map((f) => ({ x: f.timeSec, y: f.rollDeg })),
    },
  ];
}

function probabilityBar(probabilities: number[] | null): string {
  if (!probabilities) return '—';
  return `<span class="bars">${probabilities
    .map(
      (p, k) =>
        `<span class="bar" title="score ${k}: ${(p * 100).toFixed(0)} %"><span class="fill" style="height:${Math.round(p * 100)}%"></span><span class="k">${k}</span></span>`,
    )
    .join(
      '',
    )}</span> <span class="pct">${probabilities.map((p, k) => `${k}: ${(p * 100).toFixed(0)} %`).join(', ')}</span>`;
}

export function htmlReport(result: AnalysisResult): string {
  const q = result.quality;
  const t = result.tremor;
  const b = result.blinks;
  const duration = result.frames.length
    ? (result.frames[result.frames.length - 1]?.timeSec ?? 0)
    : 0;
  const warnings = q.warnings
    .map(
      (w) =>
        `<p class="warning" role="alert"><strong>Quality warning:</strong> ${escapeHtml(w)}</p>`,
    )
    .join('\n');
  const twstrsRows = Object.entries(result.twstrs)
    .map(
      ([item, e]) =>
        `<tr><th scope="row">${escapeHtml(twstrsItemName(item))}</th><td>${escapeHtml(describeItem(e))}</td><td>${e.value === null ? '—' : `${fmt(e.value, e.unit === 'deg' ? 1 : 2)} ${escapeHtml(e.unit)}`}</td><td>${probabilityBar(e.probabilities)}</td><td class="basis">${escapeHtml(e.basis)}</td></tr>`,
    )
    .join('\n');
  const postureRows = (
    [
      ['Turn (yaw), + to the left', result.posture.yawDeg],
      ['Nod (pitch), + chin up', result.posture.pitchDeg],
      ['Tilt (roll), + toward the left shoulder', result.posture.rollDeg],
      ['Tilt relative to the shoulders', result.posture.headTiltToShouldersDeg],
      ['Shoulder line, + left shoulder higher', result.posture.shoulderLineDeg],
    ] as const
  )
    .map(
      ([name, d]) =>
        `<tr><th scope="row">${escapeHtml(name)}</th><td>${fmt(d?.median, 1, '°')}</td><td>${fmt(d?.p10, 1, '°')} to ${fmt(d?.p90, 1, '°')}</td><td>${fmt(d?.min, 1, '°')} to ${fmt(d?.max, 1, '°')}</td></tr>`,
    )
    .join('\n');
  const spectra = t.spectra.map((s) => ({
    name: `${s.axis}${s.peakHz !== null ? ` (peak ${s.peakHz.toFixed(2)} Hz)` : ''}`,
    colour: axisColours[s.axis],
    ...(s.axis === 'pitch' ? { dash: '8 4' } : s.axis === 'roll' ? { dash: '2 3' } : {}),
    points: s.frequenciesHz.map((f, k) => ({
      x: f,
      y: f >= 0.25 ? (s.psdDeg2PerHz[k] ?? null) : null,
    })),
  }));
  const nyquist = t.bandHz?.[1] ?? 15;
  const tremorSentence = t.detected
    ? `A head tremor is likely: ${fmt(t.peakHz, 2)} Hz, mostly ${t.axis} (${t.pattern}), about ±${fmt(t.amplitudeDeg, 1)}° (${fmt(t.powerDeg2PerHz, 3)} deg²/Hz at the peak, ${fmt(t.peakToFloor, 0)} times the noise floor).`
    : `No head tremor found: ${escapeHtml(t.note ?? 'no spectral peak clearly above the noise floor')}.`;
  const blinkSentence =
    b.ratePerMin === null
      ? 'Eyes were not measured.'
      : `${b.count} blinks, ${fmt(b.ratePerMin, 1)} per minute; eyes closed ${fmt((b.closedFraction ?? 0) * 100, 1)} % of the time; longest closure ${fmt(b.longestClosureSec, 2)} s.`;
  const med = result.posture.medianDeg;
  const side = (v: number | null, pos: string, neg: string) =>
    v === null ? 'not measured' : `${Math.abs(v).toFixed(1)}° ${v >= 0 ? pos : neg}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tonus video measurement — ${escapeHtml(result.video.file.split(/[\\/]/).pop() ?? '')}</title>
<style>
:root { color-scheme: light dark; --fg: #1a1a1a; --bg: #ffffff; --muted: #4a4a4a; --grid: #d8d8d8; --shade: rgba(11,111,164,0.15); --warn-bg: #fff4d6; --warn-fg: #5c3d00; }
@media (prefers-color-scheme: dark) { :root { --fg: #f0f0f0; --bg: #151515; --muted: #c8c8c8; --grid: #3a3a3a; --shade: rgba(120,190,255,0.18); --warn-bg: #3d2e00; --warn-fg: #ffe7a3; } }
body { font: 18px/1.5 system-ui, sans-serif; color: var(--fg); background: var(--bg); max-width: 920px; margin: 0 auto; padding: 24px; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; } h2 { font-size: 1.25em; margin-top: 1.6em; }
.disclaimer { border-left: 6px solid #0b6fa4; padding: 8px 14px; }
.warning { background: var(--warn-bg); color: var(--warn-fg); padding: 10px 14px; border-radius: 6px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9em; } th, td { text-align: left; padding: 6px 8px; border-bottom: 1px solid var(--grid); vertical-align: top; }
.basis, .pct, .muted { color: var(--muted); font-size: 0.85em; }
figure { margin: 0; } svg { width: 100%; height: auto; font-size: 13px; } svg text { fill: var(--fg); }
.grid { stroke: var(--grid); stroke-width: 1; } .zero { stroke: var(--muted); stroke-width: 1.5; } .marker { stroke: #c0392b; stroke-width: 2; stroke-dasharray: 4 3; } .marker-label { fill: #c0392b; } .shade { fill: var(--shade); }
.pct { display: block; margin-top: 18px; } .bars { display: inline-flex; gap: 2px; align-items: flex-end; height: 34px; vertical-align: middle; } .bar { position: relative; width: 16px; height: 28px; background: var(--grid); display: inline-flex; align-items: flex-end; } .fill { width: 100%; background: #0b6fa4; } .k { position: absolute; bottom: -16px; width: 100%; text-align: center; font-size: 11px; }
</style>
</head>
<body>
<h1>Video measurement</h1>
<p class="muted">${escapeHtml(result.video.file)} · ${fmt(result.video.durationSec, 1)} s · ${result.video.displayWidth.toFixed(0)}×${result.video.displayHeight.toFixed(0)} · analysed ${escapeHtml(result.tool.analysedAt)} by ${escapeHtml(result.tool.name)} ${escapeHtml(result.tool.version)}</p>
<p class="disclaimer"><strong>Estimates, not a diagnosis.</strong> ${escapeHtml(result.disclaimer)}</p>
${warnings}
<h2>Summary</h2>
<ul>
<li>Turn: ${escapeHtml(side(med.yaw, 'to the left', 'to the right'))}. Tilt: ${escapeHtml(side(med.roll, 'toward the left shoulder', 'toward the right shoulder'))}. Nod: ${escapeHtml(side(med.pitch, 'chin up', 'chin down'))} (medians).</li>
<li>${tremorSentence}</li>
<li>${escapeHtml(blinkSentence)} JRS frequency estimate: ${b.jrsFrequency.score ?? '—'} (${escapeHtml(b.jrsFrequency.basis)}).</li>
<li>Face measured in ${Math.round(q.faceFoundRatio * 100)} % of ${q.frameCount} frames.</li>
</ul>
<h2>Head angles over time</h2>
<p>Turn, nod and tilt in degrees, in the person’s own frame. Breaks in a line are frames where the face was not measured.</p>
${linePlot(angleSeries(result.frames), { title: 'Head angles over time', xLabel: 'time (s)', yLabel: 'degrees', xRange: [0, Math.max(duration, 0.1)] })}
<h2>TWSTRS severity items (estimates)</h2>
<p>Each item shows the most likely score and the probability of every score given the measurement error. A clinician rates the scale; these numbers help and do not replace that.</p>
<table><thead><tr><th scope="col">Item</th><th scope="col">Estimate</th><th scope="col">Measured</th><th scope="col">Probability of each score</th><th scope="col">Basis</th></tr></thead><tbody>
${twstrsRows}
</tbody></table>
<h2>Posture</h2>
<table><thead><tr><th scope="col">Angle</th><th scope="col">Median</th><th scope="col">10th to 90th percentile</th><th scope="col">Range</th></tr></thead><tbody>
${postureRows}
</tbody></table>
<p class="muted">Share of time turned at least 5°, 22.5°, 45.5°, 67.5°: ${Object.values(
    result.posture.fractionBeyondDeg.rotation,
  )
    .map((v) => `${(v * 100).toFixed(0)} %`)
    .join(', ')}.</p>
<h2>Head tremor spectrum</h2>
<p>${tremorSentence} Searched from 0.5 Hz to ${fmt(nyquist, 1)} Hz (half the frame rate) in ${fmt(t.analysedSec, 1)} s of gap-free video; power spectral density in deg²/Hz, logarithmic scale.</p>
${spectra.length ? linePlot(spectra, { title: 'Head tremor spectrum', xLabel: 'frequency (Hz)', yLabel: 'deg²/Hz', logY: true, xRange: [0, nyquist], markersX: t.detected && t.peakHz !== null ? [{ x: t.peakHz, label: `${t.peakHz.toFixed(2)} Hz` }] : [] }) : '<p>No spectrum: too little gap-free video.</p>'}
<h2>Eyes and blinks</h2>
<p>${escapeHtml(blinkSentence)} Shaded: detected closures. Openness is the lid gap divided by the eye width.</p>
${linePlot(
  [
    {
      name: 'left eye',
      colour: '#0b6fa4',
      points: result.frames.map((f) => ({ x: f.timeSec, y: f.eyeOpennessLeft })),
    },
    {
      name: 'right eye',
      colour: '#b35900',
      dash: '8 4',
      points: result.frames.map((f) => ({ x: f.timeSec, y: f.eyeOpennessRight })),
    },
  ],
  {
    title: 'Eye openness over time',
    xLabel: 'time (s)',
    yLabel: 'openness',
    yMin: 0,
    xRange: [0, Math.max(duration, 0.1)],
    shadedX: b.events.map((e) => [e.startSec, e.endSec] as [number, number]),
  },
)}
<h2>How this was measured</h2>
<p class="muted">Face mesh (468 points) on every frame and body keypoints every ${fmt(1 / result.processing.bodyRateHz, 1)} s, from the Human 3.3.6 models; head pose by a rigid fit of the mesh to a frontal reference in pixel-true coordinates, tremor by Welch’s method on the detrended angle series, blinks as drops from each eye’s own open level. ${result.processing.frames} frames in ${fmt(result.processing.seconds, 1)} s (${fmt(result.processing.framesPerSecond, 1)} frames/s, ${result.processing.workers} workers). The video never left this computer.</p>
</body>
</html>
`;
}
