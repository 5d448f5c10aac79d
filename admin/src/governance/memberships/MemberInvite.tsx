import MailIcon from '@mui/icons-material/Mail';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useLocale, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { MembershipRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { formatDateTime } from '../common/format';

/**
 * Invites by e-mail a member who has no account: the server creates a blocked account with the
 * table-member role and records the invitation. E-mail is not sent yet: the screen says so.
 */
export const MemberInvite = () => {
  const member = useRecordContext<MembershipRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!member) return null;
  if (member.invitedOn) {
    return (
      <Alert severity="warning" sx={{ mb: 2 }} data-testid="invitation">
        {translate('governance.account.invited', { email: member.email ?? '', date: formatDateTime(member.invitedOn, locale) })}
      </Alert>
    );
  }
  if (member.user) return null;
  const send = async () => {
    try {
      await api.governanceInvite(member.id, email);
      setOpen(false);
      notify('governance.account.inviteRecorded', { type: 'warning', multiLine: true });
      refresh();
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <>
      <MuiButton
        sx={{ mb: 2, alignSelf: 'flex-start' }}
        variant="outlined"
        startIcon={<MailIcon />}
        onClick={() => setOpen(true)}
      >
        {translate('governance.account.invite')}
      </MuiButton>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="invite-title">
        <DialogTitle id="invite-title">{translate('governance.account.invite')}</DialogTitle>
        <DialogContent>
          <Alert severity="info" sx={{ mb: 2 }}>
            {translate('governance.account.inviteHelp')}
          </Alert>
          <TextField
            autoFocus
            fullWidth
            type="email"
            label={translate('resources.governance-memberships.fields.email')}
            value={email}
            onChange={(event) => {
              setEmail(event.target.value);
              setError(null);
            }}
            error={Boolean(error)}
            helperText={error ?? ' '}
          />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" onClick={() => void send()} disabled={!email.trim()}>
            {translate('governance.account.sendInvite')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
