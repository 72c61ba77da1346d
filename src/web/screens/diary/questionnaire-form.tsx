import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  answersTheFormAllows,
  redFlags,
  type ScaleAnswers,
  scales,
  scoreScale,
} from '../../../domain/index.ts';
import { CalmButton } from '../../components/calm-button.tsx';
import { ChoiceGroup } from '../../components/choice-group.tsx';
import { RedFlagAlerts } from '../../components/red-flag-alerts.tsx';
import { StatusMessage } from '../../components/status-message.tsx';
import { localDay } from '../../format/local-day.ts';
import { enqueueSave, newIdempotencyKey } from '../../offline/outbox.ts';
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
  /** What was saved (the new entry's id and its answers); undefined when closed without saving. */
  onDone: (saved?: { id: string; answers: ScaleAnswers }) => void;
}) {
  const { t } = useTranslation();
  const scale = scales[scaleId];
  const [draft, setAnswers, clearDraft] = useDraft<Record<string, number>>(
    `questionnaire:${scaleId}:${patientId}`,
    {},
  );
  // A draft kept in this browser from an older form may hold answers the form no longer has.
  const answers = answersTheFormAllows(scaleId, draft) as Record<string, number>;
  const [problem, setProblem] = useState<string>();
  const missing = scoreScale(scaleId, answers).missing.length;
  const alerts = immediateAlerts(scaleId, answers);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  async function save(event?: FormEvent) {
    event?.preventDefault();
    if (Object.keys(answers).length === 0) {
      setProblem(t('questionnaires.needOne'));
      return;
    }
    setProblem(undefined);
    const answeredOn = localDay();
    // The new entry's id, chosen here, so that Undo can delete it even before it has landed.
    const id = newIdempotencyKey();
    clearDraft();
    onDone({ id, answers });
    await enqueueSave({
      key: `questionnaire:${id}`,
      method: 'POST',
      path: `/api/patients/${patientId}/questionnaire-responses`,
      body: { scaleId, answeredOn, answers },
      idempotencyKey: id,
    });
  }

  let number = 0;
  return (
    <section aria-labelledby="questionnaire-title" className="panel">
      <h2 id="questionnaire-title" ref={heading} tabIndex={-1}>
        {t(`questionnaires.names.${scaleId}`)}
      </h2>
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
                      <RedFlagAlerts
                        alerts={alerts}
                        title={t('questionnaires.alertTitle')}
                        headingLevel={3}
                      />
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
