import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cycles } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { type ChartMarker, type ChartSeries, LineChart } from '../../charts/line-chart.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';
import { localDay } from '../../format/local-day.ts';

const MAX_DAY = 120;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/**
 * Toxin cycles overlaid by day since injection (UX.md "Cycle chart"): each past cycle a thin
 * line, the median of the finished cycles a thick one, the current cycle a dashed one; onset,
 * best and wearing-off days marked with words; a sentence above and a table below.
 */
export function CycleReport({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const { data, problem } = useApiData<Cycles>(
    `/api/patients/${patientId}/cycles?asOf=${localDay()}`,
  );
  const chart = useMemo(() => {
    if (!data || data.cycles.length === 0) return undefined;
    const x = Array.from({ length: MAX_DAY + 1 }, (_, i) => i);
    const finished = data.cycles.filter((c) => c.lengthDays !== null);
    const current = data.cycles.find((c) => c.lengthDays === null);
    const valuesOf = (curve: { day: number; severity: number }[]) => {
      const byDay = new Map(curve.map((p) => [p.day, p.severity]));
      return x.map((d) => byDay.get(d) ?? null);
    };
    const series: ChartSeries[] = finished.map((c) => ({
      label: t('cycles.pastCycle', { date: formatDay(c.sessionDate) }),
      values: valuesOf(c.curve),
      colourVar: '--border',
      width: 1,
    }));
    if (data.completedMedian.length > 0) {
      series.push({
        label: t('cycles.usual'),
        values: valuesOf(data.completedMedian),
        colourVar: '--accent',
        width: 4,
      });
    }
    if (current) {
      series.push({
        label: t('cycles.current', { date: formatDay(current.sessionDate) }),
        values: valuesOf(current.curve),
        colourVar: '--focus',
        width: 3,
        dash: [6, 4],
        points: true,
      });
    }
    const landmarks = {
      onset: median(finished.flatMap((c) => (c.onsetDay === null ? [] : [c.onsetDay]))),
      best: median(finished.flatMap((c) => (c.bestDay === null ? [] : [c.bestDay]))),
      wearingOff: median(
        finished.flatMap((c) => (c.wearingOffDay === null ? [] : [c.wearingOffDay])),
      ),
    };
    const markers: ChartMarker[] = [];
    if (landmarks.onset !== null)
      markers.push({ x: landmarks.onset, label: t('cycles.markerOnset') });
    if (landmarks.best !== null) markers.push({ x: landmarks.best, label: t('cycles.markerBest') });
    if (landmarks.wearingOff !== null)
      markers.push({ x: landmarks.wearingOff, label: t('cycles.markerWearingOff') });
    return { x, series, markers, landmarks, finished, current };
  }, [data, t]);

  if (problem) return <StatusMessage tone="error" message={problem.message} />;
  if (!data) return null;
  if (!chart) {
    return (
      <section aria-labelledby="cycles-title" className="panel">
        <h2 id="cycles-title">{t('cycles.title')}</h2>
        <p>{t('cycles.none')}</p>
      </section>
    );
  }
  const { landmarks, finished, current } = chart;
  const summary =
    finished.length > 0 && landmarks.wearingOff !== null
      ? t('cycles.summary', {
          count: finished.length,
          onset: landmarks.onset,
          best: landmarks.best,
          wearingOff: landmarks.wearingOff,
          week: Math.round((landmarks.wearingOff / 7) * 10) / 10,
        })
      : t('cycles.summaryShort', { count: data.cycles.length });
  return (
    <section aria-labelledby="cycles-title" className="panel">
      <h2 id="cycles-title">{t('cycles.title')}</h2>
      <LineChart
        summary={
          summary + (current ? ` ${t('cycles.currentDay', { day: data.currentCycleDay })}` : '')
        }
        xLabel={t('cycles.xLabel')}
        yLabel={t('cycles.yLabel')}
        x={chart.x}
        series={chart.series}
        markers={chart.markers}
        xRange={[0, MAX_DAY]}
      />
      {data.warnings.length > 0 && (
        <ul className="cycle-warnings">
          {data.warnings.map((w) => (
            <li key={`${w.kind}-${w.date}`}>
              {formatDay(w.date)}: {w.message}
            </li>
          ))}
        </ul>
      )}
      <details className="table-toggle">
        <summary>{t('cycles.tableToggle')}</summary>
        <TableScroll label={t('cycles.tableCaption')}>
          <table>
            <caption className="visually-hidden">{t('cycles.tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cycles.injection')}</th>
                <th scope="col">{t('cycles.dose')}</th>
                <th scope="col">{t('cycles.onset')}</th>
                <th scope="col">{t('cycles.best')}</th>
                <th scope="col">{t('cycles.wearingOff')}</th>
                <th scope="col">{t('cycles.length')}</th>
              </tr>
            </thead>
            <tbody>
              {data.cycles.map((c) => (
                <tr key={c.sessionId}>
                  <td>{formatDay(c.sessionDate)}</td>
                  <td>
                    {t('cycles.units', {
                      units: c.totalUnits,
                      product: t(`products.${c.product}`, { defaultValue: c.product }),
                    })}
                  </td>
                  <td>{c.onsetDay === null ? '—' : t('cycles.dayN', { day: c.onsetDay })}</td>
                  <td>
                    {c.bestDay === null
                      ? '—'
                      : t('cycles.bestCell', { day: c.bestDay, severity: c.bestSeverity })}
                  </td>
                  <td>
                    {c.wearingOffDay === null ? '—' : t('cycles.dayN', { day: c.wearingOffDay })}
                  </td>
                  <td>
                    {c.lengthDays === null
                      ? t('cycles.ongoing')
                      : t('cycles.days', { count: c.lengthDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </details>
      <p className="muted">{t('cycles.definitions')}</p>
    </section>
  );
}
