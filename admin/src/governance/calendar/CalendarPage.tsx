import EventRepeatIcon from '@mui/icons-material/EventRepeat';
import { Alert, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { Button, Title, useNotify, useTranslate } from 'react-admin';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { DownloadButton } from '../common/DownloadButton';

/** A member's meetings as a calendar: a file to import, or a secret subscription link for calendar apps. */
export const CalendarPage = () => {
  const translate = useTranslate();
  const api = useGovernanceApi();
  const notify = useNotify();
  const [link, setLink] = useState<string | null>(null);
  const subscribe = async () => {
    try {
      const feed = await api.governanceCalendarFeed();
      setLink(feed.url.startsWith('http') ? feed.url : `${window.location.origin}${feed.path}`);
      notify('governance.calendar.created', { type: 'success' });
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Card sx={{ mt: 2 }}>
      <Title title="governance.calendar.title" />
      <CardContent>
        <Stack sx={{ gap: 2, maxWidth: 760 }}>
          <Typography variant="h5" component="h1">
            {translate('governance.calendar.title')}
          </Typography>
          <Typography>{translate('governance.calendar.intro')}</Typography>
          <Stack direction="row" sx={{ gap: 1 }}>
            <DownloadButton
              label="governance.calendar.download"
              fetchFile={() => api.governanceMyCalendar()}
              fileName="ambito-sedute.ics"
            />
            <Button label="governance.calendar.subscribe" onClick={subscribe} variant="outlined">
              <EventRepeatIcon />
            </Button>
          </Stack>
          <Alert severity="info">{translate('governance.calendar.subscribeHint')}</Alert>
          {link ? (
            <TextField
              label={translate('governance.calendar.link')}
              value={link}
              fullWidth
              slotProps={{
                htmlInput: { readOnly: true },
                input: { onFocus: (event) => (event.target as HTMLInputElement).select() },
              }}
            />
          ) : null}
        </Stack>
      </CardContent>
    </Card>
  );
};
