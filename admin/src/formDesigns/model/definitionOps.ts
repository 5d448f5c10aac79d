import type { Field, FormDefinition, Section } from '@forms-shared';
import { parseItemPath, toItemPath, type ItemPath, type ParsedPath } from './itemPaths';
import { renameRowReferences, renameTopLevelReferences, type Renames } from './renameField';
import { uniqueKey } from './uniqueKey';

/**
 * Editing operations of the designer on a definition: pure functions returning a new definition (and the
 * path of the item to select next), never changing their input.
 */
export interface EditResult {
  definition: FormDefinition;
  /** The item to select after the operation (null: nothing). */
  selected: ItemPath | null;
}

/** Replaces the list holding the item at `path` (the sections, or the fields of a section or group). */
function withSiblings(
  definition: FormDefinition,
  path: ParsedPath,
  change: <T extends Section | Field>(list: T[]) => T[]
): FormDefinition {
  if (path.fields.length === 0) return { ...definition, sections: change(definition.sections) };
  const inList = (fields: Field[], depth: number): Field[] => {
    if (depth === path.fields.length - 1) return change(fields);
    return fields.map((field, index) =>
      index === path.fields[depth] && field.type === 'group' ? { ...field, fields: inList(field.fields, depth + 1) } : field
    );
  };
  return {
    ...definition,
    sections: definition.sections.map((section, index) =>
      index === path.section ? { ...section, fields: inList(section.fields, 0) } : section
    ),
  };
}

const lastIndex = (path: ParsedPath) => (path.fields.length === 0 ? path.section : path.fields[path.fields.length - 1]);
const withLastIndex = (path: ParsedPath, index: number): ParsedPath =>
  path.fields.length === 0
    ? { section: index, fields: [] }
    : { section: path.section, fields: [...path.fields.slice(0, -1), index] };

/** The section or field at `path` replaced by `update(item)`. */
export function updateItem<T extends Section | Field>(
  definition: FormDefinition,
  path: ItemPath,
  update: (item: T) => T
): FormDefinition {
  const parsed = parseItemPath(path);
  if (!parsed) return definition;
  const index = lastIndex(parsed);
  return withSiblings(definition, parsed, (list) =>
    list.map((item, at) => (at === index ? (update(item as unknown as T) as unknown as typeof item) : item))
  );
}

/** Moves an item up (-1) or down (+1) among its siblings. */
export function moveItem(definition: FormDefinition, path: ItemPath, delta: -1 | 1): EditResult {
  const parsed = parseItemPath(path);
  if (!parsed) return { definition, selected: path };
  const from = lastIndex(parsed);
  let to = from;
  const next = withSiblings(definition, parsed, (list) => {
    to = Math.min(Math.max(from + delta, 0), list.length - 1);
    if (to === from) return list;
    const copy = [...list];
    [copy[from], copy[to]] = [copy[to], copy[from]];
    return copy;
  });
  return { definition: next, selected: toItemPath(withLastIndex(parsed, to)) };
}

/** Removes an item; its next sibling (or previous, or parent) is selected. */
export function removeItem(definition: FormDefinition, path: ItemPath): EditResult {
  const parsed = parseItemPath(path);
  if (!parsed) return { definition, selected: null };
  const index = lastIndex(parsed);
  let remaining = 0;
  const next = withSiblings(definition, parsed, (list) => {
    const kept = list.filter((_, at) => at !== index);
    remaining = kept.length;
    return kept;
  });
  if (remaining > 0) return { definition: next, selected: toItemPath(withLastIndex(parsed, Math.min(index, remaining - 1))) };
  const parent = parsed.fields.length > 0 ? toItemPath({ section: parsed.section, fields: parsed.fields.slice(0, -1) }) : null;
  return { definition: next, selected: parent };
}

/** Keys of the top-level fields of every section (one flat object of data). */
export const topLevelKeys = (definition: FormDefinition): string[] =>
  definition.sections.flatMap((section) => section.fields.map((field) => field.key));

/** Keys already used beside the item at `path`: top-level fields across sections, or the fields of the same group. */
export function keysInScope(definition: FormDefinition, path: ParsedPath): string[] {
  if (path.fields.length <= 1) return topLevelKeys(definition);
  let list = definition.sections[path.section]?.fields ?? [];
  for (const index of path.fields.slice(0, -1)) {
    const field = list[index];
    list = field?.type === 'group' ? field.fields : [];
  }
  return list.map((field) => field.key);
}

/** Copies of top-level fields with fresh keys, their conditions and formulas reading the copies. */
function copyFields(fields: Field[], taken: string[]): { fields: Field[]; renames: Renames } {
  const used = [...taken];
  const renames: Renames = {};
  for (const field of fields) {
    const key = uniqueKey(field.key, used);
    used.push(key);
    renames[field.key] = key;
  }
  const renamed = fields.map((field) => ({ ...structuredClone(field), key: renames[field.key] }));
  return { fields: renameRowReferences(renamed, renames), renames };
}

