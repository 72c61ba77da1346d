import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { apiRequest } from '../api/api-request.ts';
import type { Today } from '../api/types.ts';
import { useApiData } from '../api/use-api-data.ts';
import { CalmButton } from '../components/calm-button.tsx';
import { localDay } from '../format/local-day.ts';

/**
 * A quiet line when nothing was logged today, on the screens other than the diary. "Not
 * today" is remembered by the server, so it never asks twice in a day, on any device.
 */
export function CheckInReminder({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const day = localDay();
  const today = useApiData<Today>(`/api/patients/${patientId}/today?today=${day}`);
  const [dismissed, setDismissed] = useState(false);
  if (location === '/diary' || dismissed || !today.data?.reminder.show || today.data.checkIn)
    return null;
  return (
    <aside className="reminder" aria-label={t('reminder.label')}>
      <p>{t('reminder.text')}</p>
      <div className="button-row">
        <Link href="/diary" className="button button-primary">
          {t('reminder.go')}
        </Link>
        <CalmButton
          variant="secondary"
          onPress={() => {
            setDismissed(true);
            void apiRequest('POST', `/api/patients/${patientId}/today/reminder-dismissal`, {
              today: day,
            });
          }}
        >
          {t('reminder.notToday')}
        </CalmButton>
      </div>
    </aside>
  );
}
