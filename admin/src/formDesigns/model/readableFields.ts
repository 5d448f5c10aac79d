import type { Field, FormDefinition } from '@forms-shared';
import { parseItemPath, type ItemPath } from './itemPaths';

/**
 * The fields a condition or formula of an item can read, nearest first: inside a group row, the row's
 * fields (then those of enclosing rows), then the form's top-level fields. The item itself is left out;
 * a section's condition reads only fields of other sections (its own may be hidden with it).
 */
export function readableFields(definition: FormDefinition, path: ItemPath): Field[] {
  const parsed = parseItemPath(path);
  if (!parsed) return [];
  const { section, fields: indexes } = parsed;
  const scopes: Field[][] = [];
  let list = definition.sections[section]?.fields ?? [];
  let self: Field | undefined;
  indexes.forEach((index, depth) => {
    if (depth > 0) scopes.unshift(list);
    self = list[index];
    list = self?.type === 'group' ? self.fields : [];
  });
  const topLevel = definition.sections.flatMap((candidate, at) =>
    indexes.length === 0 && at === section ? [] : candidate.fields
  );
  const seen = new Set<string>();
  const out: Field[] = [];
  for (const field of [...scopes.flat(), ...topLevel]) {
    if (field === self || seen.has(field.key)) continue;
    seen.add(field.key);
    out.push(field);
  }
  return out;
}

const NUMERIC = new Set(['integer', 'decimal', 'currency', 'isee']);

/** A field holding a number (or a calculated number). */
export const isNumeric = (field: Field) =>
  NUMERIC.has(field.type) || (field.type === 'calculated' && (field.resultType === 'number' || field.resultType === 'integer'));

/** A field holding a date (or a calculated date). */
export const isDate = (field: Field) => field.type === 'date' || (field.type === 'calculated' && field.resultType === 'date');

/** Fields a "show when" condition can compare: not groups or files. */
export const isComparable = (field: Field) => field.type !== 'group' && field.type !== 'file';
