import { Stack, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useId } from 'react';
import { useTranslate } from 'react-admin';
import { CONTENT_LOCALES, isContentLocale, type ContentLocale } from './contentLocale';

interface ContentLocaleToggleProps {
  value: ContentLocale;
  onChange: (locale: ContentLocale) => void;
}

/** "Lingua dei contenuti: Italiano | Inglese": which version of a localized document is shown. */
export const ContentLocaleToggle = ({ value, onChange }: ContentLocaleToggleProps) => {
  const translate = useTranslate();
  const labelId = useId();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
      <Typography id={labelId} variant="body2" color="text.secondary">
        {translate('ambito.contentLocale.label')}
      </Typography>
      <ToggleButtonGroup
        size="small"
        exclusive
        value={value}
        aria-labelledby={labelId}
        onChange={(_event, locale: unknown) => {
          if (isContentLocale(locale)) onChange(locale);
        }}
      >
        {CONTENT_LOCALES.map((locale) => (
          <ToggleButton key={locale} value={locale} aria-label={translate(`ambito.contentLocale.${locale}Content`)}>
            {translate(`ambito.contentLocale.${locale}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
    </Stack>
  );
};
