import type { Field, FormDefinition, LocalizedText } from '../../shared';

/** One column of the responses table: a top-level field that holds an answer. */
export interface ResponseColumn {
  key: string;
  label: LocalizedText;
  type: Field['type'];
}

/** Names of district records (comuni, services, providers) by documentId, for reference answers. */
export type ReferenceNames = Map<string, string>;

const answers = (field: Field) => field.type !== 'staticText';

/**
 * The columns of a form's responses: the fields of its newest version, then those only older versions
 * had (their answers stay readable), each once.
 */
export function columnsOf(definitions: FormDefinition[]): ResponseColumn[] {
  const seen = new Set<string>();
  const out: ResponseColumn[] = [];
  for (const definition of definitions) {
    for (const field of definition.sections.flatMap((section) => section.fields)) {
      if (!answers(field) || seen.has(field.key)) continue;
      seen.add(field.key);
      out.push({ key: field.key, label: field.label, type: field.type });
    }
  }
  return out;
}

/** The fields of a definition by key (top level), to word the answers of a submission under its own version. */
export const fieldsByKey = (definition: FormDefinition): Map<string, Field> =>
  new Map(definition.sections.flatMap((section) => section.fields).map((field) => [field.key, field]));

const yesNo = (value: boolean, language: 'it' | 'en') => (value ? (language === 'it' ? 'Sì' : 'Yes') : 'No');
const text = (label: LocalizedText, language: 'it' | 'en') => (language === 'en' && label.en ? label.en : label.it);

/** One answer as a person reads it: option labels, yes/no, names of records, rows of a group. */
export function displayValue(
  field: Field | undefined,
  value: unknown,
  names: ReferenceNames,
  language: 'it' | 'en' = 'it'
): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  if (!field) return typeof value === 'object' ? JSON.stringify(value) : (value as string | number);
  switch (field.type) {
    case 'boolean':
      return yesNo(value === true, language);
    case 'singleChoice': {
      const option = field.options.find((candidate) => candidate.code === value);
      return option ? text(option.label, language) : String(value);
    }
    case 'multipleChoice':
      return (Array.isArray(value) ? value : [value])
        .map((code) => field.options.find((candidate) => candidate.code === code))
        .map((option, index) => (option ? text(option.label, language) : String((value as unknown[])[index])))
        .join(', ');
    case 'reference':
      return names.get(String(value)) ?? String(value);
    case 'file':
      return typeof value === 'object' && value && 'name' in value ? String((value as { name: unknown }).name) : null;
    case 'group': {
      const rows = Array.isArray(value) ? value : [];
      const inner = new Map(field.fields.map((child) => [child.key, child]));
      return rows
        .map((row) =>
          Object.entries((row ?? {}) as Record<string, unknown>)
            .map(
              ([key, cell]) =>
                `${inner.get(key) ? text((inner.get(key) as Field).label, language) : key}: ${displayValue(inner.get(key), cell, names, language) ?? ''}`
            )
            .join('; ')
        )
        .join(' | ');
    }
    default:
      return typeof value === 'number' || typeof value === 'string' ? value : String(value);
  }
}

/** documentIds of the reference answers of some submissions, per target. */
export function referenceIds(rows: { data: Record<string, unknown>; fields: Map<string, Field> }[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const { data, fields } of rows) {
    for (const [key, value] of Object.entries(data)) {
      const field = fields.get(key);
      if (field?.type !== 'reference' || typeof value !== 'string') continue;
      out.set(field.target, (out.get(field.target) ?? new Set()).add(value));
    }
  }
  return out;
}
