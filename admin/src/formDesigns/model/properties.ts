import type { LocalizedText } from '@forms-shared';

/** A copy of `item` with `name` set to `value`, or without it when the value is empty (undefined or ''). */
export function withProperty<T extends object>(item: T, name: string, value: unknown): T {
  const copy = { ...item } as Record<string, unknown>;
  if (value === undefined || value === '') delete copy[name];
  else copy[name] = value;
  return copy as T;
}

/** An optional text: absent when both languages are empty; English left out when empty (Italian is shown instead). */
export function optionalText(text: LocalizedText | undefined): LocalizedText | undefined {
  if (!text || (text.it.trim() === '' && (text.en ?? '').trim() === '')) return undefined;
  return text.en ? { it: text.it, en: text.en } : { it: text.it };
}

/** The issues of one item, by property: `min` → its messages, `options.1.code` kept whole. */
export function issuesByProperty(issues: { path: string; text: string }[], itemPath: string): Map<string, string[]> {
  const byProperty = new Map<string, string[]>();
  const prefix = `${itemPath}.`;
  for (const issue of issues) {
    const path = issue.path.replace(/^definition\./, '');
    if (path !== itemPath && !path.startsWith(prefix)) continue;
    const property = path === itemPath ? '' : path.slice(prefix.length);
    if (/^fields\.\d+/.test(property)) continue;
    byProperty.set(property, [...(byProperty.get(property) ?? []), issue.text]);
  }
  return byProperty;
}
