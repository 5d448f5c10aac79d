import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { calculationOrder } from './calculation-order';
import { compileNormaliser } from './compile-normaliser';
import { precompileExpression } from './compile-expression';
import { indexDefinition, type DefinitionIndex } from './definition-index';
import { evaluateForm } from './evaluate-form';
import { computeVisibility, pickVisible, sameVisibility } from './visibility';
import { compilePickVisible, compileSameVisibility, compileVisibility } from './compile-visibility';
import { addAmbitoFormats } from './formats';
import { formSchema } from './form-schema';
import type { FieldLocator } from './issues';
import type { CompiledForm } from './compiled-form-types';
import type { Field, FieldIssue, FormDefinition } from './types';
import { validateDefinition } from './validate-definition';

/** Thrown by `compileForm` for a definition that `validateDefinition` refuses; `issues` says why. */
export class FormDefinitionError extends Error {
  readonly issues: FieldIssue[];

  constructor(issues: FieldIssue[]) {
    super(`Definizione del modulo non valida / Invalid form definition: ${issues.map((issue) => issue.message).join('; ')}`);
    this.name = 'FormDefinitionError';
    this.issues = issues;
  }
}

let shared: Ajv | undefined;

/** One ajv for all forms: compiled validators are kept by the forms' cache, not by ajv. */
function formAjv(): Ajv {
  if (!shared) {
    shared = new Ajv({ allErrors: true, strict: true, multipleOfPrecision: 9 });
    addFormats(shared, { formats: ['date', 'date-time', 'email'], keywords: true });
    addAmbitoFormats(shared);
  }
  return shared;
}

/** `household.2.birthDate` → the field `household.*.birthDate`; `attachment.size` → `attachment` + `size`. */
function locator(index: DefinitionIndex): FieldLocator {
  return (path) => {
    const parts = path.split('.').map((part) => (/^\d+$/.test(part) ? '*' : part));
    for (let length = parts.length; length > 0; length -= 1) {
      const found = index.byTemplate.get(parts.slice(0, length).join('.'));
      if (found) return { field: found.field, rest: parts.slice(length) };
    }
    return undefined;
  };
}

/** Every condition and calculation turned into closures now, so that no submission interprets one. */
function precompileExpressions(definition: FormDefinition, index: DefinitionIndex): void {
  definition.sections.forEach((section) => precompileExpression(section.visibleWhen));
  for (const { field } of index.fields) {
    precompileExpression(field.visibleWhen);
    if (field.type === 'calculated') precompileExpression(field.expression);
  }
  for (const rule of definition.rules ?? []) {
    precompileExpression(rule.when);
    precompileExpression(rule.assert);
  }
}

function hasConditions(definition: FormDefinition): boolean {
  const anyField = (fields: Field[]): boolean =>
    fields.some((field) => field.visibleWhen !== undefined || (field.type === 'group' && anyField(field.fields)));
  return definition.sections.some((section) => section.visibleWhen !== undefined || anyField(section.fields));
}

/**
 * Compiles a definition once into the validator shared by server and console: one JSON Schema
 * compiled by ajv, calculated fields ordered by their dependencies. Throws `FormDefinitionError`
 * when the definition is not valid.
 */
export function compileForm(definition: FormDefinition): CompiledForm {
  const problems = validateDefinition(definition);
  if (problems.length > 0) throw new FormDefinitionError(problems);
  const index = indexDefinition(definition);
  precompileExpressions(definition, index);
  const schema = formSchema(definition);
  const ajv = formAjv();
  const validate = ajv.compile(schema);
  ajv.removeSchema(schema);
  const conditional = hasConditions(definition);
  const hasGroups = index.fields.some((indexed) => indexed.field.type === 'group');
  const fields = definition.sections.flatMap((section) => section.fields);
  const prepared = {
    definition,
    fields,
    normalise: compileNormaliser(fields),
    calculationOrder: calculationOrder(index).order,
    validate,
    visibility:
      compileVisibility(definition) ?? ((data: Record<string, unknown>, now?: Date) => computeVisibility(definition, data, now)),
    same: compileSameVisibility(definition) ?? sameVisibility,
    pick:
      compilePickVisible(fields) ??
      ((row: Record<string, unknown>, shown: Record<string, boolean>, keepUnknown: boolean) =>
        pickVisible(fields, row, shown, keepUnknown)),
    locate: locator(index),
    hasConditions: conditional,
    staticVisibility: conditional || hasGroups ? undefined : computeVisibility(definition, {}),
  };
  return {
    definition,
    schema,
    evaluate: (input, options) => evaluateForm(prepared, input, options),
  };
}
