import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  /** One value per x; null is a gap (a missed day stays a gap, never a drawn line). */
  values: (number | null)[];
  /** CSS custom property holding the colour, e.g. `--accent`. */
  colourVar: string;
  width: number;
  dash?: number[];
  /** Draw a dot on each value (for sparse series, where a day between gaps would vanish). */
  points?: boolean;
}

export interface ChartMarker {
  x: number;
  label: string;
}

interface Props {
  /** Read out instead of the picture; the same sentence is shown above it. */
  summary: string;
  xLabel: string;
  yLabel: string;
  x: number[];
  series: ChartSeries[];
  markers?: ChartMarker[];
  yRange?: [number, number];
  xRange?: [number, number];
  /** Format of x values on the axis (e.g. days to dates). */
  formatX?: (x: number) => string;
  height?: number;
}

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#555';
}

/**
 * A line chart drawn by uPlot (a well-kept library; no hand-written chart engine). The canvas
 * is one image for assistive technology, labelled with the summary; the data is in the table
 * that every chart has beside it. Markers are drawn with words, not only symbols (UX.md).
 */
export function LineChart({
  summary,
  xLabel,
  yLabel,
  x,
  series,
  markers = [],
  yRange,
  xRange,
  formatX,
  height = 280,
}: Props) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = holder.current;
    if (!element) return;
    const text = cssVar('--text');
    const muted = cssVar('--text-muted');
    const grid = cssVar('--border');
    const axis = (
      label: string,
      values?: (u: uPlot, splits: number[]) => string[],
    ): uPlot.Axis => ({
      label,
      stroke: text,
      grid: { stroke: grid, width: 1 },
      ticks: { stroke: grid },
      font: '14px system-ui, sans-serif',
      space: 90,
      labelFont: '600 14px system-ui, sans-serif',
      ...(values ? { values } : {}),
    });
    const options: uPlot.Options = {
      width: Math.max(element.clientWidth, 280),
      height,
      legend: { show: true },
      cursor: { drag: { x: false, y: false } },
      scales: {
        x: { time: false, ...(xRange ? { range: xRange } : {}) },
        y: { range: yRange ?? [0, 10] },
      },
      axes: [
        axis(xLabel, formatX ? (_u, splits) => splits.map((v) => formatX(v)) : undefined),
        axis(yLabel),
      ],
      series: [
        { label: xLabel },
        ...series.map((s) => ({
          label: s.label,
          stroke: cssVar(s.colourVar),
          width: s.width,
          dash: s.dash,
          spanGaps: false,
          points: { show: s.points ?? false, size: s.width * 2 + 3, fill: cssVar(s.colourVar) },
        })),
      ],
      hooks: {
        draw: [
          (u) => {
            const ctx = u.ctx;
            ctx.save();
            ctx.font = `600 ${13 * devicePixelRatio}px system-ui, sans-serif`;
            ctx.fillStyle = muted;
            ctx.strokeStyle = muted;
            ctx.setLineDash([4 * devicePixelRatio, 4 * devicePixelRatio]);
            markers.forEach((marker, i) => {
              const left = u.valToPos(marker.x, 'x', true);
              ctx.beginPath();
              ctx.moveTo(left, u.bbox.top);
              ctx.lineTo(left, u.bbox.top + u.bbox.height);
              ctx.stroke();
              ctx.fillText(
                marker.label,
                left + 4 * devicePixelRatio,
                u.bbox.top + (14 + 16 * i) * devicePixelRatio,
              );
            });
            ctx.restore();
          },
        ],
      },
    };
    const data = [x, ...series.map((s) => s.values)] as uPlot.AlignedData;
    const chart = new uPlot(options, data, element);
    const resize = new ResizeObserver(() =>
      chart.setSize({ width: Math.max(element.clientWidth, 280), height }),
    );
    resize.observe(element);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [x, series, markers, yRange, xRange, xLabel, yLabel, formatX, height]);
  return (
    <figure className="chart">
      <figcaption className="chart-summary">{summary}</figcaption>
      <div ref={holder} role="img" aria-label={summary} className="chart-canvas" />
    </figure>
  );
}
