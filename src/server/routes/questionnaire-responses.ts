import { z } from '@hono/zod-openapi';
import { answersTheFormAllows, scaleById, scoreScale } from '../../domain/index.ts';
import type { Store } from '../../store/open-store.ts';
import {
  createQuestionnaireResponse,
  deleteQuestionnaireResponse,
  listQuestionnaireResponses,
  type QuestionnaireResponse,
  updateQuestionnaireResponse,
} from '../../store/questionnaire-responses.ts';
import {
  Day,
  EntryMeta,
  entryMeta,
  Note,
  recordEntryRoutes,
  refuseFutureDay,
} from './record-entries.ts';

/**
 * The questionnaires a person can fill in and keep. Only scales whose licence allows them on an
 * electronic platform are taken (REFERENCE §3.13): PHQ-9 and GAD-7 are © Pfizer and free to
 * reproduce with their copyright line. The dystonia scales' licences are not checked yet (and
 * the MDS scales need written permission), so Tonus does not store them.
 */
export const storedQuestionnaires = ['phq9', 'gad7'] as const;

const answerValue = z.union([z.number().int(), z.literal('not_applicable'), z.null()], {
  message: "Each answer is one of the question's answer values (a whole number), or null.",
});

const QuestionnaireInput = z
  .object({
    scaleId: z.enum(storedQuestionnaires, {
      message:
        'Choose the questionnaire: phq9 (mood) or gad7 (worry). Tonus keeps only questionnaires whose licence allows electronic use.',
    }),
    answeredOn: Day.openapi({ description: 'The day the person filled it in (their date).' }),
    answers: z
      .record(z.string(), answerValue, {
        message: 'Send the answers as an object: question id to answer value.',
      })
      .openapi({
        description:
          'Answer values by question id, exactly as the form gives them (PHQ-9: q1–q9 and difficulty, 0–3; GAD-7: q1–q7, 0–3). A question left out or null is unanswered, and the total is then not given.',
      }),
    note: Note,
  })
  .strict()
  .superRefine((value, ctx) => {
    try {
      scoreScale(value.scaleId, value.answers);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['answers'], message: (error as Error).message });
      return;
    }
    if (!Object.values(value.answers).some((answer) => answer !== null)) {
      ctx.addIssue({
        code: 'custom',
        path: ['answers'],
        message: 'Answer at least one question before saving.',
      });
    }
  })
  .openapi('QuestionnaireResponseInput');

const QuestionnaireResponseEntry = z
  .object({
    ...EntryMeta,
    scaleId: z.enum(storedQuestionnaires),
    scaleVersion: z.string(),
    scaleName: z.string(),
    answeredOn: Day,
    answers: z.record(z.string(), answerValue),
    note: z.string().nullable(),
    score: z
      .object({
        total: z.number().nullable(),
        min: z.number(),
        max: z.number(),
        band: z.object({ id: z.string(), label: z.string() }).nullable(),
        complete: z.boolean(),
        missing: z.array(z.string()),
      })
      .openapi({
        description:
          "The sum of the person's own answers, scored by the form's published rules; no total while a scored question is unanswered. A screen, not a diagnosis.",
      }),
    copyright: z.string().nullable().openapi({ description: 'Shown with the form and its score.' }),
  })
  .openapi('QuestionnaireResponse');

function toApi(row: QuestionnaireResponse) {
  const scale = scaleById(row.scaleId);
  // Scored on what the current form allows: an answer it no longer has counts as unanswered.
  const score = scoreScale(row.scaleId, answersTheFormAllows(row.scaleId, row.answers));
  return {
    ...entryMeta(row),
    scaleId: row.scaleId,
    scaleVersion: row.scaleVersion,
    scaleName: scale.name,
    answeredOn: row.answeredOn,
    answers: row.answers,
    note: row.note,
    score: {
      total: score.total,
      min: scale.total.range.min,
      max: scale.total.range.max,
      band: score.band && { id: score.band.id, label: score.band.label },
      complete: score.complete,
      missing: score.missing,
    },
    copyright: scale.licence.copyright ?? null,
  };
}

type Input = z.output<typeof QuestionnaireInput>;

/** The version of the form is the one Tonus shows now; it is stored with the answers. */
const withVersion = ({ scaleId, answeredOn, answers, note }: Input) => ({
  scaleId,
  scaleVersion: scaleById(scaleId).version,
  answeredOn,
  answers,
  note,
});

export function questionnaireResponseRoutes(store: Store) {
  return recordEntryRoutes(store, {
    path: 'questionnaire-responses',
    idParam: 'responseId',
    listKey: 'questionnaireResponses',
    noun: 'questionnaire',
    tag: 'questionnaires',
    input: QuestionnaireInput,
    entry: QuestionnaireResponseEntry,
    list: (db, patientId) => listQuestionnaireResponses(db, patientId),
    create: (db, patientId, values, by, id) =>
      createQuestionnaireResponse(db, patientId, withVersion(values), by, id),
    update: (db, patientId, id, values, by) =>
      updateQuestionnaireResponse(db, patientId, id, withVersion(values), by),
    remove: deleteQuestionnaireResponse,
    toApi,
    verify: (_scope, values, now) =>
      refuseFutureDay(
        'answeredOn',
        values.answeredOn,
        now,
        'the day the questionnaire was filled in',
      ),
  });
}
