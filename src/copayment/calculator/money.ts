/** Conversions between euro amounts (at most two decimals) and integer cents, and how amounts are written. */

export type Language = 'it' | 'en';

/** True when `value` is a finite number with at most `decimals` decimals (tolerating binary float noise). */
export function hasAtMostDecimals(value: number, decimals: number): boolean {
  if (!Number.isFinite(value)) return false;
  const scaled = value * 10 ** decimals;
  // Absolute tolerance: a binary float is off by far less than 1e-4 of the last decimal for amounts below 10^9.
  return Math.abs(scaled - Math.round(scaled)) < 1e-4;
}

/** An amount in euro as integer cents. The caller has checked it has at most two decimals. */
export function toCents(euro: number): number {
  return Math.round(euro * 100);
}

/** A number with at most `decimals` decimals as an integer count of 10^-decimals (e.g. 1.15 → 1150 for 3). */
export function toScaled(value: number, decimals: number): number {
  return Math.round(value * 10 ** decimals);
}

/** Integer cents as euro (a JS number whose decimal form has at most two decimals). */
export function toEuro(cents: number): number {
  return cents / 100;
}

const LOCALES: Record<Language, string> = { it: 'it-IT', en: 'en-GB' };

/** "1.234,50 €" in Italian, "€1,234.50" in English. */
export function formatEuro(cents: number, language: Language): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency: 'EUR', useGrouping: true }).format(cents / 100);
}

/** A number with up to `decimals` decimals, in the language's notation ("1,15" / "1.15"). */
export function formatNumber(value: number, language: Language, decimals = 2): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: decimals, useGrouping: true }).format(value);
}

/** Hundredths of a percent (2262) as "22,62 %" / "22.62%". */
export function formatPercent(basisPoints: number, language: Language): string {
  const number = formatNumber(basisPoints / 100, language);
  return language === 'it' ? `${number} %` : `${number}%`;
}
