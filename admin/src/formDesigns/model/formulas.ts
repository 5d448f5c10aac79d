import type { CalculatedResultType, JsonLogicExpression, JsonValue } from '@forms-shared';
import { scoreFromLogic, scoreToLogic, type ScoreRule } from './scoring';

/**
 * The formula builder's model for the common calculated fields, and its JSON Logic. Expressions the
 * builder cannot show read as null: the designer edits them as raw JSON.
 */
export type FormulaModel =
  /** Whole years from a date field (e.g. birth date) to today. */
  | { kind: 'age'; field: string }
  /** Number of rows of a group. */
  | { kind: 'count'; group: string }
  /** Sum of one numeric field over the rows of a group. */
  | { kind: 'sumOf'; group: string; column: string }
  /** Σ weight × field + constant (an empty field counts as 0). */
  | { kind: 'weightedSum'; terms: { field: string; weight: number }[]; constant: number }
  /** A score: the sum of rules (points if a field has a value, per unit, by bands). */
  | { kind: 'score'; rules: ScoreRule[] };

export type FormulaKind = FormulaModel['kind'];

export const FORMULA_KINDS: FormulaKind[] = ['score', 'weightedSum', 'age', 'count', 'sumOf'];

/** The result type a formula naturally has. */
export const suggestedResultType = (model: FormulaModel): CalculatedResultType =>
  model.kind === 'weightedSum' || model.kind === 'sumOf' || model.kind === 'score' ? 'number' : 'integer';

/** An empty model of a kind. */
export function emptyFormula(kind: FormulaKind): FormulaModel {
  switch (kind) {
    case 'age':
      return { kind, field: '' };
    case 'count':
      return { kind, group: '' };
    case 'sumOf':
      return { kind, group: '', column: '' };
    case 'weightedSum':
      return { kind, terms: [], constant: 0 };
    case 'score':
      return { kind, rules: [] };
  }
}

const orZero = (field: string) => ({ var: [field, 0] });

export function formulaToLogic(model: FormulaModel): JsonLogicExpression {
  switch (model.kind) {
    case 'age':
      return { age: [{ var: model.field }] };
    case 'count':
      return { count: [{ var: model.group }] };
    case 'sumOf':
      return { sum_of: [{ var: model.group }, model.column] };
    case 'score':
      return scoreToLogic(model.rules);
    case 'weightedSum': {
      const items: JsonValue[] = model.terms
        .filter((term) => term.field !== '')
        .map((term) => (term.weight === 1 ? orZero(term.field) : { '*': [orZero(term.field), term.weight] }));
      if (model.constant !== 0 || items.length === 0) items.push(model.constant);
      return items.length === 1 ? items[0] : { '+': items };
    }
  }
}

const isObject = (node: JsonValue | undefined): node is { [key: string]: JsonValue } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;

const argsOf = (node: { [key: string]: JsonValue }, op: string): JsonValue[] => {
  const raw = node[op];
  return Array.isArray(raw) ? raw : [raw];
};

/**
 * The field of `{"var": "x"}`, `{"var": ["x"]}` or (a term of a sum) `{"var": ["x", 0]}`. A formula whose
 * field is still to be chosen reads `{"var": ""}` (the builder shows it with the choice empty).
 */
function varName(node: JsonValue | undefined, term: boolean): string | null {
  if (!isObject(node) || !('var' in node)) return null;
  const args = argsOf(node, 'var');
  const okDefault = args.length === 1 || (term && args.length === 2 && args[1] === 0);
  return okDefault && typeof args[0] === 'string' && (args[0] !== '' || !term) ? args[0] : null;
}

function parseTerm(node: JsonValue): { field: string; weight: number } | number | null {
  if (typeof node === 'number') return node;
  const plain = varName(node, true);
  if (plain) return { field: plain, weight: 1 };
  if (!isObject(node) || !('*' in node)) return null;
  const args = argsOf(node, '*');
  if (args.length !== 2) return null;
  const [a, b] = args;
  const field = varName(a, true) ?? varName(b, true);
  const weight = typeof b === 'number' ? b : typeof a === 'number' ? a : null;
  return field && weight !== null ? { field, weight } : null;
}

/** A formula seen as a score: a weighted sum (without a constant) is a score of points per unit. */
export function asScore(model: FormulaModel): FormulaModel {
  if (model.kind !== 'weightedSum' || model.constant !== 0) return model;
  return {
    kind: 'score',
    rules: model.terms.map((term) => ({ rule: 'perUnit' as const, field: term.field, points: term.weight })),
  };
}

/** The model of a formula, or null when the builder cannot show it. */
export function formulaFromLogic(expression: JsonLogicExpression): FormulaModel | null {
  if (isObject(expression) && 'age' in expression) {
    const args = argsOf(expression, 'age');
    const field = args.length === 1 ? varName(args[0], false) : null;
    return field !== null ? { kind: 'age', field } : null;
  }
  if (isObject(expression) && 'count' in expression) {
    const args = argsOf(expression, 'count');
    const group = args.length === 1 ? varName(args[0], false) : null;
    return group !== null ? { kind: 'count', group } : null;
  }
  if (isObject(expression) && 'sum_of' in expression) {
    const [rows, column, ...rest] = argsOf(expression, 'sum_of');
    const group = varName(rows, false);
    return group !== null && typeof column === 'string' && rest.length === 0 ? { kind: 'sumOf', group, column } : null;
  }
  const rules = scoreFromLogic(expression);
  // A sum of points per unit reads as a weighted sum (the same formula); anything else the scoring builder wrote is a score.
  if (rules && rules.some((rule) => rule.rule !== 'perUnit')) return { kind: 'score', rules };
  const items = isObject(expression) && '+' in expression ? argsOf(expression, '+') : [expression];
  const terms: { field: string; weight: number }[] = [];
  let constant = 0;
  let constants = 0;
  for (const item of items) {
    const term = parseTerm(item);
    if (term === null) return null;
    if (typeof term === 'number') {
      constant += term;
      constants += 1;
    } else terms.push(term);
  }
  return constants <= 1 ? { kind: 'weightedSum', terms, constant } : null;
}
