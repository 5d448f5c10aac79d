import { LANGS, type Lang } from './labels';

/** What the list page was asked for. */
export interface CatalogueQuery {
  lang: Lang;
  /** Free text: words of the need, all of which a service must mention. */
  need: string;
  /** An area's code, or '' for every area. */
  area: string;
  /** A comune's ISTAT code, or '' for every comune. */
  comune: string;
}

/** A refused parameter, said in words in both languages and naming the field as the form labels it. */
export interface QueryProblem {
  it: string;
  en: string;
}

export const NEED_MAX_LENGTH = 100;
const KNOWN = ['lang', 'q', 'area', 'comune'];
/**
 * Parameters that sites and newsletters append to a shared link (`fbclid`, `utm_source`…): a citizen opening
 * such a link gets the page, not an error, so they are ignored rather than refused like other unknown names.
 */
const TRACKING = /^(utm_[a-z_]+|fbclid|gclid|msclkid|mc_cid|mc_eid)$/;
const LABEL: Record<string, { it: string; en: string }> = {
  lang: { it: 'Lingua', en: 'Language' },
  q: { it: 'Di che cosa hai bisogno?', en: 'What do you need?' },
  area: { it: 'Area', en: 'Area' },
  comune: { it: 'Comune', en: 'Comune' },
};

/** Reads the language alone: the error pages speak it even when the rest of the query is refused. */
export function readLang(query: Record<string, unknown>): Lang {
  return query.lang === 'en' ? 'en' : 'it';
}

/**
 * Checks the list page's parameters: known names, one value each, a known language, area and comune,
 * a need of reasonable length. Any other query is a problem to show on a 400 page, never an error.
 */
export function readQuery(
  query: Record<string, unknown>,
  known: { areas: string[]; comuni: string[] },
  allowed = KNOWN
): { query: CatalogueQuery; problems: QueryProblem[] } {
  const problems: QueryProblem[] = [];
  for (const name of Object.keys(query)
    .filter((key) => !allowed.includes(key) && !TRACKING.test(key))
    .sort()) {
    problems.push({ it: `«${name}» non è un campo della ricerca`, en: `“${name}” is not a search field` });
  }
  const single = (name: string): string => {
    const value = query[name];
    if (value === undefined) return '';
    if (typeof value === 'string') return value.trim();
    problems.push({ it: `${LABEL[name].it}: indicare un solo valore`, en: `${LABEL[name].en}: give one value only` });
    return '';
  };
  const lang = single('lang');
  if (lang && !LANGS.includes(lang as Lang))
    problems.push({
      it: `${LABEL.lang.it}: scegliere italiano (it) o inglese (en)`,
      en: `${LABEL.lang.en}: choose Italian (it) or English (en)`,
    });
  const need = allowed.includes('q') ? single('q') : '';
  if (need.length > NEED_MAX_LENGTH)
    problems.push({
      it: `${LABEL.q.it}: al massimo ${NEED_MAX_LENGTH} caratteri`,
      en: `${LABEL.q.en}: at most ${NEED_MAX_LENGTH} characters`,
    });
  const area = allowed.includes('area') ? single('area') : '';
  if (area && !known.areas.includes(area))
    problems.push({ it: `${LABEL.area.it}: non è un'area del catalogo`, en: `${LABEL.area.en}: not an area of the catalogue` });
  const comune = allowed.includes('comune') ? single('comune') : '';
  if (comune && !known.comuni.includes(comune))
    problems.push({
      it: `${LABEL.comune.it}: non è un Comune dell'Ambito`,
      en: `${LABEL.comune.en}: not a comune of the district`,
    });
  return { query: { lang: readLang(query), need, area, comune }, problems };
}

/** The parameters a service page accepts: only the language. */
export const SERVICE_PAGE_PARAMS = ['lang'];

/** Lower case without accents, so "attivita" finds "attività". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

/** A word without its last vowel, so singular and plural meet ("anziano" finds "anziani", "disabile" "disabili"). */
const stem = (word: string) => (word.length >= 5 ? word.replace(/[aeiou]$/, '') : word);

/** Whether every word of the need (its stem) appears in one of the texts. */
export function matchesNeed(need: string, texts: (string | null | undefined)[]): boolean {
  const words = fold(need)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(stem);
  if (words.length === 0) return true;
  const haystack = fold(texts.filter(Boolean).join(' '));
  return words.every((word) => haystack.includes(word));
}
