import jsonLogic from 'json-logic-js';
import type { AdditionalOperation, RulesLogic } from 'json-logic-js';
import { daysBetween, romeDate, wholeYearsBetween } from './dates';
import { countItems, sumOf } from './operations';
import type { JsonLogicExpression, JsonValue } from './types';

/**
 * JSON Logic as used by form definitions: the standard operations (without `log`) and Ambito's own,
 * registered once per process or page:
 * - `{"today": []}` → today's date in Italy, `YYYY-MM-DD`;
 * - `{"age": [date]}` / `{"age": [date, at]}` → whole years from `date` to today (or to `at`);
 * - `{"count": [array]}` → number of items (0 when not an array);
 * - `{"sum_of": [rows, "key"]}` → sum of the numeric `key` of each row (of the items when no key);
 * - `{"days_between": [from, to]}` → days from `from` to `to`.
 */

const STANDARD_OPERATORS = [
  'var',
  'missing',
  'missing_some',
  'if',
  '?:',
  '==',
  '===',
  '!=',
  '!==',
  '!',
  '!!',
  'or',
  'and',
  '>',
  '>=',
  '<',
  '<=',
  'max',
  'min',
  '+',
  '-',
  '*',
  '/',
  '%',
  'map',
  'filter',
  'reduce',
  'all',
  'none',
  'some',
  'merge',
  'in',
  'cat',
  'substr',
];

/** Operations whose second argument is evaluated once per item of the array given as first argument. */
const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);

/** Every operation a definition may use. */
export const KNOWN_OPERATORS: ReadonlySet<string> = new Set([
  ...STANDARD_OPERATORS,
  'today',
  'age',
  'count',
  'sum_of',
  'days_between',
]);

let clock: Date | undefined;
let registered = false;

function registerOperations(): void {
  if (registered) return;
  registered = true;
  const today = () => romeDate(clock ?? new Date());
  jsonLogic.add_operation('today', today);
  jsonLogic.add_operation('age', (date: unknown, at?: unknown) => wholeYearsBetween(date, at ?? today()));
  jsonLogic.add_operation('count', countItems);
  jsonLogic.add_operation('sum_of', sumOf);
  jsonLogic.add_operation('days_between', (from: unknown, to: unknown) => daysBetween(from, to));
}

/**
 * Evaluates an expression over `data`. `now` fixes "today" (tests, or a submission's date); an expression
 * that fails (e.g. an operation on unexpected data) evaluates to null.
 */
export function applyExpression(expression: JsonLogicExpression, data: unknown, now?: Date): unknown {
  registerOperations();
  const previous = clock;
  clock = now;
  try {
    return jsonLogic.apply(expression as RulesLogic<AdditionalOperation>, data);
  } catch {
    return null;
  } finally {
    clock = previous;
  }
}

/**
 * `jsonLogic.apply` with Ambito's operations and "today" fixed by `now`, errors not caught: what the
 * compiled expressions (`compile-expression.ts`) fall back to for what they do not compile themselves.
 */
export function applyUnchecked(expression: unknown, data: unknown, now?: Date): unknown {
  registerOperations();
  const previous = clock;
  clock = now;
  try {
    return jsonLogic.apply(expression as RulesLogic<AdditionalOperation>, data);
  } finally {
    clock = previous;
  }
}

/** JSON Logic truthiness (an empty array is false). */
export function isTruthy(value: unknown): boolean {
  return jsonLogic.truthy(value);
}

/** An object with exactly one key: JSON Logic reads it as an operation. */
export function isOperation(node: JsonValue | undefined): node is { [op: string]: JsonValue } {
  return node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;
}

/** A variable an expression reads. */
export interface VariableRef {
  /** The path given to `var` (or named by `missing`, `sum_of`), e.g. `birthDate`, `household.0.age`. */
  path: string;
  /**
   * Arrays being iterated around the reference, outermost first: `[]` when the name is looked up in the
   * form (or the current group row); `['household']` inside `{"filter": [{"var": "household"}, …]}`,
   * where the name is a field of a household row. `null` marks an array that is not a plain `var`.
   */
  scope: (string | null)[];
}

