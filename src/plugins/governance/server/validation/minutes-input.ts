import { FieldChecker, isRecord } from './fields';
import { MAX_RICH_TEXT } from './meeting-input';

export interface MinutesItemInput {
  key: string;
  title: string;
  text: string;
}

export interface MinutesInput {
  meeting?: string;
  title?: string;
  body?: string | null;
  items?: MinutesItemInput[];
}

const READ_ONLY = [
  'state',
  'version',
  'approvedVersion',
  'reviewOpenedOn',
  'approvedOn',
  'approvedBy',
  'publishedOn',
  'publishedBy',
  'amendments',
  'versions',
  'documentId',
  'id',
];
const ITEM_KEY: [RegExp, string, string] = [
  /^[a-z0-9][a-z0-9-]{0,79}$/,
  'minuscole, cifre e trattini',
  'lower case, digits and hyphens',
];

function checkItems(check: FieldChecker, raw: unknown): MinutesItemInput[] | undefined {
  if (raw === undefined) return undefined;
  if (!Array.isArray(raw) || raw.length > 60)
    return check.add('items', 'elenco di al massimo 60 punti', 'list of at most 60 items');
  const keys = new Set<string>();
  const items = raw.map((item, index) => {
    if (!isRecord(item))
      return check.add(`items.${index}`, 'ogni punto deve essere { key, title, text }', 'each item must be { key, title, text }');
    const sub = new FieldChecker(item, `items.${index}`).onlyKeys(['key', 'title', 'text']);
    const key = sub.text('key', { required: true, max: 80, pattern: ITEM_KEY }) as string;
    if (key && keys.has(key)) sub.add('key', 'chiave ripetuta', 'duplicate key');
    keys.add(key);
    const parsed = {
      key,
      title: sub.text('title', { required: true, max: 300 }) as string,
      text: sub.text('text', { max: MAX_RICH_TEXT }) ?? '',
    };
    check.issues.push(...sub.issues);
    return parsed;
  });
  return items.every(Boolean) ? (items as MinutesItemInput[]) : undefined;
}

/** Creating takes the meeting (the draft is written from its agenda); editing a draft takes title, body, items. */
export function checkMinutesInput(data: Record<string, unknown>, creating: boolean) {
  const check = new FieldChecker(data).readOnly(READ_ONLY);
  check.onlyKeys(['meeting', 'title', 'body', 'items', ...READ_ONLY]);
  const input: MinutesInput = {
    meeting: check.documentId('meeting', creating) ?? undefined,
    title: check.text('title', { required: check.has('title'), max: 200 }) ?? undefined,
    body: check.text('body', { max: MAX_RICH_TEXT }),
    items: checkItems(check, data.items),
  };
  if (!creating && data.meeting !== undefined) check.add('meeting', 'la seduta non si può cambiare', 'the meeting cannot change');
  return { input, issues: check.issues };
}
