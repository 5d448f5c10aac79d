import type { DefinitionIndex, IndexedField } from './definition-index';
import { fieldIssue } from './issues';
import { checkPatternSafety } from './regex-safety';
import type { Field, FieldIssue, FormDefinition } from './types';

/** Groups inside groups: a group may sit inside one other group, not deeper. */
export const MAX_GROUP_DEPTH = 2;

/** Names every object inherits (`constructor`, `toString`…): as keys they would read as set when absent. */
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

function reserved(entries: { key: string; where: string }[]): FieldIssue[] {
  return entries
    .filter(({ key }) => RESERVED_KEYS.has(key))
    .map(({ key, where }) => fieldIssue(`${where}.key`, `"${key}" è una chiave riservata`, `"${key}" is a reserved key`));
}

/** Later occurrences of a key already used, as issues at `<where>.key`. */
function duplicates(entries: { key: string; where: string }[], what: [string, string]): FieldIssue[] {
  const first = new Map<string, string>();
  const out: FieldIssue[] = [];
  for (const { key, where } of entries) {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, where);
    else
      out.push(
        fieldIssue(
          `${where}.key`,
          `${what[0]} "${key}" duplicata (già usata in ${earlier})`,
          `duplicate ${what[1]} "${key}" (already used at ${earlier})`
        )
      );
  }
  return out;
}

type Bound = number | string | undefined;

/** a > b for two numbers or two ISO dates; false when either is missing. */
function greater(a: Bound, b: Bound): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a > b;
  if (typeof a === 'string' && typeof b === 'string') return a > b;
  return false;
}

/** `min` above `max`, for numbers or ISO dates. */
function inverted(at: string, low: [string, Bound], high: [string, Bound]): FieldIssue[] {
  const [lowName, lowValue] = low;
  const [highName, highValue] = high;
  if (!greater(lowValue, highValue)) return [];
  return [
    fieldIssue(
      `${at}.${lowName}`,
      `${lowName} (${lowValue}) è maggiore di ${highName} (${highValue})`,
      `${lowName} (${lowValue}) is greater than ${highName} (${highValue})`
    ),
  ];
}

const outside = (value: Bound, min: Bound, max: Bound) => greater(min, value) || greater(value, max);

/** Problems of one field's own properties: bounds, options, default, pattern. */
function fieldProblems(field: Field, at: string): FieldIssue[] {
  const out: FieldIssue[] = [];
  switch (field.type) {
    case 'integer':
    case 'decimal':
    case 'currency':
    case 'isee':
    case 'date':
    case 'time':
      out.push(...inverted(at, ['min', field.min], ['max', field.max]));
      if (outside(field.default, field.min, field.max)) {
        out.push(
          fieldIssue(`${at}.default`, 'il valore predefinito è fuori dai limiti min/max', 'the default is outside min/max')
        );
      }
      break;
    case 'text':
    case 'longText':
      out.push(...inverted(at, ['minLength', field.minLength], ['maxLength', field.maxLength]));
      if (field.type === 'text' && field.pattern !== undefined) {
        const unsafe = checkPatternSafety(field.pattern);
        if (unsafe) out.push(fieldIssue(`${at}.pattern`, unsafe.it, unsafe.en || unsafe.it));
      }
      break;
    case 'singleChoice':
    case 'multipleChoice': {
      const codes = field.options.map((option) => option.code);
      codes.forEach((code, index) => {
        if (codes.indexOf(code) !== index) {
          out.push(
            fieldIssue(`${at}.options.${index}.code`, `codice di opzione "${code}" duplicato`, `duplicate option code "${code}"`)
          );
        }
      });
      const defaults = field.default === undefined ? [] : Array.isArray(field.default) ? field.default : [field.default];
      if (defaults.some((code) => !codes.includes(code))) {
        out.push(
          fieldIssue(`${at}.default`, 'il valore predefinito non è tra le opzioni', 'the default is not one of the options')
        );
      }
      if (field.type === 'multipleChoice') {
        out.push(...inverted(at, ['minSelected', field.minSelected], ['maxSelected', field.maxSelected]));
        out.push(...inverted(at, ['minSelected', field.minSelected], ['options.length', codes.length]));
      }
      break;
    }
    case 'group':
      out.push(...inverted(at, ['minItems', field.minItems], ['maxItems', field.maxItems]));
      break;
    default:
      break;
  }
  return out;
}

/** Groups nested deeper than `MAX_GROUP_DEPTH`, reported at the offending group. */
function nestingProblems(entry: IndexedField): FieldIssue[] {
  if (entry.field.type !== 'group' || entry.groups.length < MAX_GROUP_DEPTH) return [];
  return [
    fieldIssue(
      entry.definitionPath,
      `gruppi annidati troppo in profondità (al massimo ${MAX_GROUP_DEPTH} livelli)`,
      `groups nested too deeply (at most ${MAX_GROUP_DEPTH} levels)`
    ),
  ];
}

/** Duplicate keys (sections, fields in their scope, rules) and problems of each field's properties. */
export function definitionChecks(definition: FormDefinition, index: DefinitionIndex): FieldIssue[] {
  const scopeOf = (entry: IndexedField) => entry.template.slice(0, entry.template.length - entry.field.key.length);
  const scopes = new Map<string, { key: string; where: string }[]>();
  for (const entry of index.fields) {
    const list = scopes.get(scopeOf(entry)) ?? [];
    list.push({ key: entry.field.key, where: entry.definitionPath });
    scopes.set(scopeOf(entry), list);
  }
  return [
    ...reserved(index.fields.map((entry) => ({ key: entry.field.key, where: entry.definitionPath }))),
    ...duplicates(
      definition.sections.map((section, i) => ({ key: section.key, where: `sections.${i}` })),
      ['chiave di sezione', 'section key']
    ),
    ...[...scopes.values()].flatMap((entries) => duplicates(entries, ['chiave di campo', 'field key'])),
    ...duplicates(
      (definition.rules ?? []).map((rule, i) => ({ key: rule.key, where: `rules.${i}` })),
      ['chiave di regola', 'rule key']
    ),
    ...index.fields.flatMap((entry) => [...fieldProblems(entry.field, entry.definitionPath), ...nestingProblems(entry)]),
  ];
}
