import type { Lang } from './labels';

export const CATALOGUE_PATH = '/catalogo';
export const SERVICES_PATH = `${CATALOGUE_PATH}/servizi/`;
export const STYLESHEET_PATH = `${CATALOGUE_PATH}/catalogo.css`;

/** A catalogue address with its query (empty values left out; Italian needs no `lang`). */
export function href(path: string, params: Record<string, string | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value && !(key === 'lang' && value === 'it')) search.set(key, value);
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

export const servicePath = (code: string, lang: Lang) => href(`${SERVICES_PATH}${encodeURIComponent(code)}`, { lang });
