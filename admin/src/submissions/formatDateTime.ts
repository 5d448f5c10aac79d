import { formatRomeDateTime } from '../common/romeTime';
import type { Language } from '../forms/model/localized';

/** An instant as the user's language writes it (26/11/2026, 14:05), in Rome's time zone. */
export function formatDateTime(value: string | null | undefined, language: Language): string {
  if (!value) return '—';
  return formatRomeDateTime(value, language);
}
