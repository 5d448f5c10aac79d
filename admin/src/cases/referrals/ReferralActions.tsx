import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField as MuiTextField } from '@mui/material';
import CheckIcon from '@mui/icons-material/Check';
import CloseIcon from '@mui/icons-material/Close';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import BlockIcon from '@mui/icons-material/Block';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Confirm, TopToolbar, useBasename, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { useCasesApi } from '../api/useCasesApi';
import { useCasesAction } from '../common/useRole';

/**
 * What can be done with a referral: the provider accepts it or rejects it with a reason; the comune's
 * operator revokes the citizen's consent; either marks it done. Then the case file opens (if visible).
 */
export const ReferralActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const basename = useBasename();
  const api = useCasesApi();
  const queryClient = useQueryClient();
  const mayAnswer = useCasesAction('accept', 'referrals');
  const mayRevoke = useCasesAction('revoke-consent', 'referrals');
  const mayComplete = useCasesAction('complete', 'referrals');
  const [rejecting, setRejecting] = useState(false);
  const [revoking, setRevoking] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  if (!record) return <TopToolbar />;
  const id = String(record.id);

  const run = async (action: () => Promise<unknown>, message: string) => {
    setBusy(true);
    try {
      await action();
      notify(message, { type: 'success' });
      setRejecting(false);
      setRevoking(false);
      await queryClient.invalidateQueries({ queryKey: ['cases'] });
      refresh();
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const pending = record.status === 'pending';
  const accepted = record.status === 'accepted';
  const consentActive = record.consentGiven === true && !record.consentRevokedAt;

  return (
    <TopToolbar>
      {mayAnswer && pending ? (
        <>
          <Button
            variant="contained"
            startIcon={<CheckIcon />}
            disabled={busy}
            onClick={() => run(() => api.casesAcceptReferral(id), 'cases.referral.accepted')}
          >
            {translate('cases.referral.accept')}
          </Button>
          <Button color="error" variant="outlined" startIcon={<CloseIcon />} disabled={busy} onClick={() => setRejecting(true)}>
            {translate('cases.referral.reject')}
          </Button>
        </>
      ) : null}
      {accepted && record.case ? (
        <Button
          component={Link}
          to={`${basename}/cases/${encodeURIComponent(String(record.case))}/show`}
          startIcon={<FolderOpenIcon />}
        >
          {translate('cases.referral.openCase')}
        </Button>
      ) : null}
      {mayComplete && accepted ? (
        <Button
          startIcon={<DoneAllIcon />}
          disabled={busy}
          onClick={() => run(() => api.casesCompleteReferral(id), 'cases.referral.completed')}
        >
          {translate('cases.referral.complete')}
        </Button>
      ) : null}
      {mayRevoke && consentActive && (pending || accepted) ? (
        <Button color="warning" startIcon={<BlockIcon />} disabled={busy} onClick={() => setRevoking(true)}>
          {translate('cases.referral.revokeConsent')}
        </Button>
      ) : null}

      <Dialog open={rejecting} onClose={() => setRejecting(false)} fullWidth maxWidth="sm" aria-labelledby="reject-title">
        <DialogTitle id="reject-title">{translate('cases.referral.rejectTitle')}</DialogTitle>
        <DialogContent>
          <MuiTextField
            autoFocus
            required
            multiline
            minRows={3}
            fullWidth
            margin="dense"
            label={translate('cases.referral.rejectReason')}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            helperText={reason.trim() ? ' ' : translate('cases.referral.rejectReasonRequired')}
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setRejecting(false)}>{translate('ra.action.cancel')}</Button>
          <Button
            color="error"
            variant="contained"
            disabled={busy || reason.trim() === ''}
            onClick={() => run(() => api.casesRejectReferral(id, reason.trim()), 'cases.referral.rejected')}
          >
            {translate('cases.referral.reject')}
          </Button>
        </DialogActions>
      </Dialog>
      <Confirm
        isOpen={revoking}
        loading={busy}
        title="cases.referral.revokeTitle"
        content="cases.referral.revokeContent"
        confirm="cases.referral.revokeConsent"
        confirmColor="warning"
        onConfirm={() => run(() => api.casesRevokeConsent(id), 'cases.referral.revoked')}
        onClose={() => setRevoking(false)}
      />
    </TopToolbar>
  );
};
