import type { Field, JsonLogicExpression, JsonValue } from '@forms-shared';
import { isDate, isNumeric } from './readableFields';

/**
 * The condition builder's model ("show when <field> <operator> <value>", all or any of them) and its
 * JSON Logic. Expressions the builder cannot show read as null: the designer edits them as raw JSON.
 */
export type ConditionOperator =
  | 'equals'
  | 'notEquals'
  | 'isTrue'
  | 'isFalse'
  | 'greaterThan'
  | 'atLeast'
  | 'lessThan'
  | 'atMost'
  | 'includes'
  | 'oneOf'
  | 'isFilled'
  | 'isEmpty';

export const CONDITION_OPERATORS: ConditionOperator[] = [
  'equals',
  'notEquals',
  'isTrue',
  'isFalse',
  'greaterThan',
  'atLeast',
  'lessThan',
  'atMost',
  'includes',
  'oneOf',
  'isFilled',
  'isEmpty',
];

/** Operators that compare with a value (the others need none). */
export const NEEDS_VALUE: ReadonlySet<ConditionOperator> = new Set([
  'equals',
  'notEquals',
  'greaterThan',
  'atLeast',
  'lessThan',
  'atMost',
  'includes',
  'oneOf',
]);

/** Operators that may compare with another field instead of a value ("the end date is after the start date"). */
export const COMPARES_FIELDS: ReadonlySet<ConditionOperator> = new Set([
  'equals',
  'notEquals',
  'greaterThan',
  'atLeast',
  'lessThan',
  'atMost',
]);

export type ConditionValue = string | number | boolean;

export interface ConditionClause {
  /** Key of the field read. */
  field: string;
  operator: ConditionOperator;
  /** The value compared with; a list for `oneOf`. */
  value?: ConditionValue | ConditionValue[];
  /** Compare with this field's value instead of `value` (operators of `COMPARES_FIELDS`). */
  otherField?: string;
}

export interface ConditionModel {
  combinator: 'all' | 'any';
  clauses: ConditionClause[];
}

const variable = (field: string) => ({ var: field });

const COMPARISON = { equals: '==', notEquals: '!=', greaterThan: '>', atLeast: '>=', lessThan: '<', atMost: '<=' } as const;
type Comparison = keyof typeof COMPARISON;
const COMPARISON_OF: Record<string, Comparison> = Object.fromEntries(
  Object.entries(COMPARISON).map(([name, op]) => [op, name as Comparison])
);

function clauseLogic({ field, operator, value = '', otherField }: ConditionClause): JsonLogicExpression {
  switch (operator) {
    case 'equals':
    case 'notEquals':
    case 'greaterThan':
    case 'atLeast':
    case 'lessThan':
    case 'atMost':
      return { [COMPARISON[operator]]: [variable(field), otherField ? variable(otherField) : (value as JsonValue)] };
    case 'isTrue':
      return { '==': [variable(field), true] };
    case 'isFalse':
      return { '==': [variable(field), false] };
    case 'includes':
      return { in: [value as JsonValue, variable(field)] };
    case 'oneOf':
      return { in: [variable(field), Array.isArray(value) ? value : [value]] };
    case 'isFilled':
      return { '!!': [variable(field)] };
    case 'isEmpty':
      // Loose equality: an absent answer reads as null; 0 and false are answers.
      return { '==': [variable(field), null] };
  }
}

/** The JSON Logic of a model; undefined when it has no clause (the item is always shown). */
export function conditionToLogic(model: ConditionModel): JsonLogicExpression | undefined {
  const clauses = model.clauses.filter((clause) => clause.field !== '').map(clauseLogic);
  if (clauses.length === 0) return undefined;
  if (clauses.length === 1) return clauses[0];
  return { [model.combinator === 'all' ? 'and' : 'or']: clauses };
}

const isObject = (node: JsonValue | undefined): node is { [key: string]: JsonValue } =>
  node !== null && typeof node === 'object' && !Array.isArray(node);

/** The field of a plain `{"var": "x"}` (or `{"var": ["x"]}`), else null. */
function varName(node: JsonValue | undefined): string | null {
  if (!isObject(node) || Object.keys(node).length !== 1 || !('var' in node)) return null;
  const arg = Array.isArray(node.var) ? (node.var.length === 1 ? node.var[0] : null) : node.var;
  return typeof arg === 'string' && arg !== '' ? arg : null;
}

