import type { ChoiceOption, Field, FormDefinition, LocalizedText, Section } from '@forms-shared';
import { keysInScope, renameField, updateItem } from './definitionOps';
import { codeFromLabel, followsLabel, keyFromLabel } from './deriveKey';
import { getItem, isFieldPath, parseItemPath, type ItemPath } from './itemPaths';
import { uniqueKey } from './uniqueKey';

/**
 * A new label for a field or section; its key follows the Italian label while it is a derived (or
 * placeholder) key and not one of `frozen` (keys of published versions: the data already uses them).
 */
export function relabelItem(
  definition: FormDefinition,
  path: ItemPath,
  label: LocalizedText,
  frozen: ReadonlySet<string> = new Set()
): FormDefinition {
  const item = getItem(definition, path);
  if (!item) return definition;
  const field = isFieldPath(path);
  const previous = field ? (item as Field).label.it : (item as Section).title.it;
  const property = field ? 'label' : 'title';
  const relabelled = updateItem<Section | Field>(
    definition,
    path,
    (current) => ({ ...current, [property]: label }) as typeof current
  );
  const fallback = field ? 'campo' : 'sezione';
  const derive = (text: string) => keyFromLabel(text, fallback);
  if (label.it === previous || frozen.has(item.key) || !followsLabel(item.key, previous, derive)) return relabelled;
  const parsed = parseItemPath(path);
  if (!parsed) return relabelled;
  const taken = field ? keysInScope(relabelled, parsed) : relabelled.sections.map((section) => section.key);
  const key = uniqueKey(
    derive(label.it),
    taken.filter((other) => other !== item.key)
  );
  if (key === item.key) return relabelled;
  return field ? renameField(relabelled, path, key) : updateItem<Section>(relabelled, path, (section) => ({ ...section, key }));
}

/** A new label for option `index`; its code follows the Italian label like a key does (`frozen`: codes already stored). */
export function relabelOption(
  options: ChoiceOption[],
  index: number,
  label: LocalizedText,
  frozen: ReadonlySet<string> = new Set()
): ChoiceOption[] {
  const option = options[index];
  if (!option) return options;
  let { code } = option;
  const derive = (text: string) => codeFromLabel(text);
  if (label.it !== option.label.it && !frozen.has(code) && followsLabel(code, option.label.it, derive)) {
    code = uniqueKey(
      derive(label.it),
      options.filter((_, at) => at !== index).map((other) => other.code)
    );
  }
  return options.map((current, at) => (at === index ? { code, label } : current));
}

/** Options from pasted text, one per line (blank lines skipped), appended after `existing` with derived codes. */
export function optionsFromLines(text: string, existing: ChoiceOption[] = []): ChoiceOption[] {
  const out = [...existing];
  for (const line of text.split(/\r?\n/)) {
    const label = line.trim().replace(/^[-•*]\s*/, '');
    if (label === '') continue;
    const code = uniqueKey(
      codeFromLabel(label),
      out.map((option) => option.code)
    );
    out.push({ code, label: { it: label } });
  }
  return out;
}
