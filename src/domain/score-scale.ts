/**
 * The one scoring engine for every scale definition (REFERENCE §3 general rules): raw item
 * values in, weights applied in code, a missing item makes the score incomplete (never zero),
 * and a value the form does not allow is an error, not a guess.
 */
import { scales } from './scales/catalogue.ts';
import type {
  ScaleDefinition,
  ScaleItem,
  ScoreBand,
  ScoreDefinition,
  ScoreExpression,
} from './scales/scale-definition.ts';

/** An item's answer: one of its option values, or `'not_applicable'` where the item allows it. */
export type AnswerValue = number | 'not_applicable';

/** Answers by item id; `null`/absent means not answered. */
export type ScaleAnswers = Readonly<Record<string, AnswerValue | null | undefined>>;

export interface ScaleScore {
  scaleId: string;
  scaleVersion: string;
  /** `null` unless every item the score needs is answered. */
  total: number | null;
  /** Each subscale is `null` if one of its own items is missing. */
  subscales: Record<string, number | null>;
  /** Breakdowns such as BFMDRS region scores; `null` when one of their items is missing. */
  parts: Record<string, number | null>;
  complete: boolean;
  /** Items the total or a subscale needs that have no answer, in form order. */
  missing: string[];
  /** Items answered "not applicable" (counted as 0). */
  notApplicable: string[];
  /** The interpretation band of the total, for scales that have bands. */
  band: ScoreBand | null;
}

interface Evaluation {
  value: number | null;
  missing: ReadonlySet<string>;
}

/** Finds a scale definition by id. @throws Error listing valid ids when it is unknown. */
export function scaleById(scaleId: string): ScaleDefinition {
  const catalogue: Readonly<Record<string, ScaleDefinition>> = scales;
  const scale = Object.hasOwn(catalogue, scaleId) ? catalogue[scaleId] : undefined;
  if (scale === undefined) {
    throw new Error(`Unknown scale "${scaleId}". Valid scales: ${Object.keys(scales).join(', ')}.`);
  }
  return scale;
}

function describeAllowed(item: ScaleItem): string {
  const values = item.options.map((option) => String(option.value));
  if (item.allowsNotApplicable) values.push("'not_applicable'");
  return values.join(', ');
}

/** Checks every answer against the form and returns the values that count. */
function readAnswers(scale: ScaleDefinition, answers: ScaleAnswers): Map<string, number> {
  const itemsById = new Map(scale.items.map((item) => [item.id, item]));
  const values = new Map<string, number>();
  for (const [itemId, answer] of Object.entries(answers)) {
    const item = itemsById.get(itemId);
    if (item === undefined) {
      throw new Error(
        `Unknown item "${itemId}" for ${scale.name}. Valid items: ` +
          `${scale.items.map((known) => known.id).join(', ')}.`,
      );
    }
    if (answer === null || answer === undefined) continue;
    if (answer === 'not_applicable' && item.allowsNotApplicable) {
      values.set(itemId, 0);
      continue;
    }
    if (!item.options.some((option) => option.value === answer)) {
      throw new Error(
        `${scale.name} item "${itemId}": ${JSON.stringify(answer)} is not an allowed answer. ` +
          `Allowed: ${describeAllowed(item)}.`,
      );
    }
    values.set(itemId, answer as number);
  }
  return values;
}

function union(evaluations: readonly Evaluation[]): Set<string> {
  return new Set(evaluations.flatMap((evaluation) => [...evaluation.missing]));
}

function combine(
  evaluations: readonly Evaluation[],
  reduce: (values: number[]) => number,
  weight = 1,
): Evaluation {
  const values = evaluations.map((evaluation) => evaluation.value);
  const known = values.filter((value): value is number => value !== null);
  return {
    value: known.length === values.length ? reduce(known) * weight : null,
    missing: union(evaluations),
  };
}

