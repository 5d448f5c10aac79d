import { Button as MuiButton, MenuItem, Stack, TextField } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { MinutesRecord, NewAmendment } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';

/** An attendee's amendment (a new text for the item) or comment, while the review window is open. */
export const ProposeAmendment = ({ itemKey, label }: { itemKey: string | null; label: string }) => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState<NewAmendment['kind']>('amendment');
  const [text, setText] = useState('');
  const [proposedText, setProposedText] = useState('');
  if (!minutes?.canAmend) return null;
  if (!open)
    return (
      <MuiButton
        size="small"
        variant="outlined"
        sx={{ alignSelf: 'flex-start' }}
        onClick={() => setOpen(true)}
        aria-label={`${translate('governance.minutes.propose')}: ${label}`}
      >
        {translate('governance.minutes.propose')}
      </MuiButton>
    );
  const send = async () => {
    const amendment: NewAmendment =
      kind === 'amendment' ? { kind, itemKey, proposedText, ...(text ? { text } : {}) } : { kind, itemKey, text };
    try {
      await api.governanceAmend(minutes.id, amendment);
      notify('governance.minutes.sent', { type: 'success' });
      setOpen(false);
      setText('');
      setProposedText('');
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return (
    <Stack sx={{ gap: 1, maxWidth: 720 }} component="form" aria-label={`${translate('governance.minutes.propose')}: ${label}`}>
      <TextField
        select
        size="small"
        label={translate('governance.minutes.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as NewAmendment['kind'])}
      >
        <MenuItem value="amendment">{translate('governance.amendmentKind.amendment')}</MenuItem>
        <MenuItem value="comment">{translate('governance.amendmentKind.comment')}</MenuItem>
      </TextField>
      {kind === 'amendment' ? (
        <TextField
          multiline
          minRows={3}
          label={translate('governance.minutes.proposedText')}
          value={proposedText}
          onChange={(event) => setProposedText(event.target.value)}
        />
      ) : null}
      <TextField
        multiline
        minRows={2}
        label={translate('governance.minutes.reason')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <Stack direction="row" sx={{ gap: 1 }}>
        <MuiButton variant="contained" onClick={send} disabled={kind === 'amendment' ? !proposedText.trim() : !text.trim()}>
          {translate('governance.minutes.send')}
        </MuiButton>
        <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
      </Stack>
    </Stack>
  );
};
