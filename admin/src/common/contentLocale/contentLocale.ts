import { createContext, useContext } from 'react';

/** Languages of the catalogue's content (Strapi i18n locales), the first being Strapi's default. */
export const CONTENT_LOCALES = ['it', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export const DEFAULT_CONTENT_LOCALE: ContentLocale = 'it';

export function isContentLocale(value: unknown): value is ContentLocale {
  return CONTENT_LOCALES.includes(value as ContentLocale);
}

/** The language of the content being shown or edited (not the interface's language). */
export const ContentLocaleContext = createContext<ContentLocale>(DEFAULT_CONTENT_LOCALE);

export const useContentLocale = (): ContentLocale => useContext(ContentLocaleContext);

/**
 * Props for an input of a field that is not localized (shared by all languages): read-only, with a
 * hint, in any version but the default one, where it is edited.
 */
export function useSharedFieldProps(): { readOnly?: boolean; helperText?: string } {
  return useContentLocale() === DEFAULT_CONTENT_LOCALE ? {} : { readOnly: true, helperText: 'ambito.contentLocale.shared' };
}
