import { compositionRulesOf, quorumRuleOf } from './rulesPayload';

/** What each governance route accepts on create and on update (the rest of a record is read-only). */
const WRITABLE: Record<string, { create: string[]; update: string[] }> = {
  'governance-bodies': {
    create: ['code', 'name', 'type', 'description', 'area', 'services', 'public'],
    update: ['name', 'type', 'description', 'area', 'services', 'public', 'compositionRules', 'quorumRule'],
  },
  'governance-memberships': {
    create: [
      'body',
      'name',
      'email',
      'user',
      'organisation',
      'seat',
      'role',
      'municipality',
      'provider',
      'delegateFor',
      'from',
      'to',
    ],
    update: ['name', 'email', 'user', 'organisation', 'seat', 'role', 'municipality', 'provider', 'delegateFor', 'from', 'to'],
  },
  'governance-meetings': {
    create: ['body', 'title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'agenda'],
    update: ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'agenda'],
  },
  'governance-minutes': { create: ['meeting', 'title', 'body', 'items'], update: ['title', 'body', 'items'] },
  'governance-minutes-templates': { create: [], update: ['items'] },
  'governance-action-items': {
    create: ['minutes', 'itemKey', 'kind', 'text', 'owner', 'dueDate', 'status'],
    update: ['itemKey', 'text', 'owner', 'dueDate', 'status'],
  },
};

const idOf = (value: unknown): unknown =>
  value && typeof value === 'object' && !Array.isArray(value) && 'documentId' in value
    ? (value as { documentId: string }).documentId
    : value;

/** A relation as its documentId, an empty input as null. */
function plain(value: unknown): unknown {
  if (value === '' || value === undefined) return null;
  if (Array.isArray(value)) return value.map(idOf);
  return idOf(value);
}

/** Agenda items with only what the route accepts (documents are attached separately); new items get a free key. */
function agendaOf(items: unknown) {
  if (!Array.isArray(items)) return items;
  const used = new Set(
    items.map((item: Record<string, unknown>) => item.key).filter((key) => typeof key === 'string' && key !== '')
  );
  const freeKey = (index: number) => {
    let n = index + 1;
    while (used.has(`punto-${n}`)) n += 1;
    used.add(`punto-${n}`);
    return `punto-${n}`;
  };
  return items.map((item: Record<string, unknown>, index) => ({
    key: typeof item.key === 'string' && item.key !== '' ? item.key : freeKey(index),
    title: item.title ?? '',
    ...(item.description ? { description: item.description } : {}),
    services: Array.isArray(item.services) ? item.services.map(idOf) : [],
  }));
}

/** A date-time input's local value (`2027-05-12T10:00`, no offset) as an instant the API accepts. */
function instant(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return new Date(value).toISOString();
  return value;
}

const itemsOf = (items: unknown) =>
  Array.isArray(items)
    ? items.map((item: Record<string, unknown>) => ({ key: item.key, title: item.title, text: item.text ?? '' }))
    : items;

/** Template entries with only the keys of their kind (a fixed item's empty text is left out). */
const templateItemsOf = (items: unknown) =>
  Array.isArray(items)
    ? items.map((item: Record<string, unknown>) =>
        item.kind === 'agenda'
          ? { kind: 'agenda' }
          : { kind: 'fixed', title: item.title ?? '', ...(item.text ? { text: item.text } : {}) }
      )
    : items;

/** The `data` of a write to a governance route: known keys only, relations as documentIds. */
export function toGovernancePayload(
  resource: string,
  values: Record<string, unknown>,
  creating: boolean
): Record<string, unknown> {
  const keys = WRITABLE[resource]?.[creating ? 'create' : 'update'] ?? [];
  const data: Record<string, unknown> = {};
  for (const key of keys) {
    if (!(key in values)) continue;
    const value = values[key];
    if (key === 'agenda') data.agenda = agendaOf(value);
    else if (key === 'items' && resource === 'governance-minutes-templates') data.items = templateItemsOf(value);
    else if (key === 'items') data.items = itemsOf(value);
    else if (key === 'public') data.public = Boolean(value);
    else if (key === 'compositionRules') data.compositionRules = compositionRulesOf(value);
    else if (key === 'quorumRule') data.quorumRule = quorumRuleOf(value);
    else if ((key === 'startsAt' || key === 'endsAt') && value) data[key] = instant(value);
    else if (creating && (value === '' || value === null || value === undefined)) continue;
    else data[key] = plain(value);
  }
  return data;
}
