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

/** An action item's status as people read it (the page shows both languages, the PDF Italian). */
export const ACTION_STATUS: Record<string, { it: string; en: string }> = {
  open: { it: 'aperta', en: 'open' },
  'in-progress': { it: 'in corso', en: 'in progress' },
  done: { it: 'completata', en: 'done' },
  cancelled: { it: 'annullata', en: 'cancelled' },
};

export const day = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeZone: 'Europe/Rome' }).format(new Date(iso));
export const dayTime = (iso: string) =>
  new Intl.DateTimeFormat('it-IT', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Rome' }).format(new Date(iso));

/**
 * "Decisione / Decision: … (responsabile / owner X, …)" on the bilingual page; `it` for documents
 * printed in Italian only (the PDF).
 */
export function actionLine(action: MinutesDocument['actions'][number], lang: 'both' | 'it' = 'both'): string {
  const both = lang === 'both';
  const details = [
    action.owner ? `${both ? 'responsabile / owner' : 'responsabile'}: ${action.owner}` : '',
    action.dueDate ? `${both ? 'entro / due' : 'entro il'} ${day(`${action.dueDate}T12:00:00Z`)}` : '',
    action.status
      ? both
        ? `${ACTION_STATUS[action.status]?.it ?? action.status} / ${ACTION_STATUS[action.status]?.en ?? action.status}`
        : (ACTION_STATUS[action.status]?.it ?? action.status)
      : '',
    action.services.length ? `${both ? 'servizi / services' : 'servizi'}: ${action.services.join(', ')}` : '',
  ].filter(Boolean);
  const kind = action.kind === 'decision' ? (both ? 'Decisione / Decision' : 'Decisione') : both ? 'Azione / Action' : 'Azione';
  return `${kind}: ${action.text}${details.length ? ` (${details.join('; ')})` : ''}`;
}
