/*
 * The contract of a compiled form: what server and console call to check and normalise a submission.
 */

import type { FieldIssue, FormDefinition } from './types';

/** Options of `CompiledForm.evaluate`. */
export interface EvaluateOptions {
  /** The instant "today" is taken from (default: now); dates are computed in Europe/Rome. */
  now?: Date;
}

/** What evaluating a submission gives. */
export interface Evaluation {
  /**
   * The data to store: defaults applied, strings trimmed, empty answers removed, hidden fields and
   * sections dropped, unknown keys dropped, calculated fields computed by the server.
   */
  data: Record<string, unknown>;
  /** By data path (`household.0.birthDate`) for fields, `section:<key>` for sections. */
  visibility: Record<string, boolean>;
  /** Empty when the submission is acceptable. */
  issues: FieldIssue[];
}

/** A definition compiled once (JSON Schema + ajv, calculation order), used by server and console alike. */
export interface CompiledForm {
  definition: FormDefinition;
  /** The JSON Schema of the submitted data (calculated fields excluded, all fields optional). */
  schema: Record<string, unknown>;
  evaluate(input: unknown, options?: EvaluateOptions): Evaluation;
}
