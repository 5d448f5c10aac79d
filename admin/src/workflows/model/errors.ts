import type { Language } from '../../forms/model/localized';
import type { Reason } from '../api/types';

/** A refused workflow request as the user reads it. */
export interface RefusalView {
  status: number | undefined;
  /** The server's message in the user's language. */
  message: string;
  /** What is missing (422) or why not (403), one line each. */
  reasons: string[];
}

interface ErrorDetails {
  it?: string;
  en?: string;
  reasons?: Reason[];
}

/**
 * The text of a failed call: the workflows engine answers 403/409/422 with `details: { it, en, reasons }`
 * (react-admin's HttpError keeps Strapi's body), other errors with a bilingual `message`.
 */
export function describeRefusal(error: unknown, language: Language): RefusalView {
  const failure = (error ?? {}) as {
    status?: number;
    message?: string;
    body?: { error?: { message?: string; details?: ErrorDetails } };
  };
  const details = failure.body?.error?.details ?? {};
  const fromDetails = details[language];
  const message = fromDetails ?? halfOf(failure.body?.error?.message ?? failure.message ?? String(error), language);
  const reasons = (details.reasons ?? []).map((reason) => reason[language] || reason.message);
  // The message of a 422 already joins its reasons: show them as a list instead.
  return {
    status: failure.status,
    message,
    reasons: reasons.length > 1 || (reasons.length === 1 && reasons[0] !== message) ? reasons : [],
  };
}

/** `"testo / text"` → the half in the user's language (the server's bilingual messages). */
export function halfOf(message: string, language: Language): string {
  const parts = message.split(' / ');
  if (parts.length !== 2) return message;
  return language === 'en' ? parts[1] : parts[0];
}
