import type { Field, FormDefinition, Section } from '@forms-shared';

/**
 * Items of a definition are named by their path in it, the very paths the definition validator reports:
 * `sections.0` (a section), `sections.0.fields.2` (a field), `sections.0.fields.2.fields.1` (a field of a group).
 */
export type ItemPath = string;

export interface ParsedPath {
  section: number;
  /** Indexes of the field, then of the field inside it (groups); empty for the section itself. */
  fields: number[];
}

export const sectionItemPath = (section: number): ItemPath => `sections.${section}`;

export function toItemPath({ section, fields }: ParsedPath): ItemPath {
  return [sectionItemPath(section), ...fields.map((index) => `fields.${index}`)].join('.');
}

/** `sections.0.fields.2` → { section: 0, fields: [2] }; null when it names no item. */
export function parseItemPath(path: ItemPath): ParsedPath | null {
  const match = /^sections\.(\d+)((?:\.fields\.\d+)*)$/.exec(path);
  if (!match) return null;
  const fields = match[2] ? match[2].split('.fields.').slice(1).map(Number) : [];
  return { section: Number(match[1]), fields };
}

/**
 * The item an issue of the validator is about: `sections.0.fields.3.options.1.code` → `sections.0.fields.3`;
 * a server path (`definition.sections.0…`) is read the same. Null for issues of the whole definition or its rules.
 */
export function itemPathOfIssue(path: string): ItemPath | null {
  const match = /^(?:definition\.)?(sections\.\d+(?:\.fields\.\d+)*)/.exec(path);
  return match ? match[1] : null;
}

export function getSection(definition: FormDefinition, path: ParsedPath): Section | undefined {
  return definition.sections[path.section];
}

/** The section or field at a path. */
export function getItem(definition: FormDefinition, path: ItemPath): Section | Field | undefined {
  const parsed = parseItemPath(path);
  if (!parsed) return undefined;
  let item: Section | Field | undefined = definition.sections[parsed.section];
  for (const index of parsed.fields) {
    item = item && 'fields' in item ? item.fields[index] : undefined;
  }
  return item;
}

/** Whether a path names a field (not a section). */
export const isFieldPath = (path: ItemPath) => (parseItemPath(path)?.fields.length ?? 0) > 0;

/** The group fields enclosing a field (outermost first); empty for a top-level field. */
export function enclosingGroups(definition: FormDefinition, path: ItemPath): Field[] {
  const parsed = parseItemPath(path);
  if (!parsed) return [];
  const groups: Field[] = [];
  let list = definition.sections[parsed.section]?.fields ?? [];
  for (const index of parsed.fields.slice(0, -1)) {
    const field = list[index];
    if (!field || field.type !== 'group') break;
    groups.push(field);
    list = field.fields;
  }
  return groups;
}
