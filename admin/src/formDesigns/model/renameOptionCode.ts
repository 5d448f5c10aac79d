import type { ChoiceOption, Field, FormDefinition, JsonLogicExpression, JsonValue, LocalizedText } from '@forms-shared';
import { updateItem } from './definitionOps';
import { getItem, type ItemPath } from './itemPaths';
import { relabelOption } from './relabel';

/** Operations comparing a field with values: where an option code is written as a literal. */
const COMPARING = new Set(['==', '!=', '===', '!==', 'in']);

const isOperation = (node: JsonValue): node is { [op: string]: JsonValue } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;

/** Whether `node` reads `field`: `{"var": "f"}`, `{"var": ["f"]}` or `{"var": ["f", default]}`. */
function readsField(node: JsonValue, field: string): boolean {
  if (!isOperation(node) || !('var' in node)) return false;
  const arg = Array.isArray(node.var) ? node.var[0] : node.var;
  return arg === field;
}

/** `value` with the code renamed, also inside a list of values (`{"in": [field, [codes]]}`). */
const renameLiteral = (value: JsonValue, from: string, to: string): JsonValue =>
  value === from ? to : Array.isArray(value) ? value.map((item) => (item === from ? to : item)) : value;

/** An expression whose comparisons of `field` with the code `from` compare with `to` instead. */
export function renameCodeInExpression(
  expression: JsonLogicExpression,
  field: string,
  from: string,
  to: string
): JsonLogicExpression {
  if (Array.isArray(expression)) return expression.map((item) => renameCodeInExpression(item, field, from, to));
  if (!isOperation(expression)) return expression;
  const op = Object.keys(expression)[0];
  const raw = expression[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const compares = COMPARING.has(op) && args.some((arg) => readsField(arg, field));
  const next = args.map((arg) =>
    compares && !readsField(arg, field) ? renameLiteral(arg, from, to) : renameCodeInExpression(arg, field, from, to)
  );
  return { [op]: Array.isArray(raw) ? next : next[0] };
}

function renameInFields(fields: Field[], field: string, from: string, to: string): Field[] {
  const rename = (expression: JsonLogicExpression) => renameCodeInExpression(expression, field, from, to);
  return fields.map((item) => {
    let next: Field = item.visibleWhen === undefined ? item : { ...item, visibleWhen: rename(item.visibleWhen) };
    if (next.type === 'calculated') next = { ...next, expression: rename(next.expression) };
    if (next.type === 'group') next = { ...next, fields: renameInFields(next.fields, field, from, to) };
    return next;
  });
}

/** A definition whose conditions, scores and rules comparing `field` with the option code `from` use `to`. */
export function renameOptionCode(definition: FormDefinition, field: string, from: string, to: string): FormDefinition {
  if (from === to) return definition;
  const rename = (expression: JsonLogicExpression) => renameCodeInExpression(expression, field, from, to);
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      ...(section.visibleWhen === undefined ? {} : { visibleWhen: rename(section.visibleWhen) }),
      fields: renameInFields(section.fields, field, from, to),
    })),
    ...(definition.rules
      ? {
          rules: definition.rules.map((rule) => ({
            ...rule,
            assert: rename(rule.assert),
            ...(rule.when === undefined ? {} : { when: rename(rule.when) }),
          })),
        }
      : {}),
  };
}

/**
 * A new label for option `index` of the choice at `path`: when its code follows the label, the conditions and
 * scores comparing the field with the old code (and the field's default) follow the new code.
 */
export function relabelOptionAt(
  definition: FormDefinition,
  path: ItemPath,
  index: number,
  label: LocalizedText,
  frozen: ReadonlySet<string> = new Set()
): FormDefinition {
  const field = getItem(definition, path) as Field | undefined;
  if (!field || (field.type !== 'singleChoice' && field.type !== 'multipleChoice')) return definition;
  const options: ChoiceOption[] = relabelOption(field.options, index, label, frozen);
  const from = field.options[index]?.code;
  const to = options[index]?.code;
  const relabelled = updateItem<Field>(definition, path, (current) => {
    const next = { ...current, options } as Field;
    if (from === undefined || to === undefined || from === to) return next;
    if (next.type === 'singleChoice' && next.default === from) return { ...next, default: to };
    if (next.type === 'multipleChoice' && next.default?.includes(from))
      return { ...next, default: next.default.map((code) => (code === from ? to : code)) };
    return next;
  });
  return from === undefined || to === undefined ? relabelled : renameOptionCode(relabelled, field.key, from, to);
}
