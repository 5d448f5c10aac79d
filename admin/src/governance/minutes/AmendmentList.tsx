import { Alert, Button as MuiButton, Chip, Paper, Stack, Typography } from '@mui/material';
import { useState } from 'react';
import { RejectDialog } from './RejectDialog';
import { useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import type { Amendment, MinutesRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { SafeHtml } from '../common/SafeHtml';
import { useIsSecretariat } from '../common/useRole';

const STATUS_COLOURS = { pending: 'warning', accepted: 'success', rejected: 'default' } as const;

/** The amendments and comments on one item (or on the opening text); the UdP accepts or rejects each pending one. */
export const AmendmentList = ({ itemKey }: { itemKey: string | null }) => {
  const minutes = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  const secretariat = useIsSecretariat();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [rejecting, setRejecting] = useState<Amendment | null>(null);
  if (!minutes?.amendments) return null;
  const mine = minutes.amendments.filter((a) => a.itemKey === itemKey);
  if (mine.length === 0)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('governance.minutes.noAmendments')}
      </Typography>
    );
  const accept = async (amendment: Amendment) => {
    try {
      await api.governanceDecide(minutes.id, amendment.documentId, 'accept');
      notify('governance.minutes.accepted', { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  /** The reason is required by the server too: the author reads it. */
  const reject = async (reason: string) => {
    await api.governanceDecide(minutes.id, rejecting!.documentId, 'reject', reason);
    setRejecting(null);
    notify('governance.minutes.rejected', { type: 'success' });
    refresh();
  };
  return (
    <Stack sx={{ gap: 1 }}>
      {mine.map((amendment) => (
        <Paper key={amendment.documentId} variant="outlined" sx={{ p: 1 }} data-testid="amendment">
          <Stack direction="row" sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap' }}>
            <Chip size="small" label={translate(`governance.amendmentKind.${amendment.kind}`)} />
            <Chip
              size="small"
              variant="outlined"
              color={STATUS_COLOURS[amendment.status]}
              label={translate(`governance.amendmentStatus.${amendment.status}`)}
            />
            {amendment.author ? (
              <Typography variant="caption">{translate('governance.minutes.by', { author: amendment.author })}</Typography>
            ) : null}
          </Stack>
          {amendment.text ? <Typography variant="body2">{amendment.text}</Typography> : null}
          {amendment.status === 'rejected' && amendment.decisionNote ? (
            <Typography variant="body2" color="text.secondary">
              {translate('governance.minutes.rejectedBecause', { reason: amendment.decisionNote })}
            </Typography>
          ) : null}
          {amendment.proposedText ? (
            <Alert severity="info" icon={false} sx={{ mt: 0.5 }}>
              <SafeHtml html={amendment.proposedText} />
            </Alert>
          ) : null}
          {secretariat && amendment.status === 'pending' && minutes.state === 'in-review' ? (
            <Stack direction="row" sx={{ gap: 1, mt: 1 }}>
              <MuiButton size="small" variant="contained" color="success" onClick={() => void accept(amendment)}>
                {translate('governance.minutes.accept')}
              </MuiButton>
              <MuiButton size="small" variant="outlined" color="error" onClick={() => setRejecting(amendment)}>
                {translate('governance.minutes.reject')}
              </MuiButton>
            </Stack>
          ) : null}
        </Paper>
      ))}
      <RejectDialog open={rejecting !== null} onClose={() => setRejecting(null)} onReject={reject} />
    </Stack>
  );
};
