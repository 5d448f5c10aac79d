import { Alert } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useContentLocale } from './contentLocale';

/**
 * Says so when the requested language has no version yet and the page shows the default one
 * instead (the data provider's `fallbackLocale`): in a form, saving creates the translation.
 */
export const MissingTranslationNotice = ({ mode }: { mode: 'edit' | 'show' }) => {
  const record = useRecordContext();
  const locale = useContentLocale();
  const translate = useTranslate();
  if (!record || !record.locale || record.locale === locale) return null;
  const language = translate(`ambito.contentLocale.${locale}`).toLowerCase();
  return (
    <Alert severity="info" sx={{ mx: 2, mt: 2 }}>
      {translate(mode === 'edit' ? 'ambito.contentLocale.missing' : 'ambito.contentLocale.missingShow', { language })}
    </Alert>
  );
};
