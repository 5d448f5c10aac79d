import type { Field, FormDefinition } from '@forms-shared';
import { pick, type Language } from '../../forms/model/localized';

/** The field at a dotted key path (`household.age`: the field `age` of the group `household`). */
function fieldAt(fields: Field[], path: string): Field | undefined {
  let list = fields;
  let field: Field | undefined;
  for (const key of path.split('.')) {
    field = list.find((candidate) => candidate.key === key);
    if (!field) return undefined;
    list = field.type === 'group' ? field.fields : [];
  }
  return field;
}

/**
 * What a diff target (`field:birthDate`, `section:person`, `rule:adult`, a group's field `field:household.age`)
 * is called in the first definition that has it: `Data di nascita (birthDate)`.
 */
export function describeTarget(target: string, definitions: (FormDefinition | undefined)[], language: Language): string {
  const [kind, ...rest] = target.split(':');
  const key = rest.join(':');
  for (const definition of definitions) {
    if (!definition) continue;
    if (kind === 'section') {
      const section = definition.sections.find((candidate) => candidate.key === key);
      if (section) return `${pick(section.title, language)} (${key})`;
    } else if (kind === 'field') {
      const field = fieldAt(
        definition.sections.flatMap((section) => section.fields),
        key
      );
      if (field) return `${pick(field.label, language)} (${key})`;
    } else if (kind === 'rule') {
      const rule = definition.rules?.find((candidate) => candidate.key === key);
      if (rule) return `${pick(rule.message, language)} (${key})`;
    }
  }
  return target;
}
