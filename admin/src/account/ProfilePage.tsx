import { useEffect, useState } from 'react';
import { Box, Button, Card, CardContent, FormControlLabel, FormGroup, Switch, Typography } from '@mui/material';
import { Loading, Title, useGetIdentity, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { NoticePreferences } from './mailApi';
import { MailNotConfigured } from './MailNotConfigured';
import { useMailPreferences, useSaveMailPreferences } from './useMailPreferences';

/** "Il mio profilo": who is signed in, and which notices reach them by e-mail (each on or off). */
export const ProfilePage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const { identity } = useGetIdentity();
  const { data, isPending, error } = useMailPreferences();
  const save = useSaveMailPreferences();
  const [choice, setChoice] = useState<NoticePreferences | null>(null);
  useEffect(() => {
    if (data) setChoice(data.notices);
  }, [data]);

  const unchanged = !data || !choice || data.kinds.every(({ kind }) => data.notices[kind] === choice[kind]);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (!choice) return;
    save.mutate(choice, {
      onSuccess: () => notify('ambito.profile.saved', { type: 'success' }),
      onError: () => notify('ambito.profile.notSaved', { type: 'error' }),
    });
  };

  return (
    <Box sx={{ mt: 2 }}>
      <Title title="ambito.profile.title" />
      <Typography variant="h5" component="h1" gutterBottom>
        {translate('ambito.profile.title')}
      </Typography>
      {identity ? (
        <Typography>{translate('ambito.profile.signedInAs', { name: identity.fullName ?? identity.id })}</Typography>
      ) : null}
      <MailNotConfigured />
      <Card sx={{ mt: 2 }}>
        <CardContent>
          <Typography variant="h6" component="h2" id="mail-notices">
            {translate('ambito.profile.mailTitle')}
          </Typography>
          <Typography color="text.secondary" sx={{ mb: 1 }}>
            {translate('ambito.profile.mailHint')}
          </Typography>
          {isPending ? <Loading /> : null}
          {error ? <Typography color="error">{translate('ambito.profile.notLoaded')}</Typography> : null}
          {data && choice ? (
            <form onSubmit={submit} aria-labelledby="mail-notices">
              <FormGroup>
                {data.kinds.map(({ kind, label }) => (
                  <FormControlLabel
                    key={kind}
                    control={
                      <Switch
                        checked={choice[kind]}
                        onChange={(event) => setChoice({ ...choice, [kind]: event.target.checked })}
                      />
                    }
                    label={locale === 'en' ? label.en : label.it}
                  />
                ))}
              </FormGroup>
              <Button type="submit" variant="contained" sx={{ mt: 2 }} disabled={save.isPending || unchanged}>
                {translate('ambito.profile.save')}
              </Button>
            </form>
          ) : null}
        </CardContent>
      </Card>
    </Box>
  );
};
