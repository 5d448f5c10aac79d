import type { Language } from '../forms/model/localized';

/** An instant as the user's language writes it (26/11/2026, 14:05). */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'it-IT', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
