/**
 * The smallest and largest value a score can take, worked out from its expression and the
 * items' allowed values. Tests hold every declared range to this, so a typo in a weight or an
 * option list cannot hide behind a hand-written maximum.
 */
import type { ScaleDefinition, ScoreExpression } from './scale-definition.ts';

export interface ScoreRange {
  min: number;
  max: number;
}

function itemRange(scale: ScaleDefinition, itemId: string): ScoreRange {
  const item = scale.items.find((candidate) => candidate.id === itemId);
  if (item === undefined) {
    throw new Error(`${scale.name} definition refers to an unknown item "${itemId}".`);
  }
  const values = item.options.map((option) => option.value);
  // "Not applicable" counts as 0.
  if (item.allowsNotApplicable) values.push(0);
  return { min: Math.min(...values), max: Math.max(...values) };
}

/** Every product of one end of each factor's range; correct for signed factors too. */
function productRange(ranges: readonly ScoreRange[]): ScoreRange {
  let corners = [1];
  for (const range of ranges) {
    corners = corners.flatMap((corner) => [corner * range.min, corner * range.max]);
  }
  return { min: Math.min(...corners), max: Math.max(...corners) };
}

function scaled(range: ScoreRange, weight: number): ScoreRange {
  const ends = [range.min * weight, range.max * weight];
  // `+ 0` turns the -0 of a negative weight times zero into a plain 0.
  return { min: Math.min(...ends) + 0, max: Math.max(...ends) + 0 };
}

/**
 * @throws Error when the expression refers to an item or score the scale does not define.
 */
export function expressionRange(expression: ScoreExpression, scale: ScaleDefinition): ScoreRange {
  const recurse = (inner: ScoreExpression) => expressionRange(inner, scale);
  switch (expression.op) {
    case 'item':
      return scaled(itemRange(scale, expression.item), expression.weight ?? 1);
    case 'sum': {
      const ranges = expression.of.map(recurse);
      const total = {
        min: ranges.reduce((sum, range) => sum + range.min, 0),
        max: ranges.reduce((sum, range) => sum + range.max, 0),
      };
      return scaled(total, expression.weight ?? 1);
    }
    case 'product':
      return scaled(productRange(expression.of.map(recurse)), expression.weight ?? 1);
    case 'score': {
      const named = [...scale.subscales, ...(scale.parts ?? [])].find(
        (score) => score.id === expression.id,
      );
      if (named === undefined) {
        throw new Error(`${scale.name} definition refers to an unknown score "${expression.id}".`);
      }
      return recurse(named.expression);
    }
    case 'share_remaining': {
      const inner = recurse(expression.of);
      const { base, max } = expression;
      return {
        min: (base * (max - inner.max)) / max,
        max: (base * (max - inner.min)) / max,
      };
    }
    case 'by_item': {
      itemRange(scale, expression.item); // the selector must be a real item
      const ranges = Object.values(expression.cases).map(recurse);
      return {
        min: Math.min(...ranges.map((range) => range.min)),
        max: Math.max(...ranges.map((range) => range.max)),
      };
    }
    case 'constant':
      return { min: expression.value, max: expression.value };
  }
}
