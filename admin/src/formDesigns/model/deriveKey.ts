/**
 * Keys and option codes derived from the Italian labels, so that the Ufficio di Piano never types one:
 * "Numero di figli minori" → key `numeroFigliMinori`, option "Sfratto esecutivo" → code `sfratto_esecutivo`.
 * A derived key follows its label while the label is edited; once the user types a key of their own, it stays.
 */

/** Short Italian words left out of keys (articles, prepositions, conjunctions). */
const STOP_WORDS = new Set([
  'il',
  'lo',
  'la',
  'i',
  'gli',
  'le',
  'l',
  'un',
  'uno',
  'una',
  'di',
  'del',
  'dello',
  'della',
  'dei',
  'degli',
  'delle',
  'a',
  'al',
  'allo',
  'alla',
  'ai',
  'agli',
  'alle',
  'da',
  'dal',
  'dalla',
  'dai',
  'in',
  'nel',
  'nello',
  'nella',
  'nei',
  'negli',
  'nelle',
  'con',
  'su',
  'sul',
  'sulla',
  'per',
  'tra',
  'fra',
  'e',
  'ed',
  'o',
  'od',
  'se',
  'che',
]);

const MAX_KEY_LENGTH = 40;

/** The words of a label: accents removed, lower case, split on anything that is not a letter or a digit. */
function words(label: string): string[] {
  return label
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

function meaningful(label: string): string[] {
  const all = words(label);
  const kept = all.filter((word) => !STOP_WORDS.has(word));
  return kept.length > 0 ? kept : all;
}

/** A field or section key (`^[a-z][a-zA-Z0-9_]*$`) from a label, camel case; `fallback` when the label gives none. */
export function keyFromLabel(label: string, fallback = 'campo'): string {
  let key = '';
  for (const word of meaningful(label)) {
    const next = key === '' ? word : key + word[0].toUpperCase() + word.slice(1);
    if (next.length > MAX_KEY_LENGTH && key !== '') break;
    key = next.slice(0, MAX_KEY_LENGTH);
  }
  if (key === '') return fallback;
  return /^[a-z]/.test(key) ? key : `${fallback}${key[0].toUpperCase()}${key.slice(1)}`.slice(0, MAX_KEY_LENGTH);
}

/** An option code (`^[A-Za-z0-9][A-Za-z0-9_-]*$`) from its label, words joined by `_`; `fallback` when the label gives none. */
export function codeFromLabel(label: string, fallback = 'opzione'): string {
  const code = words(label).join('_').slice(0, MAX_KEY_LENGTH).replace(/_+$/, '');
  return code === '' ? fallback : code;
}

/** `base` itself or `base_2`, `base_3`… (what `uniqueKey` makes of it). */
const isVariantOf = (key: string, base: string) => key === base || new RegExp(`^${base}_\\d+$`).test(key);

/** Keys the designer gave before any label was typed: `text_1`, `singleChoice_2`, `section3`, `option1`, `a`. */
const PLACEHOLDER = /^(?:[a-z][a-zA-Z]*_\d+|section\d+|option\d+|[a-z])$/;

/** Whether a key (or code) was derived from `previousLabel` or is still a placeholder: it then follows the label. */
export function followsLabel(key: string, previousLabel: string, derive: (label: string) => string): boolean {
  return PLACEHOLDER.test(key) || isVariantOf(key, derive(previousLabel));
}
