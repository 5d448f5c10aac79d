/** What the page and the PDF of a set of minutes show: built once from the stored minutes. */
export interface MinutesDocument {
  bodyName: string;
  title: string;
  meetingTitle: string;
  startsAt: string;
  state: string;
  version: number;
  approvedOn: string | null;
  publishedOn: string | null;
  /** Sanitised HTML. */
  opening: string;
  items: { key: string; title: string; text: string }[];
  actions: {
    kind: 'decision' | 'action';
    itemKey: string | null;
    text: string;
    owner: string | null;
    dueDate: string | null;
    status: string | null;
    services: string[];
  }[];
}

export const STATE_TEXT: Record<string, string> = {
  draft: 'Bozza / Draft',
  'in-review': 'In revisione / In review',
  approved: 'Approvato / Approved',
  published: 'Pubblicato / Published',
};

export const day = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(iso));
export const dayTime = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(new Date(iso));

/** "Decisione: … (responsabile X, entro 30 giugno 2026, aperta; servizi: SAIL)". */
export function actionLine(action: MinutesDocument['actions'][number]): string {
  const details = [
    action.owner ? `responsabile / owner: ${action.owner}` : '',
    action.dueDate ? `entro / due ${day(`${action.dueDate}T12:00:00Z`)}` : '',
    action.status ?? '',
    action.services.length ? `servizi / services: ${action.services.join(', ')}` : '',
  ].filter(Boolean);
  const kind = action.kind === 'decision' ? 'Decisione / Decision' : 'Azione / Action';
  return `${kind}: ${action.text}${details.length ? ` (${details.join('; ')})` : ''}`;
}
