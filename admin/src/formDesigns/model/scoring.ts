import type { JsonLogicExpression, JsonValue } from '@forms-shared';

/**
 * The scoring builder's rules (a priority score as the sum of rules) and their JSON Logic, e.g. the
 * housing priority "10 if eviction, 2 per minor, 5 if disability, 5 if ISEE < 6,000". An empty answer
 * scores nothing: an unanswered ISEE is not "below 6,000".
 */
export type ScoreRule =
  /** `points` when the field has `value`: `true` for a yes/no, an option code for a choice (a multiple choice: among those selected). */
  | { rule: 'whenValue'; field: string; value: string | boolean; points: number; multiple?: boolean }
  /** `points` for each unit of a number (2 per minor). */
  | { rule: 'perUnit'; field: string; points: number }
  /** The points of the first band whose upper bound the value is below, else `otherwise`. */
  | { rule: 'bands'; field: string; bands: { below: number; points: number }[]; otherwise: number };

export type ScoreRuleKind = ScoreRule['rule'];

export const SCORE_RULE_KINDS: ScoreRuleKind[] = ['whenValue', 'perUnit', 'bands'];

const read = (field: string) => ({ var: field });

function ruleToLogic(rule: ScoreRule): JsonLogicExpression {
  switch (rule.rule) {
    case 'whenValue': {
      const test: JsonValue = rule.multiple
        ? { in: [rule.value, { var: [rule.field, []] }] }
        : { '==': [read(rule.field), rule.value] };
      return { if: [test, rule.points, 0] };
    }
    case 'perUnit':
      return { '*': [rule.points, { var: [rule.field, 0] }] };
    case 'bands': {
      const branches: JsonValue[] = [{ '==': [read(rule.field), null] }, 0];
      for (const band of [...rule.bands].sort((a, b) => a.below - b.below))
        branches.push({ '<': [read(rule.field), band.below] }, band.points);
      branches.push(rule.otherwise);
      return { if: branches };
    }
  }
}

/** The JSON Logic of a score: the sum of its complete rules (0 when there is none). */
export function scoreToLogic(rules: ScoreRule[]): JsonLogicExpression {
  const items = rules.filter((rule) => rule.field !== '').map(ruleToLogic);
  return items.length === 0 ? 0 : { '+': items };
}

type Operation = { [op: string]: JsonValue };
const isOperation = (node: JsonValue | undefined, op: string): node is Operation =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1 && op in node;
const args = (node: Operation, op: string): JsonValue[] => (Array.isArray(node[op]) ? (node[op] as JsonValue[]) : [node[op]]);

/** `{"var": "x"}` → x. */
function plainVar(node: JsonValue | undefined): string | null {
  if (!isOperation(node, 'var')) return null;
  const [name, ...rest] = args(node, 'var');
  return typeof name === 'string' && name !== '' && rest.length === 0 ? name : null;
}

/** `{"var": ["x", fallback]}` → x. */
function varWithDefault(node: JsonValue | undefined, fallback: (value: JsonValue) => boolean): string | null {
  if (!isOperation(node, 'var')) return null;
  const list = args(node, 'var');
  return list.length === 2 && typeof list[0] === 'string' && list[0] !== '' && fallback(list[1]) ? list[0] : null;
}

function parseWhenValue(node: Operation): ScoreRule | null {
  const [test, points, zero, ...rest] = args(node, 'if');
  if (rest.length > 0 || typeof points !== 'number' || zero !== 0) return null;
  if (isOperation(test, '==')) {
    const [left, value] = args(test, '==');
    const field = plainVar(left);
    return field && (typeof value === 'string' || typeof value === 'boolean')
      ? { rule: 'whenValue', field, value, points }
      : null;
  }
  if (isOperation(test, 'in')) {
    const [value, list] = args(test, 'in');
    const field = varWithDefault(list, (fallback) => Array.isArray(fallback) && fallback.length === 0);
    return field && typeof value === 'string' ? { rule: 'whenValue', field, value, points, multiple: true } : null;
  }
  return null;
}

function parseBands(node: Operation): ScoreRule | null {
  const list = args(node, 'if');
  if (list.length < 5 || list.length % 2 === 0) return null;
  const [emptyTest, emptyPoints] = list;
  if (!isOperation(emptyTest, '==') || emptyPoints !== 0) return null;
  const [left, nothing] = args(emptyTest, '==');
  const field = plainVar(left);
  if (!field || nothing !== null) return null;
  const bands: { below: number; points: number }[] = [];
  for (let i = 2; i < list.length - 1; i += 2) {
    const test = list[i];
    const points = list[i + 1];
    if (!isOperation(test, '<') || typeof points !== 'number') return null;
    const [value, below] = args(test, '<');
    if (plainVar(value) !== field || typeof below !== 'number') return null;
    bands.push({ below, points });
  }
  const otherwise = list[list.length - 1];
  return typeof otherwise === 'number' ? { rule: 'bands', field, bands, otherwise } : null;
}

function parseRule(node: JsonValue): ScoreRule | null {
  if (isOperation(node, '*')) {
    const [points, value, ...rest] = args(node, '*');
    const field = varWithDefault(value, (fallback) => fallback === 0);
    return field && typeof points === 'number' && rest.length === 0 ? { rule: 'perUnit', field, points } : null;
  }
  if (isOperation(node, 'if')) return args(node, 'if').length === 3 ? parseWhenValue(node) : parseBands(node);
  return null;
}

/** The rules of a score, or null when the expression is not one the builder wrote. */
export function scoreFromLogic(expression: JsonLogicExpression): ScoreRule[] | null {
  if (expression === 0) return [];
  if (!isOperation(expression, '+')) return null;
  const rules = args(expression, '+').map(parseRule);
  return rules.every((rule): rule is ScoreRule => rule !== null) ? rules : null;
}

/** An empty rule of a kind, on `field`. */
export function emptyScoreRule(rule: ScoreRuleKind, field: string): ScoreRule {
  switch (rule) {
    case 'whenValue':
      return { rule, field, value: true, points: 1 };
    case 'perUnit':
      return { rule, field, points: 1 };
    case 'bands':
      return { rule, field, bands: [{ below: 0, points: 1 }], otherwise: 0 };
  }
}
