import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { dayNumber } from '../../../domain/index.ts';
import type { CheckIn } from '../../api/types.ts';
import { LineChart } from '../../charts/line-chart.tsx';
import { formatShortDay } from '../../format/dates.ts';

const WINDOW_DAYS = 90;

/** Severity and pain over the last 90 days: a missed day is a gap in the line, not a zero. */
export function TrendChart({ checkIns, today }: { checkIns: CheckIn[]; today: string }) {
  const { t } = useTranslation();
  const last = dayNumber(today);
  const first = last - WINDOW_DAYS + 1;
  const data = useMemo(() => {
    const x = Array.from({ length: WINDOW_DAYS }, (_, i) => first + i);
    const byDay = new Map(checkIns.map((c) => [dayNumber(c.day), c]));
    return {
      x,
      series: [
        {
          label: t('trend.severity'),
          values: x.map((d) => byDay.get(d)?.severity ?? null),
          colourVar: '--accent',
          width: 3,
        },
        {
          label: t('trend.pain'),
          values: x.map((d) => byDay.get(d)?.pain ?? null),
          colourVar: '--text-muted',
          width: 2,
          dash: [6, 4],
        },
      ],
    };
  }, [checkIns, first, t]);
  const inWindow = checkIns.filter((c) => dayNumber(c.day) >= first);
  const formatX = useMemo(
    () => (d: number) => formatShortDay(new Date(d * 86_400_000).toISOString().slice(0, 10)),
    [],
  );
  if (inWindow.length === 0) return null;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const half = Math.floor(WINDOW_DAYS / 2);
  const earlier = inWindow.filter((c) => dayNumber(c.day) < first + half).map((c) => c.severity);
  const later = inWindow.filter((c) => dayNumber(c.day) >= first + half).map((c) => c.severity);
  const summary =
    earlier.length > 0 && later.length > 0
      ? t('trend.summaryCompare', {
          count: inWindow.length,
          earlier: mean(earlier).toFixed(1),
          later: mean(later).toFixed(1),
        })
      : t('trend.summary', {
          count: inWindow.length,
          mean: mean(inWindow.map((c) => c.severity)).toFixed(1),
        });
  return (
    <section aria-labelledby="trend-title" className="panel">
      <h2 id="trend-title">{t('trend.title')}</h2>
      <LineChart
        summary={summary}
        xLabel={t('trend.xLabel')}
        yLabel={t('trend.yLabel')}
        x={data.x}
        series={data.series}
        xRange={[first, last]}
        formatX={formatX}
      />
    </section>
  );
}
