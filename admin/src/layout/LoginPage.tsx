import { Box, Typography } from '@mui/material';
import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';

/** The sign-in page, with the console's name and the language switch (before anyone is signed in). */
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login>
      <Typography variant="h6" component="h1" align="center" sx={{ px: 2 }}>
        {translate('ambito.title')}
      </Typography>
      <LoginForm />
      <Box sx={{ display: 'flex', justifyContent: 'center', pb: 1 }}>
        <LocalesMenuButton />
      </Box>
    </Login>
  );
};
