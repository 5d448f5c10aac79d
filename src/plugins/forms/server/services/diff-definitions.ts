import type { FormDefinition } from '../../shared';

export interface DefinitionChange {
  kind: 'added' | 'removed' | 'changed' | 'moved';
  /** `section:<key>`, `field:<path>` or `rule:<key>`. */
  target: string;
  /** Properties that differ, for `changed`. */
  properties?: { name: string; before: unknown; after: unknown }[];
}

interface Entry {
  position: string;
  value: Record<string, unknown>;
}

type Node = { key: string; fields?: Node[] } & Record<string, unknown>;

function flatten(definition: FormDefinition): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  const walkFields = (fields: Node[], prefix: string, position: string) =>
    fields.forEach((field, index) => {
      const path = prefix ? `${prefix}.${field.key}` : field.key;
      const { fields: children, ...own } = field;
      entries.set(`field:${path}`, { position: `${position}/${index}`, value: own });
      if (children) walkFields(children, path, `${position}/${index}`);
    });
  (definition.sections as unknown as Node[]).forEach((section, index) => {
    const { fields, ...own } = section;
    entries.set(`section:${section.key}`, { position: String(index), value: own });
    walkFields(fields ?? [], '', String(index));
  });
  ((definition.rules ?? []) as unknown as Node[]).forEach((rule, index) => {
    entries.set(`rule:${rule.key}`, { position: String(index), value: rule });
  });
  return entries;
}

/** What changed between two definitions, field by field: what a reviewer reads before publishing. */
export function diffDefinitions(before: FormDefinition, after: FormDefinition): DefinitionChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: DefinitionChange[] = [];
  for (const [target, entry] of a) {
    const next = b.get(target);
    if (!next) {
      changes.push({ kind: 'removed', target });
      continue;
    }
    const names = [...new Set([...Object.keys(entry.value), ...Object.keys(next.value)])];
    const properties = names
      .filter((name) => JSON.stringify(entry.value[name]) !== JSON.stringify(next.value[name]))
      .map((name) => ({ name, before: entry.value[name], after: next.value[name] }));
    if (properties.length > 0) changes.push({ kind: 'changed', target, properties });
    else if (entry.position !== next.position) changes.push({ kind: 'moved', target });
  }
  for (const target of b.keys()) if (!a.has(target)) changes.push({ kind: 'added', target });
  return changes;
}
