import { Box, Link, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useLocaleState, useTranslate } from 'react-admin';

/**
 * The sign-in page, with the console's name and the language switch (before anyone is signed in), and the
 * way to the citizens' catalogue for whoever arrives here without an account (a plain link: /catalogo is
 * served by the server, not by the console).
 */
export const LoginPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Login>
      <Typography variant="h6" component="h1" align="center" sx={{ px: 2 }}>
        {translate('ambito.title')}
      </Typography>
      <LoginForm />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
      <Box sx={{ textAlign: 'center', px: 2, pb: 2 }}>
        <Link href={locale === 'en' ? '/catalogo?lang=en' : '/catalogo'} underline="always">
          {translate('ambito.publicCatalogue')}
        </Link>
      </Box>
    </Login>
  );
};