/** Inserts a copy of an item after it, with keys made unique (a section's fields too). */
export function duplicateItem(definition: FormDefinition, path: ItemPath): EditResult {
  const parsed = parseItemPath(path);
  if (!parsed) return { definition, selected: path };
  const index = lastIndex(parsed);
  let copy: Section | Field;
  if (parsed.fields.length === 0) {
    const section = definition.sections[index];
    const key = uniqueKey(
      section.key,
      definition.sections.map((s) => s.key)
    );
    copy = { ...structuredClone(section), key, fields: copyFields(section.fields, topLevelKeys(definition)).fields };
  } else {
    const original = findField(definition, parsed) as Field;
    copy = { ...structuredClone(original), key: uniqueKey(original.key, keysInScope(definition, parsed)) };
  }
  const next = withSiblings(definition, parsed, (list) => [
    ...list.slice(0, index + 1),
    copy as (typeof list)[number],
    ...list.slice(index + 1),
  ]);
  return { definition: next, selected: toItemPath(withLastIndex(parsed, index + 1)) };
}

function findField(definition: FormDefinition, path: ParsedPath): Field | undefined {
  let list = definition.sections[path.section]?.fields ?? [];
  let field: Field | undefined;
  for (const index of path.fields) {
    field = list[index];
    list = field?.type === 'group' ? field.fields : [];
  }
  return field;
}

/** Appends a section. */
export function addSection(definition: FormDefinition, make: (key: string) => Section): EditResult {
  const key = uniqueKey(
    `section${definition.sections.length + 1}`,
    definition.sections.map((s) => s.key)
  );
  const sections = [...definition.sections, make(key)];
  return { definition: { ...definition, sections }, selected: toItemPath({ section: sections.length - 1, fields: [] }) };
}

/** Appends a field made by `make` to a section or a group (`container`), with a key like `baseKey` unique in its scope. */
export function addField(
  definition: FormDefinition,
  container: ItemPath,
  baseKey: string,
  make: (key: string) => Field
): EditResult {
  const parsed = parseItemPath(container);
  if (!parsed) return { definition, selected: null };
  const target: Section | Field | undefined =
    parsed.fields.length === 0 ? definition.sections[parsed.section] : findField(definition, parsed);
  if (!target || !('fields' in target)) return { definition, selected: container };
  const childPath: ParsedPath = { section: parsed.section, fields: [...parsed.fields, target.fields.length] };
  const keyed = make(uniqueKey(baseKey, keysInScope(definition, childPath)));
  const next = updateItem<Section | Field>(definition, container, (item) =>
    'fields' in item ? ({ ...item, fields: [...item.fields, keyed] } as typeof item) : item
  );
  return { definition: next, selected: toItemPath(childPath) };
}

/**
 * Changes a field's key, and the conditions, formulas and rules reading it: everywhere for a top-level
 * field, within its row for a field of a group.
 */
export function renameField(definition: FormDefinition, path: ItemPath, key: string): FormDefinition {
  const parsed = parseItemPath(path);
  const field = parsed ? findField(definition, parsed) : undefined;
  if (!parsed || !field || field.key === key) return definition;
  const renames: Renames = { [field.key]: key };
  const renamed = updateItem<Field>(definition, path, (item) => ({ ...item, key }));
  if (parsed.fields.length === 1) return renameTopLevelReferences(renamed, renames);
  const groupPath = toItemPath({ section: parsed.section, fields: parsed.fields.slice(0, -1) });
  return updateItem<Field>(renamed, groupPath, (group) =>
    group.type === 'group' ? { ...group, fields: renameRowReferences(group.fields, renames) } : group
  );
}

/** Moves a top-level field to the end of another section (the data stays one flat object: nothing to rename). */
export function moveToSection(definition: FormDefinition, path: ItemPath, section: number): EditResult {
  const parsed = parseItemPath(path);
  if (!parsed || parsed.fields.length !== 1 || parsed.section === section || !definition.sections[section])
    return { definition, selected: path };
  const field = definition.sections[parsed.section]?.fields[parsed.fields[0]];
  if (!field) return { definition, selected: path };
  const sections = definition.sections.map((item, index) => {
    if (index === parsed.section) return { ...item, fields: item.fields.filter((_, at) => at !== parsed.fields[0]) };
    if (index === section) return { ...item, fields: [...item.fields, field] };
    return item;
  });
  return {
    definition: { ...definition, sections },
    selected: toItemPath({ section, fields: [sections[section].fields.length - 1] }),
  };
}
