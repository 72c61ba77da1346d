import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../../domain/index.ts';
import type { SavedVideoCheck } from '../../api/types.ts';
import { LineChart } from '../../charts/line-chart.tsx';
import { formatDay, formatShortDay } from '../../format/dates.ts';
import { angleInWords } from './angle-in-words.ts';

/** The y axis reaches at least this far either way, so a small posture does not look large. */
const minimumRangeDeg = 30;

/**
 * The median head position of each kept video check over time (the latest check of a day),
 * turn, tilt and chin up or down on one axis in degrees: above 0 is to the person's left or
 * chin up. The summary says the first and the latest turn in words; the table beside it holds
 * every number.
 */
export function HeadPositionTrend({ checks }: { checks: SavedVideoCheck[] }) {
  const { t, i18n } = useTranslation();
  const byDay = useMemo(() => {
    const latest = new Map<number, SavedVideoCheck>();
    // Newest first, so the first check seen for a day is that day's latest.
    for (const check of checks) {
      const day = dayNumber(check.measuredOn);
      if (!latest.has(day)) latest.set(day, check);
    }
    return [...latest.entries()].sort(([a], [b]) => a - b);
  }, [checks]);
  const data = useMemo(() => {
    const x = byDay.map(([day]) => day);
    const axis = (pick: (p: SavedVideoCheck['measurements']['headPositionDeg']) => number | null) =>
      byDay.map(([, check]) => pick(check.measurements.headPositionDeg));
    return {
      x,
      series: [
        {
          label: t('videoChecks.trend.turn'),
          values: axis((p) => p.yaw),
          colourVar: '--accent',
          width: 3,
          points: true,
        },
        {
          label: t('videoChecks.trend.tilt'),
          values: axis((p) => p.roll),
          colourVar: '--text-muted',
          width: 2,
          dash: [6, 4],
          points: true,
        },
        {
          label: t('videoChecks.trend.nod'),
          values: axis((p) => p.pitch),
          colourVar: '--text',
          width: 1,
          dash: [2, 3],
          points: true,
        },
      ],
    };
  }, [byDay, t]);
  const formatX = useMemo(
    () => (d: number) =>
      formatShortDay(new Date(d * 86_400_000).toISOString().slice(0, 10), i18n.language),
    [i18n.language],
  );
  const first = byDay[0];
  const last = byDay[byDay.length - 1];
  if (first === undefined || last === undefined || byDay.length < 2) return null;
  const largest = Math.max(
    ...data.series.flatMap((s) => s.values.map((v) => Math.abs(v ?? 0))),
    minimumRangeDeg,
  );
  const reach = Math.ceil(largest / 15) * 15;
  const turn = (check: SavedVideoCheck) =>
    angleInWords(
      t,
      check.measurements.headPositionDeg.yaw,
      'turnedLeft',
      'turnedRight',
      i18n.language,
    );
  const summary = t('videoChecks.trend.summary', {
    count: byDay.length,
    from: formatDay(first[1].measuredOn, i18n.language),
    to: formatDay(last[1].measuredOn, i18n.language),
    firstTurn: turn(first[1]),
    lastTurn: turn(last[1]),
  });
  return (
    <>
      <p className="muted">{t('videoChecks.trend.signs')}</p>
      <LineChart
        summary={summary}
        xLabel={t('videoChecks.trend.xLabel')}
        yLabel={t('videoChecks.trend.yLabel')}
        x={data.x}
        series={data.series}
        yRange={[-reach, reach]}
        xRange={[first[0] - 1, last[0] + 1]}
        formatX={formatX}
        // Tall enough for ticks every 25° or less on a phone, either side of 0.
        height={360}
      />
    </>
  );
}
