import { useTranslation } from 'react-i18next';
import { scales } from '../../../domain/index.ts';
import type { QuestionnaireResponse } from '../../api/types.ts';
import { TableScroll } from '../../components/table-scroll.tsx';
import { formatDay } from '../../format/dates.ts';

/**
 * The questionnaires of a shared record, one row each, newest first: points with their range,
 * the published band, and PHQ-9 question 9 on its own (it raises the self-harm alert whatever
 * the total), with each form's copyright line.
 */
export function QuestionnaireTable({ responses }: { responses: QuestionnaireResponse[] }) {
  const { t, i18n } = useTranslation();
  const label = t('questionnaires.table.label');
  const copyrights = [...new Set(responses.map((r) => r.copyright).filter((c) => c !== null))];
  const item9 = (response: QuestionnaireResponse) => {
    if (response.scaleId !== 'phq9') return t('questionnaires.table.notAsked');
    const value = response.answers.q9;
    const option = scales.phq9.items
      .find((item) => item.id === 'q9')
      ?.options.find((candidate) => candidate.value === value);
    return option
      ? t('questionnaires.table.item9Answer', { label: option.label, value: option.value })
      : t('questionnaires.table.notAnswered');
  };
  return (
    <section aria-labelledby="questionnaire-table-title" className="panel">
      <h2 id="questionnaire-table-title">{t('questionnaires.table.title')}</h2>
      {responses.length === 0 ? (
        <p>{t('questionnaires.table.none')}</p>
      ) : (
        <TableScroll label={label}>
          <table>
            <caption className="visually-hidden">{label}</caption>
            <thead>
              <tr>
                <th scope="col">{t('questionnaires.table.day')}</th>
                <th scope="col">{t('questionnaires.table.questionnaire')}</th>
                <th scope="col">{t('questionnaires.table.points')}</th>
                <th scope="col">{t('questionnaires.table.band')}</th>
                <th scope="col">{t('questionnaires.table.item9')}</th>
              </tr>
            </thead>
            <tbody>
              {responses.map((response) => (
                <tr key={response.id}>
                  <td>{formatDay(response.answeredOn, i18n.language)}</td>
                  <td>{response.scaleName}</td>
                  <td>
                    {response.score.total === null
                      ? t('questionnaires.table.notScored', {
                          count: response.score.missing.length,
                        })
                      : t('questionnaires.table.outOf', {
                          total: response.score.total,
                          max: response.score.max,
                        })}
                  </td>
                  <td>{response.score.band?.label ?? '—'}</td>
                  <td>{item9(response)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {copyrights.map((line) => (
        <p key={line} className="muted">
          {line}
        </p>
      ))}
      <p className="muted">{t('questionnaires.table.note')}</p>
    </section>
  );
}
