import { FieldChecker } from './fields';
import { MAX_RICH_TEXT } from './meeting-input';

export interface AmendmentInput {
  kind: 'amendment' | 'comment';
  itemKey: string | null;
  text: string | null;
  proposedText: string | null;
}

/**
 * An attendee's amendment (`proposedText` replaces the item's text, or the minutes' opening text when
 * `itemKey` is absent; `text` explains it) or comment (`text`).
 */
export function checkAmendmentInput(data: Record<string, unknown>) {
  const check = new FieldChecker(data).onlyKeys(['kind', 'itemKey', 'text', 'proposedText']);
  const kind = check.oneOf('kind', ['amendment', 'comment'] as const, true);
  const input: AmendmentInput = {
    kind: kind ?? 'comment',
    itemKey: check.text('itemKey', { max: 80 }) ?? null,
    text: check.text('text', { max: MAX_RICH_TEXT, required: kind === 'comment' }) ?? null,
    proposedText: check.text('proposedText', { max: MAX_RICH_TEXT, required: kind === 'amendment' }) ?? null,
  };
  if (kind === 'comment' && data.proposedText !== undefined) {
    check.add(
      'proposedText',
      'un commento non propone un testo: usare un emendamento',
      'a comment proposes no text: use an amendment'
    );
  }
  return { input, issues: check.issues };
}

/** The secretary's decision: a note, required when rejecting (the author reads why). */
export function checkDecisionInput(data: Record<string, unknown>, reasonRequired = false) {
  const check = new FieldChecker(data).onlyKeys(['note']);
  const note = check.text('note', { max: 2000 }) ?? null;
  if (reasonRequired && (!note || note.trim() === '') && check.issues.length === 0)
    check.add('note', 'indicare il motivo del rifiuto', 'give the reason for rejecting');
  return { note, issues: check.issues };
}
