import { useState } from 'react';
import { useLocation } from 'react-admin';
import { DEFAULT_CONTENT_LOCALE, isContentLocale, type ContentLocale } from './contentLocale';

/** The content language chosen on a page, starting from `?locale=` in the address when given. */
export function useContentLocaleState(): [ContentLocale, (locale: ContentLocale) => void] {
  const { search } = useLocation();
  const requested = new URLSearchParams(search).get('locale');
  return useState<ContentLocale>(isContentLocale(requested) ? requested : DEFAULT_CONTENT_LOCALE);
}
