import { fieldError, throwFieldErrors } from '../../validation/field-errors';
import { isPlainObject, unknownKeys } from '../calculator/field-checks';

/** The JSON body of a custom route: an object with only the `allowed` keys, else 400 naming them. */
export function requestBody(body: unknown, allowed: readonly string[]): Record<string, unknown> {
  if (!isPlainObject(body)) {
    throwFieldErrors([
      fieldError('body', 'il corpo della richiesta deve essere un oggetto JSON', 'the request body must be a JSON object'),
    ]);
  }
  const unknown = unknownKeys([], body, allowed);
  if (unknown.length > 0) throwFieldErrors(unknown);
  return body;
}
