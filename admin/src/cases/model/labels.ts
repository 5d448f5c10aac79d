import type { Bilingual } from '../api/types';

/** The Italian or English text of a bilingual label (the other one when missing); a plain string as it is. */
export function pickLabel(label: Bilingual | string | null | undefined, locale: string): string {
  if (!label) return '';
  if (typeof label === 'string') return label;
  return (locale === 'en' ? label.en : label.it) || label.it || label.en || '';
}
