import type { Language } from './localized';

/**
 * Numbers as typed in a text box: `12,5` (Italian) and `12.5` both read as 12.5; `1.234,50` as 1234.5.
 * What does not read as a number is kept as typed, so that the validator reports it on its field.
 */
export function parseNumberInput(raw: string): number | string {
  const text = raw.trim().replace(/\s/g, '');
  if (text === '') return '';
  const normalised = text.includes(',') ? text.replace(/\./g, '').replace(',', '.') : text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return raw.trim();
  return Number(normalised);
}

/** A number as a text box shows it in the user's language (decimal comma in Italian), no grouping. */
export function formatNumberInput(value: unknown, language: Language): string {
  if (typeof value !== 'number' || !Number.isFinite(value)) return value === undefined || value === null ? '' : String(value);
  const text = String(value);
  return language === 'it' ? text.replace('.', ',') : text;
}

/** A calculated or read-only number, with grouping, in the user's language. */
export function formatNumber(value: number, language: Language, currency = false): string {
  const locale = language === 'en' ? 'en-GB' : 'it-IT';
  return new Intl.NumberFormat(locale, currency ? { style: 'currency', currency: 'EUR' } : { maximumFractionDigits: 4 }).format(
    value
  );
}
