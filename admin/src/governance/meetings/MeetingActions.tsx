import CampaignIcon from '@mui/icons-material/Campaign';
import CancelIcon from '@mui/icons-material/Cancel';
import DescriptionIcon from '@mui/icons-material/Description';
import { useState } from 'react';
import {
  Button,
  Confirm,
  DeleteButton,
  EditButton,
  TopToolbar,
  useCreate,
  useNotify,
  useRecordContext,
  useRedirect,
  useRefresh,
} from 'react-admin';
import type { MeetingRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { useIsSecretariat } from '../common/useRole';

/** Runs one governance call, then refreshes the page or tells what went wrong. */
function useRun() {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}

/** The UdP's moves on a meeting: edit, convene, cancel, delete a draft, draft the minutes. Members see the minutes link. */
export const MeetingActions = () => {
  const meeting = useRecordContext<MeetingRecord>();
  const secretariat = useIsSecretariat();
  const api = useGovernanceApi();
  const redirect = useRedirect();
  const notify = useNotify();
  const [create] = useCreate();
  const { run, busy } = useRun();
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [confirmConvene, setConfirmConvene] = useState(false);
  if (!meeting) return <TopToolbar />;
  const open = meeting.status === 'draft' || meeting.status === 'convened';
  const minutesButton = meeting.minutes ? (
    <Button
      label="governance.meeting.openMinutes"
      onClick={() => redirect('show', 'governance-minutes', meeting.minutes!.documentId)}
    >
      <DescriptionIcon />
    </Button>
  ) : null;
  if (!secretariat) return <TopToolbar>{minutesButton}</TopToolbar>;
  return (
    <TopToolbar>
      {open ? <EditButton /> : null}
      {open ? (
        <Button label="governance.meeting.convene" disabled={busy} onClick={() => setConfirmConvene(true)}>
          <CampaignIcon />
        </Button>
      ) : null}
      {meeting.status === 'convened' || meeting.status === 'held'
        ? (minutesButton ?? (
            <Button
              label="governance.meeting.draftMinutes"
              disabled={busy}
              onClick={() =>
                create(
                  'governance-minutes',
                  { data: { meeting: meeting.id } },
                  {
                    onSuccess: (minutes) => {
                      notify('governance.meeting.minutesDrafted', { type: 'success' });
                      redirect('show', 'governance-minutes', minutes.id);
                    },
                    onError: (error) => notify((error as Error).message, { type: 'error' }),
                  }
                )
              }
            >
              <DescriptionIcon />
            </Button>
          ))
        : null}
      {open ? (
        <Button label="governance.meeting.cancel" disabled={busy} onClick={() => setConfirmCancel(true)} color="error">
          <CancelIcon />
        </Button>
      ) : null}
      {meeting.status === 'draft' ? <DeleteButton mutationMode="pessimistic" /> : null}
      <Confirm
        isOpen={confirmConvene}
        title="governance.meeting.convene"
        content={meeting.status === 'convened' ? 'governance.meeting.reconveneConfirm' : 'governance.meeting.conveneConfirm'}
        confirm="governance.meeting.convene"
        onConfirm={() => {
          setConfirmConvene(false);
          void run(() => api.governanceConvene(meeting.id), 'governance.meeting.convened');
        }}
        onClose={() => setConfirmConvene(false)}
      />
      <Confirm
        isOpen={confirmCancel}
        title="governance.meeting.cancel"
        content="governance.meeting.cancelConfirm"
        onConfirm={() => {
          setConfirmCancel(false);
          void run(() => api.governanceCancel(meeting.id), 'governance.meeting.cancelled');
        }}
        onClose={() => setConfirmCancel(false)}
      />
    </TopToolbar>
  );
};
