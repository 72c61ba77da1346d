import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Alert, QuestionnaireResponse } from '../../api/types.ts';
import { useApiData } from '../../api/use-api-data.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { OutboxStatus, useWaitingSaves } from '../../components/outbox-status.tsx';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { formatDay } from '../../format/dates.ts';
import { onSaveLanded, withdrawNewEntry } from '../../offline/outbox.ts';
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
  const path = `/api/patients/${patientId}/questionnaire-responses`;
  const responses = useApiData<{ questionnaireResponses: QuestionnaireResponse[] }>(path);
  const waiting = useWaitingSaves(path);
  const [open, setOpen] = useState<StoredQuestionnaire>();
  const [saved, setSaved] = useState<{ id: string; alerts: Alert[] }>();
  const [undone, setUndone] = useState(false);
  const reload = responses.reload;
  useEffect(() => onSaveLanded(() => reload()), [reload]);

  // When the form closes, focus returns to the button that opened it (unless an alert took
  // it), rather than falling to the top of the page.
  const openers = useRef(new Map<StoredQuestionnaire, HTMLButtonElement>());
  const lastOpened = useRef<StoredQuestionnaire | undefined>(undefined);
  useEffect(() => {
    if (open !== undefined || lastOpened.current === undefined) return;
    if (saved && saved.alerts.length > 0) return;
    openers.current.get(lastOpened.current)?.focus();
  }, [open, saved]);

  if (open !== undefined) {
    return (
      <QuestionnaireForm
        patientId={patientId}
        scaleId={open}
        onDone={(result) => {
          setOpen(undefined);
          setSaved(result && { id: result.id, alerts: immediateAlerts(open, result.answers) });
        }}
      />
    );
  }

  /** A slip of the hand is undone, not argued with (UX.md): the saved answers are deleted. */
  async function undo(id: string) {
    setSaved(undefined);
    setUndone(true);
    await withdrawNewEntry(`questionnaire:${id}`, `${path}/${id}`);
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
      {saved && saved.alerts.length > 0 && (
        <RedFlagAlerts alerts={saved.alerts} title={t('questionnaires.alertTitle')} takeFocus />
      )}
      <StatusMessage
        message={
          saved ? t('questionnaires.saved') : undone ? t('questionnaires.undone') : undefined
        }
      />
      {saved && (
        <CalmButton variant="secondary" onPress={() => void undo(saved.id)}>
          {t('questionnaires.undo')}
        </CalmButton>
      )}
      <OutboxStatus saves={waiting} />
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
              ref={(button) => {
                if (button) openers.current.set(scaleId, button);
              }}
              onPress={() => {
                setSaved(undefined);
                setUndone(false);
                lastOpened.current = scaleId;
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
