import type { MinutesState } from './types';

/**
 * The life cycle of a set of minutes: the secretary drafts them from the agenda, opens a review window in
 * which attendees propose amendments and comment, decides every amendment, records the approval, and
 * publishes them to the body's members. No way back: a change after approval is a new set of minutes.
 * (The separate workflows engine may drive these transitions later; this table stays the authority.)
 */
export const MINUTES_ACTIONS = ['open-review', 'approve', 'publish'] as const;
export type MinutesAction = (typeof MINUTES_ACTIONS)[number];

export const MINUTES_TRANSITIONS: Record<MinutesAction, { from: MinutesState; to: MinutesState }> = {
  'open-review': { from: 'draft', to: 'in-review' },
  approve: { from: 'in-review', to: 'approved' },
  publish: { from: 'approved', to: 'published' },
};

const STATE_LABELS: Record<MinutesState, [string, string]> = {
  draft: ['bozza', 'draft'],
  'in-review': ['in revisione', 'in review'],
  approved: ['approvato', 'approved'],
  published: ['pubblicato', 'published'],
};

/** What else must hold for a transition (beyond the state): given by the caller, checked here. */
export interface TransitionFacts {
  /** Amendments still waiting for the secretary's decision. */
  pendingAmendments?: number;
  /** Personal-data findings in the text (opening the review and publishing share it). */
  personalDataFindings?: number;
}

export type TransitionResult = { ok: true; to: MinutesState } | { ok: false; it: string; en: string };

/** The state `action` leads to from `state`, or why it may not happen now. */
export function transition(state: MinutesState, action: MinutesAction, facts: TransitionFacts = {}): TransitionResult {
  const move = MINUTES_TRANSITIONS[action];
  if (!move) return { ok: false, it: `azione sconosciuta: ${action}`, en: `unknown action: ${action}` };
  if (move.from !== state) {
    const [fromIt, fromEn] = STATE_LABELS[move.from];
    const [nowIt, nowEn] = STATE_LABELS[state];
    return {
      ok: false,
      it: `possibile solo da «${fromIt}»: il verbale è «${nowIt}»`,
      en: `only possible from “${fromEn}”: the minutes are “${nowEn}”`,
    };
  }
  if (action === 'approve' && (facts.pendingAmendments ?? 0) > 0) {
    const n = facts.pendingAmendments as number;
    return {
      ok: false,
      it: `${n === 1 ? 'un emendamento attende' : `${n} emendamenti attendono`} la decisione della segreteria`,
      en: `${n === 1 ? 'one amendment awaits' : `${n} amendments await`} the secretary's decision`,
    };
  }
  if ((action === 'publish' || action === 'open-review') && (facts.personalDataFindings ?? 0) > 0) {
    return {
      ok: false,
      it: 'il testo contiene dati personali: toglierli prima di condividerlo',
      en: 'the text holds personal data: remove it before sharing',
    };
  }
  return { ok: true, to: move.to };
}

/** Whether the minutes' text (title, body, items) may still change, and how. */
export function editableBy(state: MinutesState): 'secretary' | 'amendments' | 'nobody' {
  if (state === 'draft') return 'secretary';
  if (state === 'in-review') return 'amendments';
  return 'nobody';
}

export function stateLabel(state: MinutesState): { it: string; en: string } {
  const [it, en] = STATE_LABELS[state];
  return { it, en };
}
