import type { ReactNode } from 'react';
import { Show, TopToolbar } from 'react-admin';
import type { Populate, StrapiMeta } from '../../providers/types';
import { ContentLocaleContext, DEFAULT_CONTENT_LOCALE } from './contentLocale';
import { ContentLocaleToggle } from './ContentLocaleToggle';
import { LinkInLocaleButton } from './LinkInLocaleButton';
import { MissingTranslationNotice } from './MissingTranslationNotice';
import { useContentLocaleState } from './useContentLocaleState';

interface LocalizedShowProps {
  populate?: Populate;
  children: ReactNode;
}

/** The show page of a localized content type, with the same content-language toggle as its edit page. */
export const LocalizedShow = ({ populate, children }: LocalizedShowProps) => {
  const [locale, setLocale] = useContentLocaleState();
  const meta: StrapiMeta = { locale, fallbackLocale: DEFAULT_CONTENT_LOCALE, populate };
  return (
    <ContentLocaleContext.Provider value={locale}>
      <Show
        key={locale}
        queryOptions={{ meta }}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ContentLocaleToggle value={locale} onChange={setLocale} />
            <LinkInLocaleButton type="edit" locale={locale} />
          </TopToolbar>
        }
      >
        <MissingTranslationNotice mode="show" />
        {children}
      </Show>
    </ContentLocaleContext.Provider>
  );
};
