import type { CompiledForm } from '@forms-shared';
import type { FieldErrors, Resolver } from 'react-hook-form';
import { placeIssues, toErrorTree } from './fieldErrors';
import { allFields, fieldPathOf, isGroupPath } from './fieldPaths';
import { toData, type FormValues } from './formValues';
import type { Language } from './localized';

/**
 * react-hook-form's validation by the shared engine: the same compiled validator the server runs
 * (types, bounds, formats, required visible fields, cross-field rules). Valid values come out as the
 * data to send (defaults applied, hidden fields dropped, calculated fields computed).
 */
export function formResolver(form: CompiledForm, language: () => Language): Resolver<FormValues> {
  const fields = allFields(form.definition);
  return async (values) => {
    const result = form.evaluate(toData(fields, values));
    if (result.issues.length === 0) return { values: result.data, errors: {} };
    const placed = placeIssues(result.issues, language(), (path) => fieldPathOf(fields, path));
    return { values: {}, errors: toErrorTree(placed, (path) => isGroupPath(fields, path)) as FieldErrors<FormValues> };
  };
}