const asArgs = (value: JsonValue): JsonValue[] => (Array.isArray(value) ? value : [value]);

/** The path of a plain `{"var": "x"}`, else null. */
export function plainVarPath(node: JsonValue | undefined): string | null {
  if (!isOperation(node) || !('var' in node)) return null;
  const first = asArgs(node.var)[0];
  return typeof first === 'string' || typeof first === 'number' ? String(first) : null;
}

function collect(node: JsonValue, scope: (string | null)[], inReduce: boolean, out: VariableRef[]): void {
  if (Array.isArray(node)) {
    node.forEach((item) => collect(item, scope, inReduce, out));
    return;
  }
  if (!isOperation(node)) return;
  const op = Object.keys(node)[0];
  const args = asArgs(node[op]);
  const push = (raw: JsonValue) => {
    if (typeof raw !== 'string' && typeof raw !== 'number') return;
    let path = String(raw);
    if (inReduce) {
      if (path === 'accumulator' || path.startsWith('accumulator.')) return;
      if (path === 'current' || path.startsWith('current.')) path = path.slice('current.'.length);
    }
    out.push({ path, scope });
  };
  if (op === 'var') {
    if (typeof args[0] === 'string' || typeof args[0] === 'number') push(args[0]);
    else if (args[0] !== undefined) collect(args[0], scope, inReduce, out);
    args.slice(1).forEach((arg) => collect(arg, scope, inReduce, out));
  } else if (op === 'missing' || op === 'missing_some') {
    const names = op === 'missing' ? args : asArgs(args[1] ?? []);
    if (op === 'missing_some') collect(args[0] ?? null, scope, inReduce, out);
    names.forEach((name) => (typeof name === 'string' ? push(name) : collect(name, scope, inReduce, out)));
  } else if (ITERATING.has(op)) {
    collect(args[0] ?? null, scope, inReduce, out);
    const inner = [...scope, plainVarPath(args[0])];
    collect(args[1] ?? null, inner, op === 'reduce', out);
    args.slice(2).forEach((arg) => collect(arg, scope, inReduce, out));
  } else if (op === 'sum_of') {
    collect(args[0] ?? null, scope, inReduce, out);
    if (typeof args[1] === 'string') out.push({ path: args[1], scope: [...scope, plainVarPath(args[0])] });
    else args.slice(1).forEach((arg) => collect(arg, scope, inReduce, out));
  } else {
    args.forEach((arg) => collect(arg, scope, inReduce, out));
  }
}

/** The variables an expression reads, including those read per item of a group (see `VariableRef.scope`). */
export function listVariables(expression: JsonLogicExpression): VariableRef[] {
  const out: VariableRef[] = [];
  collect(expression, [], false, out);
  return out;
}

/** Nesting depth of an expression: a constant is 0, `{"var": "x"}` is 1. */
export function expressionDepth(expression: JsonLogicExpression): number {
  if (Array.isArray(expression)) return expression.reduce<number>((max, item) => Math.max(max, expressionDepth(item)), 0);
  if (expression === null || typeof expression !== 'object') return 0;
  return 1 + Object.values(expression).reduce<number>((max, item) => Math.max(max, expressionDepth(item)), 0);
}

/** Operators an expression uses that are not known (`KNOWN_OPERATORS`), and objects with several keys. */
export function unknownOperators(expression: JsonLogicExpression): string[] {
  const found: string[] = [];
  const walk = (node: JsonValue) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (node === null || typeof node !== 'object') return;
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      found.push(`{${keys.join(', ')}}`);
      return;
    }
    if (!KNOWN_OPERATORS.has(keys[0])) found.push(keys[0]);
    walk(node[keys[0]]);
  };
  walk(expression);
  return found;
}
