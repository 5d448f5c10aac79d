import type { VariableRef } from './expressions';
import type { Field, FormDefinition, GroupField, Section } from './types';

/** A field with where it sits in the definition and in the data. */
export interface IndexedField {
  field: Field;
  /** Where in the definition: `sections.0.fields.2`, `sections.0.fields.2.fields.1`. */
  definitionPath: string;
  /** Where in the data, `*` standing for any row: `phone`, `household.*.birthDate`. */
  template: string;
  /** Enclosing groups, outermost first (empty for a top-level field). */
  groups: GroupField[];
  section: Section;
  sectionIndex: number;
}

/** Every field of a definition, in order, and the lookups expressions need. */
export interface DefinitionIndex {
  fields: IndexedField[];
  /** By data template (the first field wins when keys repeat). */
  byTemplate: Map<string, IndexedField>;
}

/** Walks a definition (which has the structure of `FormDefinition`) field by field, depth first. */
export function indexDefinition(definition: FormDefinition): DefinitionIndex {
  const fields: IndexedField[] = [];
  const byTemplate = new Map<string, IndexedField>();
  const visit = (list: Field[], at: string, prefix: string, groups: GroupField[], section: Section, sectionIndex: number) =>
    list.forEach((field, index) => {
      const entry: IndexedField = {
        field,
        definitionPath: `${at}.${index}`,
        template: prefix + field.key,
        groups,
        section,
        sectionIndex,
      };
      fields.push(entry);
      if (!byTemplate.has(entry.template)) byTemplate.set(entry.template, entry);
      if (field.type === 'group') {
        visit(field.fields, `${entry.definitionPath}.fields`, `${entry.template}.*.`, [...groups, field], section, sectionIndex);
      }
    });
  definition.sections.forEach((section, index) => visit(section.fields, `sections.${index}.fields`, '', [], section, index));
  return { fields, byTemplate };
}

/** What a variable name resolves to. */
export type Resolution =
  | { status: 'found'; target: IndexedField }
  | { status: 'missing'; name: string }
  /** The whole data (`{"var": ""}`) or an array that is not a plain group variable: nothing to check. */
  | { status: 'unchecked' };

const templateOf = (groups: GroupField[]) => groups.map((group) => `${group.key}.*.`).join('');

/** Looks a name up from inside `groups`: the innermost row first, then outwards, then the form. */
function lookUp(index: DefinitionIndex, name: string, groups: GroupField[]): IndexedField | undefined {
  for (let depth = groups.length; depth >= 0; depth -= 1) {
    const found = index.byTemplate.get(templateOf(groups.slice(0, depth)) + name);
    if (found) return found;
  }
  return undefined;
}

/**
 * Resolves a variable read by an expression placed inside `groups` (see `VariableRef.scope`): inside an
 * iteration over a group the name is a field of that group's rows (JSON Logic gives the row alone).
 */
export function resolveVariable(index: DefinitionIndex, ref: VariableRef, groups: GroupField[]): Resolution {
  let rowGroup: IndexedField | undefined;
  for (const array of ref.scope) {
    if (array === null || array.includes('.')) return { status: 'unchecked' };
    const found = rowGroup ? index.byTemplate.get(`${rowGroup.template}.*.${array}`) : lookUp(index, array, groups);
    if (!found || found.field.type !== 'group') return { status: 'unchecked' };
    rowGroup = found;
  }
  const name = ref.path.split('.')[0];
  if (name === '') return { status: 'unchecked' };
  const target = rowGroup ? index.byTemplate.get(`${rowGroup.template}.*.${name}`) : lookUp(index, name, groups);
  return target ? { status: 'found', target } : { status: 'missing', name };
}
