import type { Field, FormDefinition, JsonLogicExpression, JsonValue } from '@forms-shared';

/** Old key → new key. */
export type Renames = Record<string, string>;

/** Operations whose second argument is evaluated per item (a name there is a field of the item, not of the form). */
const ITERATING = new Set(['map', 'filter', 'reduce', 'all', 'none', 'some']);

const isOperation = (node: JsonValue): node is { [op: string]: JsonValue } =>
  node !== null && typeof node === 'object' && !Array.isArray(node) && Object.keys(node).length === 1;

function renamePath(path: string, renames: Renames): string {
  const [head, ...rest] = path.split('.');
  return head in renames ? [renames[head], ...rest].join('.') : path;
}

/** An expression with the variables it reads renamed (`{"var": "old"}` → `{"var": "new"}`), outside iterations. */
export function renameVariables(expression: JsonLogicExpression, renames: Renames): JsonLogicExpression {
  if (Object.keys(renames).length === 0) return expression;
  if (Array.isArray(expression)) return expression.map((item) => renameVariables(item, renames));
  if (!isOperation(expression)) return expression;
  const op = Object.keys(expression)[0];
  const raw = expression[op];
  const args = Array.isArray(raw) ? raw : [raw];
  const rename = (arg: JsonValue) => (typeof arg === 'string' ? renamePath(arg, renames) : renameVariables(arg, renames));
  let next: JsonValue[];
  if (op === 'var') next = [rename(args[0] ?? ''), ...args.slice(1)];
  else if (op === 'missing') next = args.map(rename);
  else if (op === 'missing_some')
    next = [args[0], Array.isArray(args[1]) ? args[1].map(rename) : renameVariables(args[1] ?? null, renames)];
  else if (ITERATING.has(op)) next = args.map((arg, index) => (index === 1 ? arg : renameVariables(arg, renames)));
  else next = args.map((arg) => renameVariables(arg, renames));
  return { [op]: Array.isArray(raw) ? next : next[0] };
}

/** Renames without the keys a group's own fields shadow (inside its rows, a name is first a field of the row). */
function unshadowed(renames: Renames, fields: Field[]): Renames {
  const own = new Set(fields.map((field) => field.key));
  return Object.fromEntries(Object.entries(renames).filter(([from]) => !own.has(from)));
}

function renameInFields(fields: Field[], renames: Renames): Field[] {
  return fields.map((field) => {
    let next: Field =
      field.visibleWhen === undefined ? field : { ...field, visibleWhen: renameVariables(field.visibleWhen, renames) };
    if (next.type === 'calculated') next = { ...next, expression: renameVariables(next.expression, renames) };
    if (next.type === 'group') next = { ...next, fields: renameInFields(next.fields, unshadowed(renames, next.fields)) };
    return next;
  });
}

/** A definition whose conditions, formulas and rules read the renamed top-level fields under their new keys. */
export function renameTopLevelReferences(definition: FormDefinition, renames: Renames): FormDefinition {
  return {
    ...definition,
    sections: definition.sections.map((section) => ({
      ...section,
      ...(section.visibleWhen === undefined ? {} : { visibleWhen: renameVariables(section.visibleWhen, renames) }),
      fields: renameInFields(section.fields, renames),
    })),
    ...(definition.rules
      ? {
          rules: definition.rules.map((rule) => ({
            ...rule,
            assert: renameVariables(rule.assert, renames),
            ...(rule.when === undefined ? {} : { when: renameVariables(rule.when, renames) }),
            paths: rule.paths.map((path) => renames[path] ?? path),
          })),
        }
      : {}),
  };
}

/** Fields of one group row whose conditions and formulas read the renamed fields of that row under their new keys. */
export function renameRowReferences(fields: Field[], renames: Renames): Field[] {
  return renameInFields(fields, renames);
}
