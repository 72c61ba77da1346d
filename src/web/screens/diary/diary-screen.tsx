import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckIn, Classification, Today } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { localDay } from '../../format/local-day.ts';
import { onSaveLanded } from '../../offline/outbox.ts';
import { useScreenTitle } from '../use-screen-title.ts';
import { CheckInCard } from './check-in-card.tsx';
import { CheckInHistory } from './check-in-history.tsx';
import { CycleStatus } from './cycle-status.tsx';
import { DistributionCard } from './distribution-card.tsx';
import { EpisodeForm } from './episode-form.tsx';
import { QuestionnairesCard } from './questionnaires-card.tsx';
import { TrendChart } from './trend-chart.tsx';

/**
 * Today: any alert first, then the check-in (or what was logged), where the toxin cycle
 * stands, an episode one level deeper, the mood and worry questionnaires, the pattern of the
 * last weeks and the trend.
 */
export function DiaryScreen({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const heading = useScreenTitle(t('screens.diary.title'));
  const day = localDay();
  const base = `/api/patients/${patientId}`;
  const today = useApiData<Today>(`${base}/today?today=${day}`);
  const checkIns = useApiData<{ checkIns: CheckIn[] }>(`${base}/check-ins`);
  const classification = useApiData<Classification>(`${base}/classification?asOf=${day}`);
  const [episodeOpen, setEpisodeOpen] = useState(false);
  const [episodeSaved, setEpisodeSaved] = useState(false);
  const reloadToday = today.reload;
  const reloadCheckIns = checkIns.reload;
  const reloadClassification = classification.reload;
  useEffect(
    () =>
      onSaveLanded(() => {
        reloadToday();
        reloadCheckIns();
        reloadClassification();
      }),
    [reloadToday, reloadCheckIns, reloadClassification],
  );
  const list = checkIns.data?.checkIns ?? [];
  const todays = list.find((c) => c.day === day);
  const previous = list.find((c) => c.day < day);
  return (
    <div className="screen">
      <h1 id="screen-title" ref={heading} tabIndex={-1}>
        {t('screens.diary.title')}
      </h1>
      {today.problem && <StatusMessage tone="error" message={today.problem.message} />}
      {today.data && <RedFlagAlerts alerts={today.data.alerts} />}
      {checkIns.problem && <StatusMessage tone="error" message={checkIns.problem.message} />}
      {checkIns.data && (
        <CheckInCard key={day} patientId={patientId} day={day} today={todays} previous={previous} />
      )}
      {today.data && (
        <CycleStatus cycle={today.data.cycle} nextInjection={today.data.nextInjection} />
      )}
      {episodeOpen ? (
        <EpisodeForm
          patientId={patientId}
          onDone={() => {
            setEpisodeOpen(false);
            setEpisodeSaved(true);
          }}
        />
      ) : (
        <section aria-labelledby="episode-entry-title" className="panel">
          <h2 id="episode-entry-title">{t('episode.entryTitle')}</h2>
          <p>{t('episode.entryLead')}</p>
          <CalmButton
            variant="secondary"
            onPress={() => {
              setEpisodeSaved(false);
              setEpisodeOpen(true);
            }}
          >
            {t('episode.open')}
          </CalmButton>
          <StatusMessage message={episodeSaved ? t('episode.saved') : undefined} />
        </section>
      )}
      <QuestionnairesCard patientId={patientId} />
      <DistributionCard classification={classification.data} />
      {checkIns.data && <TrendChart checkIns={list} today={day} />}
      {checkIns.data && <CheckInHistory checkIns={list} />}
    </div>
  );
}