function evaluate(
  expression: ScoreExpression,
  values: ReadonlyMap<string, number>,
  namedScore: (id: string) => Evaluation,
  scale: ScaleDefinition,
): Evaluation {
  const recurse = (inner: ScoreExpression) => evaluate(inner, values, namedScore, scale);
  switch (expression.op) {
    case 'item': {
      const value = values.get(expression.item);
      return value === undefined
        ? { value: null, missing: new Set([expression.item]) }
        : { value: value * (expression.weight ?? 1), missing: new Set() };
    }
    case 'sum':
      return combine(
        expression.of.map(recurse),
        (terms) => terms.reduce((a, b) => a + b, 0),
        expression.weight,
      );
    case 'product':
      return combine(
        expression.of.map(recurse),
        (factors) => factors.reduce((a, b) => a * b, 1),
        expression.weight,
      );
    case 'score':
      return namedScore(expression.id);
    case 'share_remaining': {
      const { base, max } = expression;
      const inner = recurse(expression.of);
      const x = inner.value;
      return { value: x === null ? null : (base * (max - x)) / max, missing: inner.missing };
    }
    case 'by_item': {
      const selector = values.get(expression.item);
      if (selector === undefined) return { value: null, missing: new Set([expression.item]) };
      const branch = expression.cases[selector];
      if (branch === undefined) {
        throw new Error(
          `${scale.name} definition has no rule for ${expression.item} = ${selector}.`,
        );
      }
      return recurse(branch);
    }
    case 'constant':
      return { value: expression.value, missing: new Set() };
  }
}

/**
 * The answers the scale's current form allows, others left out (as unanswered). For answers
 * stored long ago: one that a later version of the form no longer has must not stop the rest
 * of the record from being read, nor hide an answer that raises an alert.
 *
 * @throws Error for an unknown scale.
 */
export function answersTheFormAllows(scaleId: string, answers: ScaleAnswers): ScaleAnswers {
  const scale = scaleById(scaleId);
  const allowed = (item: ScaleItem, answer: unknown) =>
    (answer === 'not_applicable' && item.allowsNotApplicable === true) ||
    item.options.some((option) => option.value === answer);
  return Object.fromEntries(
    scale.items
      .filter((item) => Object.hasOwn(answers, item.id) && allowed(item, answers[item.id]))
      .map((item) => [item.id, answers[item.id]]),
  );
}

/**
 * Scores a scale from raw item answers.
 *
 * @param scale a scale id from `scales` (e.g. `'twstrs'`) or a definition.
 * @throws Error for an unknown scale or item, or an answer the form does not allow.
 * @example
 * scoreScale('jrs', { severity: 3, frequency: 2 }).total // 5
 */
export function scoreScale(scale: string | ScaleDefinition, answers: ScaleAnswers): ScaleScore {
  const definition = typeof scale === 'string' ? scaleById(scale) : scale;
  const values = readAnswers(definition, answers);

  const named = new Map<string, ScoreDefinition>(
    [...definition.subscales, ...(definition.parts ?? [])].map((score) => [score.id, score]),
  );
  const memo = new Map<string, Evaluation>();
  const namedScore = (id: string): Evaluation => {
    const cached = memo.get(id);
    if (cached) return cached;
    const score = named.get(id);
    if (score === undefined) {
      throw new Error(`${definition.name} definition refers to an unknown score "${id}".`);
    }
    const result = evaluate(score.expression, values, namedScore, definition);
    memo.set(id, result);
    return result;
  };

  const total = evaluate(definition.total.expression, values, namedScore, definition);
  const scoreValues = (list: readonly ScoreDefinition[] = []) =>
    Object.fromEntries(list.map((score) => [score.id, namedScore(score.id).value]));
  const subscales = scoreValues(definition.subscales);
  const parts = scoreValues(definition.parts);

  // Parts are breakdowns: either inside the total (BFMDRS regions) or on a branch the answers
  // did not choose (ADDS activities when nothing is limited), so they never add missing items.
  const missingSet = union([total, ...definition.subscales.map((score) => namedScore(score.id))]);
  const missing = definition.items.map((item) => item.id).filter((id) => missingSet.has(id));
  const complete = missing.length === 0;
  const totalValue = complete ? total.value : null;
  const band =
    definition.total.bands?.find(
      (candidate) =>
        totalValue !== null && totalValue >= candidate.min && totalValue <= candidate.max,
    ) ?? null;

  return {
    scaleId: definition.id,
    scaleVersion: definition.version,
    total: totalValue,
    subscales,
    parts,
    complete,
    missing,
    notApplicable: definition.items
      .filter((item) => answers[item.id] === 'not_applicable')
      .map((item) => item.id),
    band,
  };
}
