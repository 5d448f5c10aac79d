import { throwIssues } from '../utils/errors';

/** A JSON object body with only the allowed keys (else 400 naming each unknown one). */
export function objectBody(value: unknown, allowed: string[], path = 'body'): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throwIssues([{ path, it: 'corpo della richiesta mancante o non valido', en: 'missing or invalid request body' }]);
  }
  const body = value as Record<string, unknown>;
  const unknown = Object.keys(body).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throwIssues(unknown.map((key) => ({ path: key, it: 'campo sconosciuto', en: 'unknown field' })));
  return body;
}

export interface TransitionRequest {
  transition: string;
  expectedState: string;
  comment: string | null;
}

/** `{ transition, expectedState, comment? }`. */
export function checkTransitionRequest(value: unknown): TransitionRequest {
  const body = objectBody(value, ['transition', 'expectedState', 'comment']);
  const issues = [];
  if (typeof body.transition !== 'string' || body.transition === '') {
    issues.push({ path: 'transition', it: 'indicare la chiave del passaggio', en: 'give the transition key' });
  }
  if (typeof body.expectedState !== 'string' || body.expectedState === '') {
    issues.push({
      path: 'expectedState',
      it: 'indicare lo stato in cui si è visto il record',
      en: 'give the state the record was seen in',
    });
  }
  const comment = body.comment ?? null;
  if (comment !== null && (typeof comment !== 'string' || comment.length > 4000)) {
    issues.push({ path: 'comment', it: 'testo di al massimo 4000 caratteri', en: 'text of at most 4000 characters' });
  }
  if (issues.length > 0) throwIssues(issues);
  const trimmed = typeof comment === 'string' && comment.trim() !== '' ? comment.trim() : null;
  return { transition: body.transition as string, expectedState: body.expectedState as string, comment: trimmed };
}

export interface StartRequest {
  workflow: string;
  subject: { type: string; documentId: string };
}

/** `{ workflow, subject: { type, documentId } }`. */
export function checkStartRequest(value: unknown): StartRequest {
  const body = objectBody(value, ['workflow', 'subject']);
  const issues = [];
  if (typeof body.workflow !== 'string' || body.workflow === '')
    issues.push({ path: 'workflow', it: 'indicare la chiave del flusso', en: 'give the workflow key' });
  const subject = body.subject as Record<string, unknown> | undefined;
  if (!subject || typeof subject !== 'object' || typeof subject.type !== 'string' || typeof subject.documentId !== 'string') {
    issues.push({
      path: 'subject',
      it: 'indicare il record come { type, documentId }',
      en: 'give the record as { type, documentId }',
    });
  } else {
    const extra = Object.keys(subject).filter((key) => key !== 'type' && key !== 'documentId');
    extra.forEach((key) => issues.push({ path: `subject.${key}`, it: 'campo sconosciuto', en: 'unknown field' }));
  }
  if (issues.length > 0) throwIssues(issues);
  return {
    workflow: body.workflow as string,
    subject: { type: subject?.type as string, documentId: subject?.documentId as string },
  };
}
