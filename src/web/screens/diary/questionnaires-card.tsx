import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, QuestionnaireResponse } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDay } from '../../format/dates.ts';
import { onSaveLanded } from '../../offline/outbox.ts';
import {
  immediateAlerts,
  QuestionnaireForm,
  type StoredQuestionnaire,
} from './questionnaire-form.tsx';
import './questionnaires.css';

const questionnaires: StoredQuestionnaire[] = ['phq9', 'gad7'];
/** Enough past results to see a direction without turning the diary into a report. */
const shownPerQuestionnaire = 4;

/**
 * PHQ-9 (mood) and GAD-7 (worry): the latest results with their points, and a way into each
 * form. After a save that raises a same-day alert, the alert is shown here at once, where the
 * person is, and takes focus.
 */
export function QuestionnairesCard({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const responses = useApiData<{ questionnaireResponses: QuestionnaireResponse[] }>(
    `/api/patients/${patientId}/questionnaire-responses`,
  );
  const [open, setOpen] = useState<StoredQuestionnaire>();
  const [savedAlerts, setSavedAlerts] = useState<Alert[]>();
  const reload = responses.reload;
  useEffect(() => onSaveLanded(() => reload()), [reload]);

  if (open !== undefined) {
    return (
      <QuestionnaireForm
        patientId={patientId}
        scaleId={open}
        onDone={(answers) => {
          setOpen(undefined);
          setSavedAlerts(answers && immediateAlerts(open, answers));
        }}
      />
    );
  }

  const describe = (response: QuestionnaireResponse) => {
    const day = formatDay(response.answeredOn, i18n.language);
    const { total, max, band, missing } = response.score;
    return total === null
      ? t('questionnaires.unscored', { day, count: missing.length })
      : t('questionnaires.scored', { day, total, max, band: band?.label.toLowerCase() });
  };
  const list = responses.data?.questionnaireResponses ?? [];
  return (
    <section aria-labelledby="questionnaires-title" className="panel">
      <h2 id="questionnaires-title">{t('questionnaires.title')}</h2>
      {savedAlerts && savedAlerts.length > 0 && (
        <RedFlagAlerts alerts={savedAlerts} title={t('questionnaires.alertTitle')} takeFocus />
      )}
      <StatusMessage message={savedAlerts ? t('questionnaires.saved') : undefined} />
      <p>{t('questionnaires.lead')}</p>
      {responses.problem && <StatusMessage tone="error" message={responses.problem.message} />}
      {questionnaires.map((scaleId) => {
        const own = list.filter((r) => r.scaleId === scaleId).slice(0, shownPerQuestionnaire);
        return (
          <div key={scaleId} className="questionnaire-summary">
            <h3>{t(`questionnaires.names.${scaleId}`)}</h3>
            {responses.data &&
              (own.length === 0 ? (
                <p>{t('questionnaires.never')}</p>
              ) : (
                <ul className="questionnaire-results">
                  {own.map((response) => (
                    <li key={response.id}>{describe(response)}</li>
                  ))}
                </ul>
              ))}
            <CalmButton
              variant="secondary"
              onPress={() => {
                setSavedAlerts(undefined);
                setOpen(scaleId);
              }}
            >
              {t(`questionnaires.open.${scaleId}`)}
            </CalmButton>
          </div>
        );
      })}
      <p className="muted questionnaire-note">{t('questionnaires.note')}</p>
    </section>
  );
}
