import type { IndexedField } from './definition-index';
import { evaluateExpression, readsOnly, truthy } from './compile-expression';
import { keysOf } from './normalise-input';
import { parseIsoDate } from './dates';
import { rowsOf } from './rows';
import type { CalculatedResultType } from './types';
import type { Visibility } from './visibility';

/** An expression's result as the declared type; null when it cannot be one (e.g. age without a birth date). */
export function coerceResult(value: unknown, resultType: CalculatedResultType): unknown {
  if (value === null || value === undefined) return null;
  switch (resultType) {
    case 'number':
    case 'integer': {
      const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(number)) return null;
      // Rounded to 10 decimals so that 0.1 + 0.2 is stored as 0.3.
      return resultType === 'integer' ? Math.round(number) : Math.round(number * 1e10) / 1e10;
    }
    case 'text':
      return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : null;
    case 'boolean':
      return truthy(value);
    case 'date':
      return parseIsoDate(value) ? String(value).slice(0, 10) : null;
  }
}

/**
 * Computes the calculated fields into `data` (mutated), in `order`, row by row for those inside groups.
 * A field hidden by `visibility` gets no value; so does one whose expression gives nothing.
 */
export function computeCalculated(
  order: IndexedField[],
  data: Record<string, unknown>,
  visibility: Visibility | null,
  now?: Date
): void {
  for (const node of order) {
    const field = node.field;
    if (field.type !== 'calculated') continue;
    if (node.groups.length === 0) {
      // The form itself: what `rowsOf` gives for no groups, without building it.
      const hidden = visibility !== null && visibility[field.key] === false;
      const value = hidden ? null : coerceResult(evaluateExpression(field.expression, data, now), field.resultType);
      if (value === null) delete data[field.key];
      else data[field.key] = value;
      continue;
    }
    // Read only the row's own fields? Then the row is the scope, no copy of the form's values per row.
    const rowOnly = readsOnly(field.expression, keysOf(node.groups[node.groups.length - 1].fields));
    for (const context of rowsOf(data, node.groups)) {
      const hidden = visibility !== null && visibility[context.prefix + field.key] === false;
      const value = hidden
        ? null
        : coerceResult(evaluateExpression(field.expression, rowOnly ? context.row : context.scope(), now), field.resultType);
      if (value === null) delete context.row[field.key];
      else context.row[field.key] = value;
    }
  }
}
