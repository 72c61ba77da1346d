/**
 * FHIR R4 QuestionnaireResponse to and from scale answers, so a score from an EHR or registry
 * export goes through the same engine and checks as one typed into Tonus.
 */
import type {
  QuestionnaireResponse,
  QuestionnaireResponseAnswer,
  QuestionnaireResponseItem,
} from './fhir-resources.ts';
import {
  answerCode,
  answerSystem,
  defaultCanonicalBase,
  loincSystem,
  notApplicableCode,
  questionnaireUrl,
} from './questionnaire.ts';
import type { AnswerOption, ScaleDefinition, ScaleItem } from './scales/scale-definition.ts';
import {
  type AnswerValue,
  type ScaleAnswers,
  type ScaleScore,
  scaleById,
  scoreScale,
} from './score-scale.ts';

export interface ResponseOptions {
  canonicalBase?: string;
  /** e.g. `Patient/123`. */
  subject?: string;
  /** When the answers were given, ISO date or date-time. */
  authored?: string;
}

function toAnswer(scale: ScaleDefinition, item: ScaleItem, value: AnswerValue, base: string) {
  if (value === 'not_applicable') {
    return {
      valueCoding: {
        system: answerSystem(scale, base),
        code: notApplicableCode,
        display: 'Not applicable',
      },
    };
  }
  // `toQuestionnaireResponse` has already run the answers through `scoreScale`'s checks.
  const option = item.options.find((candidate) => candidate.value === value) as AnswerOption;
  return {
    valueCoding: {
      system: option.loinc === undefined ? answerSystem(scale, base) : loincSystem,
      code: answerCode(option),
      display: option.label,
    },
  };
}

/**
 * Writes answers as a QuestionnaireResponse grouped like the Questionnaire. Unanswered items
 * are left out; the status is `completed` only when every item the score needs is answered.
 */
export function toQuestionnaireResponse(
  scale: ScaleDefinition,
  answers: ScaleAnswers,
  options: ResponseOptions = {},
): QuestionnaireResponse {
  const base = options.canonicalBase ?? defaultCanonicalBase;
  const score = scoreScale(scale, answers);
  const groups: QuestionnaireResponseItem[] = scale.sections.flatMap((section) => {
    const item = scale.items.flatMap((scaleItem) => {
      const value = answers[scaleItem.id];
      if (scaleItem.section !== section.id || value === null || value === undefined) return [];
      return [
        {
          linkId: scaleItem.id,
          text: scaleItem.text,
          answer: [toAnswer(scale, scaleItem, value, base)],
        },
      ];
    });
    return item.length === 0 ? [] : [{ linkId: section.id, text: section.title, item }];
  });
  return {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${questionnaireUrl(scale, base)}|${scale.version}`,
    status: score.complete ? 'completed' : 'in-progress',
    ...(options.subject === undefined ? {} : { subject: { reference: options.subject } }),
    ...(options.authored === undefined ? {} : { authored: options.authored }),
    item: groups,
  };
}

/** Finds the scale a response answers, from `…/Questionnaire/<id>|<version>`. */
function scaleOfResponse(response: QuestionnaireResponse): ScaleDefinition {
  const match = /(?:^|\/)Questionnaire\/([^/|]+)(?:\|(.+))?$/.exec(response.questionnaire ?? '');
  const [, id, version] = match ?? [];
  if (id === undefined) {
    throw new Error(
      `QuestionnaireResponse.questionnaire "${response.questionnaire ?? ''}" does not name a ` +
        'Tonus questionnaire (expected …/Questionnaire/<scale id>|<version>).',
    );
  }
  const scale = scaleById(id);
  if (version !== undefined && version !== scale.version) {
    throw new Error(
      `QuestionnaireResponse is for ${scale.name} version ${version}; Tonus scores version ` +
        `${scale.version}.`,
    );
  }
  return scale;
}

function readAnswer(
  scale: ScaleDefinition,
  linkId: string,
  answer: QuestionnaireResponseAnswer,
): AnswerValue {
  const item = scale.items.find((candidate) => candidate.id === linkId);
  if (item === undefined) {
    throw new Error(
      `Unknown item "${linkId}" for ${scale.name}. Valid items: ` +
        `${scale.items.map((known) => known.id).join(', ')}.`,
    );
  }
  if (answer.valueInteger !== undefined) return answer.valueInteger;
  if (answer.valueDecimal !== undefined) return answer.valueDecimal;
  const code = answer.valueCoding?.code;
  if (code === notApplicableCode) return 'not_applicable';
  const option = item.options.find((candidate) => answerCode(candidate) === code);
  if (option === undefined) {
    throw new Error(
      `${scale.name} item "${linkId}": answer ${JSON.stringify(answer)} is not one of the ` +
        'questionnaire options.',
    );
  }
  return option.value;
}

/**
 * Scores a QuestionnaireResponse for one of Tonus's questionnaires.
 *
 * @throws Error when the response is not for a known scale or version, repeats an item, has
 *   several answers for one item, or holds an answer the form does not allow.
 */
export function scoreQuestionnaireResponse(response: QuestionnaireResponse): ScaleScore {
  if (response.resourceType !== 'QuestionnaireResponse') {
    throw new Error(
      `Expected a QuestionnaireResponse, got ${JSON.stringify(response.resourceType)}.`,
    );
  }
  const scale = scaleOfResponse(response);
  const answers: Record<string, AnswerValue> = {};
  const visit = (items: readonly QuestionnaireResponseItem[]) => {
    for (const item of items) {
      const given = item.answer ?? [];
      const [first, ...more] = given;
      if (first === undefined) {
        visit(item.item ?? []);
        continue;
      }
      if (more.length > 0) {
        throw new Error(
          `${scale.name} item "${item.linkId}" has ${given.length} answers; expected one.`,
        );
      }
      if (Object.hasOwn(answers, item.linkId)) {
        throw new Error(`${scale.name} item "${item.linkId}" is answered twice.`);
      }
      answers[item.linkId] = readAnswer(scale, item.linkId, first);
    }
  };
  visit(response.item ?? []);
  return scoreScale(scale, answers);
}
