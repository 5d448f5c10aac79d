import { Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import { useState } from 'react';
import { useTranslate } from 'react-admin';

/** Asks the reason of a rejection before sending it; the server's refusal, if any, shows under the field. */
export const RejectDialog = ({
  open,
  onClose,
  onReject,
}: {
  open: boolean;
  onClose: () => void;
  onReject: (reason: string) => Promise<void>;
}) => {
  const translate = useTranslate();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const close = () => {
    setReason('');
    setError(null);
    onClose();
  };
  const send = async () => {
    if (!reason.trim()) {
      setError(translate('governance.minutes.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      await onReject(reason.trim());
      setReason('');
      setError(null);
    } catch (failure) {
      setError((failure as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Dialog open={open} onClose={close} aria-labelledby="reject-title" fullWidth maxWidth="sm">
      <DialogTitle id="reject-title">{translate('governance.minutes.rejectTitle')}</DialogTitle>
      <DialogContent>
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={2}
          margin="dense"
          label={translate('governance.minutes.rejectReason')}
          value={reason}
          onChange={(event) => {
            setReason(event.target.value);
            setError(null);
          }}
          error={Boolean(error)}
          helperText={error ?? translate('governance.minutes.rejectHelp')}
        />
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={close}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" color="error" onClick={() => void send()} disabled={busy}>
          {translate('governance.minutes.reject')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};
