import type { Field, FormDefinition, LocalizedText } from '@forms-shared';

/** One text of a definition, where it is (a dotted path to the `{ it, en }` object) and its Italian. */
export interface TextEntry {
  path: string;
  it: string;
  en: string;
}

function add(out: TextEntry[], path: string, text: LocalizedText | undefined): void {
  if (text && text.it.trim() !== '') out.push({ path, it: text.it, en: text.en ?? '' });
}

function fromFields(out: TextEntry[], fields: Field[], prefix: string): void {
  fields.forEach((field, index) => {
    const at = `${prefix}.fields.${index}`;
    add(out, `${at}.label`, field.label);
    add(out, `${at}.help`, field.help);
    if (field.type === 'staticText') add(out, `${at}.text`, field.text);
    if ('options' in field) field.options.forEach((option, o) => add(out, `${at}.options.${o}.label`, option.label));
    if (field.type === 'group') fromFields(out, field.fields, at);
  });
}

/** Every text of the definition, in reading order. */
export function definitionTexts(definition: FormDefinition): TextEntry[] {
  const out: TextEntry[] = [];
  definition.sections.forEach((section, index) => {
    add(out, `sections.${index}.title`, section.title);
    add(out, `sections.${index}.description`, section.description);
    fromFields(out, section.fields, `sections.${index}`);
  });
  (definition.rules ?? []).forEach((rule, index) => add(out, `rules.${index}.message`, rule.message));
  return out;
}

/** The texts without English (the English form shows their Italian). */
export const untranslatedTexts = (definition: FormDefinition): TextEntry[] =>
  definitionTexts(definition).filter((entry) => entry.en.trim() === '');

/** The definition with the English of the text at `path` set (removed when empty). */
export function setEnglish(definition: FormDefinition, path: string, en: string): FormDefinition {
  const copy = structuredClone(definition) as unknown as Record<string, unknown>;
  const parts = path.split('.');
  let node: Record<string, unknown> | unknown[] = copy;
  for (const part of parts) {
    node = (node as Record<string, unknown>)[part] as Record<string, unknown>;
    if (!node || typeof node !== 'object') return definition;
  }
  const text = node as unknown as LocalizedText;
  if (en.trim() === '') delete text.en;
  else text.en = en;
  return copy as unknown as FormDefinition;
}
