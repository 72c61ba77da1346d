import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { StatusMessage } from '../../components/status-message.tsx';
import { onSaveLanded } from '../../offline/outbox.ts';
import { useScreenTitle } from '../use-screen-title.ts';
import { CheckInCard } from './check-in-card.tsx';
import { CheckInHistory } from './check-in-history.tsx';

/** Today's date in the person's own time zone, as YYYY-MM-DD. */
function localDay(date = new Date()): string {
  const offset = date.getTimezoneOffset() * 60_000;
  return new Date(date.getTime() - offset).toISOString().slice(0, 10);
}

/** Today: the check-in (or what was logged), then the recent days. */
export function DiaryScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('screens.diary.title'));
  const day = localDay();
  const checkIns = useApiData<{ checkIns: CheckIn[] }>(`/api/patients/${patientId}/check-ins`);
  const { reload } = checkIns;
  useEffect(() => onSaveLanded(() => reload()), [reload]);
  const list = checkIns.data?.checkIns ?? [];
  const today = list.find((c) => c.day === day);
  const previous = list.find((c) => c.day < day);
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('screens.diary.title')}
      </h1>
      {checkIns.problem && <StatusMessage tone="error" message={checkIns.problem.message} />}
      {checkIns.data && (
        <CheckInCard key={day} patientId={patientId} day={day} today={today} previous={previous} />
      )}
      {checkIns.data && <CheckInHistory checkIns={list} />}
    </div>
  );
}
