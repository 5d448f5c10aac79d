import type { ValidateFunction } from 'ajv';
import { computeCalculated } from './calculate';
import type { IndexedField } from './definition-index';
import { evaluateExpression, truthy } from './compile-expression';
import { engineIssue, fieldIssue, issuesFromAjv, type FieldLocator } from './issues';
import type { Normaliser } from './compile-normaliser';
import { normaliseInput } from './normalise-input';
import { isPlainObject } from './rows';
import { isValueless } from './valueless';
import type { Evaluation, EvaluateOptions } from './compiled-form-types';
import type { Field, FieldIssue, FormDefinition } from './types';
import type { PickVisible, VisibilityOf } from './compile-visibility';
import type { Visibility } from './visibility';

/** What `compileForm` prepares once for a definition. */
export interface PreparedForm {
  definition: FormDefinition;
  /** All fields of all sections (the data is one flat object). */
  fields: Field[];
  /** `normaliseInput` generated for `fields`; absent when the keys do not allow it. */
  normalise?: Normaliser;
  /** Calculated fields in dependency order. */
  calculationOrder: IndexedField[];
  /** The compiled JSON Schema of the data (calculated fields excluded). */
  validate: ValidateFunction;
  locate: FieldLocator;
  /** `computeVisibility(definition, …)`, generated for this form. */
  visibility: VisibilityOf;
  /** `sameVisibility`, generated for this form. */
  same: (a: Visibility, b: Visibility) => boolean;
  /** `pickVisible(fields, …)`, generated for this form. */
  pick: PickVisible;
  /** Whether any section or field has a `visibleWhen`: without one, visibility needs no fixed point. */
  hasConditions: boolean;
  /** Everything shown, computed once, for a form with neither conditions nor groups (paths never vary). */
  staticVisibility?: Visibility;
}

/** Visibility depends on values and calculated values on visibility: repeat until nothing changes. */
const MAX_ROUNDS = 10;

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

const checkedFields = new WeakMap<Field[], Field[]>();

/** The fields `requiredIssues` looks at (required ones and groups), listed once per definition. */
function fieldsToCheck(fields: Field[]): Field[] {
  let found = checkedFields.get(fields);
  if (!found) {
    found = fields.filter(
      (field) => !isValueless(field) && (field.type === 'group' || ('required' in field && field.required === true))
    );
    checkedFields.set(fields, found);
  }
  return found;
}

/** Visible required fields without a value, and groups with fewer rows than they need. */
function requiredIssues(
  fields: Field[],
  row: Record<string, unknown>,
  visibility: Visibility,
  prefix: string,
  out: FieldIssue[]
): void {
  for (const field of fieldsToCheck(fields)) {
    const path = prefix + field.key;
    if (isValueless(field) || visibility[path] === false) continue;
    const value = row[field.key];
    if (field.type === 'group') {
      const needed = Math.max(field.required ? 1 : 0, field.minItems ?? 0);
      const rows = Array.isArray(value) ? value : [];
      if (rows.length < needed) out.push(engineIssue.tooFewRows(path, needed));
      rows.forEach((item, index) => {
        if (isPlainObject(item)) requiredIssues(field.fields, item, visibility, `${path}.${index}.`, out);
      });
    } else if ('required' in field && field.required && isEmpty(value)) {
      out.push(engineIssue.required(path));
    }
  }
}

/** Cross-field rules that do not hold, shown on their visible fields that have no other issue. */
function ruleIssues(
  definition: FormDefinition,
  data: Record<string, unknown>,
  visibility: Visibility,
  taken: Set<string>,
  now?: Date
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const rule of definition.rules ?? []) {
    const paths = rule.paths.filter((path) => visibility[path] !== false);
    if (paths.length === 0) continue;
    if (rule.when !== undefined && !truthy(evaluateExpression(rule.when, data, now))) continue;
    if (truthy(evaluateExpression(rule.assert, data, now))) continue;
    paths
      .filter((path) => !taken.has(path))
      .forEach((path) => out.push(fieldIssue(path, rule.message.it, rule.message.en || rule.message.it)));
  }
  return out;
}

interface Settled {
  data: Record<string, unknown>;
  shown: Visibility;
  /** What the schema validates: the visible submitted values, unknown keys kept to be reported. */
  submitted: Record<string, unknown>;
}

/** Visibility depends on values, calculated values on visibility: repeat until nothing changes. */
function settleVisibility(form: PreparedForm, base: Record<string, unknown>, now?: Date): Settled {
  let visibility: Visibility | null = null;
  let data: Record<string, unknown> = {};
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    data = form.pick(base, visibility ?? {}, false);
    computeCalculated(form.calculationOrder, data, visibility, now);
    const next = form.visibility(data, now);
    const stable: boolean = visibility !== null && form.same(visibility, next);
    visibility = next;
    if (stable) break;
    if (round === MAX_ROUNDS - 1) {
      data = form.pick(base, visibility, false);
      computeCalculated(form.calculationOrder, data, visibility, now);
    }
  }
  const shown = visibility ?? {};
  return { data: form.pick(data, shown, false), shown, submitted: form.pick(base, shown, true) };
}

/**
 * Without any condition everything is shown: one pass, and the normalised input is what the schema sees.
 * When the generated normaliser took it (no unknown key anywhere) and nothing is calculated, the
 * normalised input already is the data to store: no copy.
 */
function withoutConditions(form: PreparedForm, input: Record<string, unknown>, now?: Date): Settled {
  const fast = form.normalise?.(input);
  const base = fast ?? normaliseInput(form.fields, input);
  const shown = form.staticVisibility ?? form.visibility(base, now);
  if (fast !== undefined && form.calculationOrder.length === 0) return { data: base, shown, submitted: base };
  let data = form.pick(base, shown, false);
  if (form.calculationOrder.length > 0) {
    computeCalculated(form.calculationOrder, data, shown, now);
    data = form.pick(data, shown, false); // back in definition order
  }
  return { data, shown, submitted: base };
}

/** Evaluates a submission against a prepared form (see `CompiledForm.evaluate`). */
export function evaluateForm(form: PreparedForm, input: unknown, options: EvaluateOptions = {}): Evaluation {
  const { now } = options;
  if (!isPlainObject(input)) return { data: {}, visibility: {}, issues: [engineIssue.notAnObject('')] };
  const { data, shown, submitted } = form.hasConditions
    ? settleVisibility(form, form.normalise?.(input) ?? normaliseInput(form.fields, input), now)
    : withoutConditions(form, input, now);

  const issues: FieldIssue[] = [];
  if (!form.validate(submitted)) issues.push(...issuesFromAjv(form.validate.errors, { locate: form.locate }));
  requiredIssues(form.fields, data, shown, '', issues);
  if (form.definition.rules?.length) {
    const taken = new Set(issues.map((issue) => issue.path));
    issues.push(...ruleIssues(form.definition, data, shown, taken, now));
  }
  if (issues.length === 0) return { data, visibility: shown, issues };

  const seen = new Set<string>();
  const unique = issues.filter((issue) => {
    if (seen.has(issue.message)) return false;
    seen.add(issue.message);
    return true;
  });
  return { data, visibility: shown, issues: unique };
}
