import { FieldChecker } from './fields';

export const ACTION_STATUSES = ['open', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

export interface ActionItemInput {
  minutes?: string;
  itemKey?: string | null;
  kind?: 'decision' | 'action';
  text?: string;
  owner?: string | null;
  dueDate?: string | null;
  status?: ActionStatus | null;
  services?: string[];
}

const KEYS = ['minutes', 'itemKey', 'kind', 'text', 'owner', 'dueDate', 'status', 'services'];

/** A decision or an action item of a set of minutes: text, owner (a membership), due date, status, services. */
export function checkActionItemInput(data: Record<string, unknown>, creating: boolean) {
  const check = new FieldChecker(data).onlyKeys(KEYS);
  const input: ActionItemInput = {
    minutes: check.documentId('minutes', creating) ?? undefined,
    itemKey: check.text('itemKey', { max: 80 }),
    kind: check.oneOf('kind', ['decision', 'action'] as const, creating) ?? undefined,
    text: check.text('text', { required: creating || check.has('text'), max: 2000 }) ?? undefined,
    owner: check.documentId('owner'),
    dueDate: check.date('dueDate'),
    status: check.oneOf('status', ACTION_STATUSES),
    services: check.documentIds('services'),
  };
  if (!creating) {
    for (const key of ['minutes', 'kind']) if (data[key] !== undefined) check.add(key, 'non si può cambiare', 'cannot change');
  }
  return { input, issues: check.issues };
}
