import { FieldChecker, isRecord } from './fields';

export interface AgendaItemInput {
  key: string;
  title: string;
  description: string | null;
  services: string[];
}

export interface MeetingInput {
  body?: string;
  title?: string;
  startsAt?: string;
  endsAt?: string | null;
  place?: string | null;
  onlineUrl?: string | null;
  agenda?: AgendaItemInput[];
}

const KEYS = ['body', 'title', 'startsAt', 'endsAt', 'place', 'onlineUrl', 'agenda'];
const READ_ONLY = ['status', 'invitations', 'convenedOn', 'sequence', 'documentId', 'id', 'minutes', 'quorum'];
const ITEM_KEYS = ['key', 'title', 'description', 'services'];
const ITEM_KEY: [RegExp, string, string] = [
  /^[a-z0-9][a-z0-9-]{0,79}$/,
  'minuscole, cifre e trattini',
  'lower case, digits and hyphens',
];
export const MAX_AGENDA_ITEMS = 50;
export const MAX_RICH_TEXT = 50000;

function checkAgenda(check: FieldChecker, raw: unknown): AgendaItemInput[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length > MAX_AGENDA_ITEMS) {
    check.add('agenda', `elenco di al massimo ${MAX_AGENDA_ITEMS} punti`, `list of at most ${MAX_AGENDA_ITEMS} items`);
    return undefined;
  }
  const keys = new Set<string>();
  const items = raw.map((item, index) => {
    if (!isRecord(item)) {
      check.add(
        `agenda.${index}`,
        'ogni punto deve essere un oggetto { title, description?, services? }',
        'each item must be an object { title, description?, services? }'
      );
      return null;
    }
    const sub = new FieldChecker(item, `agenda.${index}`).onlyKeys(ITEM_KEYS);
    const key = sub.text('key', { max: 80, pattern: ITEM_KEY }) ?? `punto-${index + 1}`;
    if (keys.has(key)) sub.add('key', 'chiave ripetuta', 'duplicate key');
    keys.add(key);
    const parsed = {
      key,
      title: sub.text('title', { required: true, max: 300 }) as string,
      description: sub.text('description', { max: MAX_RICH_TEXT }) ?? null,
      services: sub.documentIds('services') ?? [],
    };
    check.issues.push(...sub.issues);
    return parsed;
  });
  return items.every(Boolean) ? (items as AgendaItemInput[]) : undefined;
}

/** Checks a meeting with its agenda; on update only what is given (the body never changes). */
export function checkMeetingInput(data: Record<string, unknown>, creating: boolean) {
  const check = new FieldChecker(data).readOnly(READ_ONLY);
  check.onlyKeys([...KEYS, ...READ_ONLY]);
  const input: MeetingInput = {
    body: check.documentId('body', creating) ?? undefined,
    title: check.text('title', { required: creating || check.has('title'), max: 200 }) ?? undefined,
    startsAt: check.dateTime('startsAt', creating || check.has('startsAt')) ?? undefined,
    endsAt: check.dateTime('endsAt'),
    place: check.text('place', { max: 300 }),
    onlineUrl: check.url('onlineUrl'),
    agenda: checkAgenda(check, data.agenda),
  };
  if (!creating && data.body !== undefined) check.add('body', "l'organismo non si può cambiare", 'the body cannot change');
  if (input.startsAt && input.endsAt && input.endsAt <= input.startsAt) {
    check.add('endsAt', "la fine deve seguire l'inizio", 'the end must come after the start');
  }
  return { input, issues: check.issues };
}
