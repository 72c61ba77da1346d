import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { redFlags, type ScaleAnswers, scales, scoreScale } from '../../../domain/index.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { localDay } from '../../format/local-day.ts';
import { enqueueSave } from '../../offline/outbox.ts';
import { useDraft } from '../../session/use-draft.ts';

export type StoredQuestionnaire = 'phq9' | 'gad7';

/**
 * The alerts these answers raise at once, worded by the clinical core exactly as the server
 * words them. Only same-day ones: the self-harm alert must show its crisis lines the moment the
 * answer is chosen (REFERENCE §6.1), even offline; the next-visit screens come with the record.
 */
export function immediateAlerts(scaleId: StoredQuestionnaire, answers: ScaleAnswers) {
  const today = localDay();
  return redFlags({ asOf: today, scaleResponses: [{ scaleId, date: today, answers }] }).filter(
    (flag) => flag.urgency !== 'soon',
  );
}

/**
 * One questionnaire, as published: its recall period, every question with its four answers,
 * and the copyright line. Answers stay in a draft until saved; saving goes through the outbox,
 * so a lost connection loses nothing.
 */
export function QuestionnaireForm({
  patientId,
  scaleId,
  onDone,
}: {
  patientId: string;
  scaleId: StoredQuestionnaire;
  /** `answers` when they were saved, undefined when closed without saving. */
  onDone: (answers?: ScaleAnswers) => void;
}) {
  const { t } = useTranslation();
  const scale = scales[scaleId];
  const [answers, setAnswers, clearDraft] = useDraft<Record<string, number>>(
    `questionnaire:${scaleId}:${patientId}`,
    {},
  );
  const [problem, setProblem] = useState<string>();
  const missing = scoreScale(scaleId, answers).missing.length;
  const alerts = immediateAlerts(scaleId, answers);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (Object.keys(answers).length === 0) {
      setProblem(t('questionnaires.needOne'));
      return;
    }
    setProblem(undefined);
    const answeredOn = localDay();
    clearDraft();
    onDone(answers);
    await enqueueSave({
      key: `questionnaire:${patientId}:${scaleId}:${Date.now()}`,
      method: 'POST',
      path: `/api/patients/${patientId}/questionnaire-responses`,
      body: { scaleId, answeredOn, answers },
    });
  }

  let number = 0;
  return (
    <section aria-labelledby="questionnaire-title" className="panel">
      <h2 id="questionnaire-title">{t(`questionnaires.names.${scaleId}`)}</h2>
      <form onSubmit={save} noValidate>
        {scale.sections.map((section) => (
          <div key={section.id} className="questionnaire-section">
            <p className="questionnaire-stem">{section.title}</p>
            {scale.items
              .filter((item) => item.section === section.id)
              .map((item) => {
                number += 1;
                const value = answers[item.id];
                return (
                  <div key={item.id}>
                    <ChoiceGroup<string>
                      label={t('questionnaires.questionNumber', { number, text: item.text })}
                      value={value === undefined ? '' : String(value)}
                      onChange={(chosen) => setAnswers({ ...answers, [item.id]: Number(chosen) })}
                      options={item.options.map((option) => ({
                        value: String(option.value),
                        label: option.label,
                      }))}
                    />
                    {item.id === 'q9' && (
                      <RedFlagAlerts alerts={alerts} title={t('questionnaires.alertTitle')} />
                    )}
                  </div>
                );
              })}
          </div>
        ))}
        {missing > 0 && Object.keys(answers).length > 0 && (
          <p className="field-hint">{t('questionnaires.unanswered', { count: missing })}</p>
        )}
        <StatusMessage tone="error" message={problem} />
        <div className="button-row">
          <CalmButton type="submit">{t('questionnaires.save')}</CalmButton>
          <CalmButton variant="secondary" onPress={() => onDone()}>
            {t('questionnaires.later')}
          </CalmButton>
        </div>
        {scale.licence.copyright && <p className="muted">{scale.licence.copyright}</p>}
      </form>
    </section>
  );
}
