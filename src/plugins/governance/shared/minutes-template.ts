/**
 * A minutes template: the items every minutes of a body type starts with, in order. A `fixed` item is
 * written as is (e.g. "Verifica del numero legale", "Varie ed eventuali"); the one `agenda` entry is where
 * the meeting's agenda items go. Pure: used by the server when drafting and by the console when editing.
 */
export type TemplateEntry = { kind: 'fixed'; title: string; text?: string } | { kind: 'agenda' };

export interface MinutesTemplate {
  items: TemplateEntry[];
}

/** Without a template of its own a body type's minutes hold the agenda items only. */
export const DEFAULT_TEMPLATE: MinutesTemplate = { items: [{ kind: 'agenda' }] };

export const MAX_TEMPLATE_ITEMS = 30;

export interface TemplateIssue {
  path: string;
  it: string;
  en: string;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every problem of a template's `items`, told in Italian and English (paths relative to `items`). */
export function checkTemplateItems(raw: unknown): TemplateIssue[] {
  if (!Array.isArray(raw) || raw.length === 0 || raw.length > MAX_TEMPLATE_ITEMS) {
    return [{ path: '', it: `da 1 a ${MAX_TEMPLATE_ITEMS} punti`, en: `from 1 to ${MAX_TEMPLATE_ITEMS} items` }];
  }
  const issues: TemplateIssue[] = [];
  raw.forEach((entry, index) => {
    if (!isRecord(entry) || (entry.kind !== 'fixed' && entry.kind !== 'agenda')) {
      issues.push({ path: `${index}.kind`, it: 'punto fisso o punti all’ordine del giorno', en: 'fixed item or agenda items' });
      return;
    }
    const allowed = entry.kind === 'fixed' ? ['kind', 'title', 'text'] : ['kind'];
    for (const key of Object.keys(entry).filter((k) => !allowed.includes(k)))
      issues.push({ path: `${index}.${key}`, it: 'campo non previsto', en: 'unexpected field' });
    if (entry.kind !== 'fixed') return;
    if (typeof entry.title !== 'string' || entry.title.trim() === '')
      issues.push({ path: `${index}.title`, it: 'obbligatorio', en: 'required' });
    else if (entry.title.length > 300)
      issues.push({ path: `${index}.title`, it: 'al massimo 300 caratteri', en: 'at most 300 characters' });
    if (entry.text !== undefined && entry.text !== null && (typeof entry.text !== 'string' || entry.text.length > 20000))
      issues.push({ path: `${index}.text`, it: 'testo di al massimo 20000 caratteri', en: 'text of at most 20000 characters' });
  });
  const agenda = raw.filter((entry) => isRecord(entry) && entry.kind === 'agenda').length;
  if (agenda !== 1) {
    issues.push({
      path: '',
      it: 'indicare una volta dove vanno i punti all’ordine del giorno',
      en: 'say once where the agenda items go',
    });
  }
  return issues;
}

/** The minutes items drafted from a template and a meeting's agenda: fixed items get keys free of the agenda's. */
export function draftItems(
  template: MinutesTemplate,
  agenda: { key: string; title: string }[]
): { key: string; title: string; text: string }[] {
  const used = new Set(agenda.map((item) => item.key));
  let n = 0;
  const freeKey = () => {
    do n += 1;
    while (used.has(`modello-${n}`));
    used.add(`modello-${n}`);
    return `modello-${n}`;
  };
  return template.items.flatMap((entry) =>
    entry.kind === 'agenda'
      ? agenda.map((item) => ({ key: item.key, title: item.title, text: '' }))
      : [{ key: freeKey(), title: entry.title.trim(), text: entry.text ?? '' }]
  );
}