const isValue = (node: JsonValue | undefined): node is ConditionValue =>
  typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean';

function parseClause(node: JsonValue): ConditionClause | null {
  if (!isObject(node) || Object.keys(node).length !== 1) return null;
  const op = Object.keys(node)[0];
  const raw = node[op];
  const args = Array.isArray(raw) ? raw : [raw];
  if (op === '!!' && args.length === 1) {
    const field = varName(args[0]);
    return field ? { field, operator: 'isFilled' } : null;
  }
  if (args.length !== 2) return null;
  if (op === 'in') {
    const list = args[1];
    if (Array.isArray(list)) {
      const field = varName(args[0]);
      return field && list.every(isValue) ? { field, operator: 'oneOf', value: list as ConditionValue[] } : null;
    }
    const field = varName(list) ?? varWithEmptyList(list);
    return field && isValue(args[0]) ? { field, operator: 'includes', value: args[0] } : null;
  }
  const field = varName(args[0]);
  const operator = COMPARISON_OF[op];
  if (!field || !operator) return null;
  const value = args[1];
  if (op === '==' && value === null) return { field, operator: 'isEmpty' };
  const otherField = varName(value);
  if (otherField) return { field, operator, otherField };
  if (!isValue(value)) return null;
  if (op === '==' && typeof value === 'boolean') return { field, operator: value ? 'isTrue' : 'isFalse' };
  return { field, operator, value };
}

/** The field of `{"var": ["x", []]}` (a multiple choice read as an empty list when unanswered). */
function varWithEmptyList(node: JsonValue | undefined): string | null {
  if (!isObject(node) || Object.keys(node).length !== 1 || !Array.isArray(node.var) || node.var.length !== 2) return null;
  const [name, fallback] = node.var;
  return typeof name === 'string' && name !== '' && Array.isArray(fallback) && fallback.length === 0 ? name : null;
}

/** The model of an expression, or null when the builder cannot show it; no expression is an empty model. */
export function conditionFromLogic(expression: JsonLogicExpression | undefined): ConditionModel | null {
  if (expression === undefined) return { combinator: 'all', clauses: [] };
  if (isObject(expression) && Object.keys(expression).length === 1 && ('and' in expression || 'or' in expression)) {
    const combinator = 'and' in expression ? 'all' : 'any';
    const list = expression[combinator === 'all' ? 'and' : 'or'];
    if (!Array.isArray(list) || list.length < 2) return null;
    const clauses = list.map(parseClause);
    return clauses.every((clause) => clause !== null) ? { combinator, clauses: clauses as ConditionClause[] } : null;
  }
  const clause = parseClause(expression);
  return clause ? { combinator: 'all', clauses: [clause] } : null;
}

/** The operators that make sense for a field's type (any field: equal, different, filled in). */
export function operatorsFor(field: Field | undefined): ConditionOperator[] {
  if (!field) return ['equals', 'notEquals', 'isFilled', 'isEmpty'];
  if (field.type === 'boolean' || (field.type === 'calculated' && field.resultType === 'boolean'))
    return ['isTrue', 'isFalse', 'isFilled', 'isEmpty'];
  if (field.type === 'multipleChoice') return ['includes', 'isFilled', 'isEmpty'];
  if (isNumeric(field) || isDate(field) || field.type === 'time') {
    return ['equals', 'notEquals', 'greaterThan', 'atLeast', 'lessThan', 'atMost', 'isFilled', 'isEmpty'];
  }
  return ['equals', 'notEquals', 'oneOf', 'isFilled', 'isEmpty'];
}

/** The fields a clause on `field` may be compared with: other fields of the same kind (numbers, dates, times, texts). */
export function comparableWith(field: Field | undefined, fields: Field[]): Field[] {
  if (!field) return [];
  const kind = (candidate: Field) =>
    isNumeric(candidate) ? 'number' : isDate(candidate) ? 'date' : candidate.type === 'time' ? 'time' : candidate.type;
  return fields.filter((candidate) => candidate.key !== field.key && kind(candidate) === kind(field));
}
