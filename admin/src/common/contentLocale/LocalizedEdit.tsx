import type { ReactNode } from 'react';
import { Edit, TopToolbar } from 'react-admin';
import type { Populate, StrapiMeta } from '../../providers/types';
import { ContentLocaleContext, DEFAULT_CONTENT_LOCALE } from './contentLocale';
import { ContentLocaleToggle } from './ContentLocaleToggle';
import { LinkInLocaleButton } from './LinkInLocaleButton';
import { MissingTranslationNotice } from './MissingTranslationNotice';
import { useContentLocaleState } from './useContentLocaleState';

interface LocalizedEditProps {
  /** Relations and components the form needs. */
  populate?: Populate;
  children: ReactNode;
}

/**
 * The edit page of a localized content type: a "content language" toggle reloads the document in
 * that language (`meta.locale`) and saves it in the same language. A language without a version yet
 * starts from the default one's values; saving creates the translation. Saving stays on the page,
 * so that the other language can be edited next.
 */
export const LocalizedEdit = ({ populate, children }: LocalizedEditProps) => {
  const [locale, setLocale] = useContentLocaleState();
  const meta: StrapiMeta = { locale, fallbackLocale: DEFAULT_CONTENT_LOCALE, populate };
  return (
    <ContentLocaleContext.Provider value={locale}>
      <Edit
        key={locale}
        mutationMode="pessimistic"
        redirect={false}
        queryOptions={{ meta }}
        mutationOptions={{ meta }}
        actions={
          <TopToolbar sx={{ alignItems: 'center' }}>
            <ContentLocaleToggle value={locale} onChange={setLocale} />
            <LinkInLocaleButton type="show" locale={locale} />
          </TopToolbar>
        }
      >
        <MissingTranslationNotice mode="edit" />
        {children}
      </Edit>
    </ContentLocaleContext.Provider>
  );
};
