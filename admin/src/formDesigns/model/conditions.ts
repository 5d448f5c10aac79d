import type { Field, JsonLogicExpression, JsonValue } from '@forms-shared';
import { isDate, isNumeric } from './readableFields';

/**
 * The condition builder's model ("show when <field> <operator> <value>", all or any of them) and its
 * JSON Logic. Expressions the builder cannot show read as null: the designer edits them as raw JSON.
 */
export type ConditionOperator = 'equals' | 'notEquals' | 'isTrue' | 'isFalse' | 'greaterThan' | 'lessThan' | 'includes' | 'isFilled';

export const CONDITION_OPERATORS: ConditionOperator[] = ['equals', 'notEquals', 'isTrue', 'isFalse', 'greaterThan', 'lessThan', 'includes', 'isFilled'];

/** Operators that compare with a value (the others need none). */
export const NEEDS_VALUE: ReadonlySet<ConditionOperator> = new Set(['equals', 'notEquals', 'greaterThan', 'lessThan', 'includes']);

export type ConditionValue = string | number | boolean;

export interface ConditionClause {
  /** Key of the field read. */
  field: string;
  operator: ConditionOperator;
  value?: ConditionValue;
}

export interface ConditionModel {
  combinator: 'all' | 'any';
  clauses: ConditionClause[];
}

const variable = (field: string) => ({ var: field });

function clauseLogic({ field, operator, value = '' }: ConditionClause): JsonLogicExpression {
  switch (operator) {
    case 'equals':
      return { '==': [variable(field), value] };
    case 'notEquals':
      return { '!=': [variable(field), value] };
    case 'isTrue':
      return { '==': [variable(field), true] };
    case 'isFalse':
      return { '==': [variable(field), false] };
    case 'greaterThan':
      return { '>': [variable(field), value] };
    case 'lessThan':
      return { '<': [variable(field), value] };
    case 'includes':
      return { in: [value, variable(field)] };
    case 'isFilled':
      return { '!!': [variable(field)] };
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
    const field = varName(args[1]);
    return field && isValue(args[0]) ? { field, operator: 'includes', value: args[0] } : null;
  }
  const field = varName(args[0]);
  if (!field || !isValue(args[1])) return null;
  const value = args[1];
  if (op === '==' && typeof value === 'boolean') return { field, operator: value ? 'isTrue' : 'isFalse' };
  const operator = ({ '==': 'equals', '!=': 'notEquals', '>': 'greaterThan', '<': 'lessThan' } as const)[op as '==' | '!=' | '>' | '<'];
  return operator ? { field, operator, value } : null;
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
  if (!field) return ['equals', 'notEquals', 'isFilled'];
  if (field.type === 'boolean' || (field.type === 'calculated' && field.resultType === 'boolean')) return ['isTrue', 'isFalse', 'isFilled'];
  if (field.type === 'multipleChoice') return ['includes', 'isFilled'];
  if (isNumeric(field) || isDate(field)) return ['equals', 'notEquals', 'greaterThan', 'lessThan', 'isFilled'];
  return ['equals', 'notEquals', 'isFilled'];
}
