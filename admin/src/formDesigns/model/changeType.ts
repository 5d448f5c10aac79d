import { structuralIssues, type Field, type FieldType, type FormDefinition } from '@forms-shared';
import { newField, type NewItemTexts } from './newField';

/** Properties every field type has (`required` aside: a calculated field has none). */
const COMMON = new Set(['type', 'key', 'label', 'help', 'required', 'visibleWhen']);

/** Whether `field` alone is a well-formed field (its properties known to its type and of the right kind). */
function wellFormed(field: Field): boolean {
  const probe: FormDefinition = { sections: [{ key: 'probe', title: { it: 'x', en: 'x' }, fields: [field] }] };
  return structuralIssues(probe).length === 0;
}

export interface TypeChange {
  field: Field;
  /** Properties of the old field the new type has no place for (or a value it cannot take): lost by the change. */
  dropped: string[];
}

/**
 * The field turned into another type: key, texts, "required" and condition kept; every other property
 * kept when the new type takes it as it is (a text's maximum length for a long text, a single choice's
 * options for a multiple one), dropped otherwise; what the new type needs and lacks comes from a new field.
 */
export function changeFieldType(field: Field, type: FieldType, texts: NewItemTexts): TypeChange {
  const source = field as unknown as Record<string, unknown>;
  let next = newField(type, field.key, texts) as unknown as Record<string, unknown>;
  const dropped: string[] = [];
  for (const name of ['label', 'help', 'required', 'visibleWhen']) {
    if (source[name] === undefined) continue;
    if (name === 'required' && (type === 'calculated' || type === 'staticText')) {
      dropped.push(name);
      continue;
    }
    next = { ...next, [name]: source[name] };
  }
  for (const [name, value] of Object.entries(source)) {
    if (COMMON.has(name) || value === undefined) continue;
    const candidate = { ...next, [name]: value };
    if (wellFormed(candidate as unknown as Field)) next = candidate;
    else dropped.push(name);
  }
  return { field: next as unknown as Field, dropped };
}
