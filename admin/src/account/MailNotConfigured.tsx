import { Alert } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMailPreferences } from './useMailPreferences';

/** Said where e-mail matters (the profile, the UdP's home) when no SMTP server is set. */
export const MailNotConfigured = () => {
  const translate = useTranslate();
  const { data } = useMailPreferences();
  if (!data || data.configured) return null;
  return (
    <Alert severity="warning" sx={{ mt: 2 }}>
      {translate('ambito.profile.notConfigured')}
    </Alert>
  );
};
