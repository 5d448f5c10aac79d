import type { Field } from '@forms-shared';
import { placeServerErrors, type PlacedError } from '../model/fieldErrors';
import { fieldPathOf } from '../model/fieldPaths';

/**
 * The field errors of a refused submission (react-admin's HttpError with `body.errors`, keyed
 * `data.household.0.birthDate`), placed on their inputs; a failure without field errors is rethrown.
 */
export function submissionErrors(error: unknown, fields: Field[]): PlacedError[] {
  const body = (error as { body?: { errors?: Record<string, unknown> } } | null)?.body;
  const placed = placeServerErrors(body?.errors, (path) => fieldPathOf(fields, path));
  if (placed.length === 0) throw error;
  return placed;
}
