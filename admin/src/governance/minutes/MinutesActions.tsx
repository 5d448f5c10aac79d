import CheckIcon from '@mui/icons-material/Check';
import PublishIcon from '@mui/icons-material/Publish';
import RateReviewIcon from '@mui/icons-material/RateReview';
import { useState } from 'react';
import { Button, Confirm, EditButton, TopToolbar, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { MinutesRecord } from '../api/types';
import { useGovernanceApi } from '../api/useGovernanceApi';
import { DownloadButton } from '../common/DownloadButton';
import { useIsSecretariat } from '../common/useRole';

type Step = 'openReview' | 'approve' | 'publish';

/** The life cycle's next step for the UdP (edit and open the review, approve, publish) and the PDF for every reader. */
export const MinutesActions = () => {
  const minutes = useRecordContext<MinutesRecord>();
  const secretariat = useIsSecretariat();
  const api = useGovernanceApi();
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  /** The irreversible step waiting for the UdP's confirmation. */
  const [asking, setAsking] = useState<Step | null>(null);
  if (!minutes) return <TopToolbar />;
  const run = async (call: () => Promise<unknown>, done: string) => {
    setBusy(true);
    try {
      await call();
      notify(done, { type: 'success' });
      refresh();
    } catch (error) {
      notify((error as Error).message, { type: 'error', multiLine: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <TopToolbar>
      {secretariat && minutes.state === 'draft' ? <EditButton /> : null}
      {secretariat && minutes.state === 'draft' ? (
        <Button label="governance.minutes.openReview" disabled={busy} variant="contained" onClick={() => setAsking('openReview')}>
          <RateReviewIcon />
        </Button>
      ) : null}
      {secretariat && minutes.state === 'in-review' ? (
        <Button label="governance.minutes.approve" disabled={busy} variant="contained" onClick={() => setAsking('approve')}>
          <CheckIcon />
        </Button>
      ) : null}
      {secretariat && minutes.state === 'approved' ? (
        <Button label="governance.minutes.publish" disabled={busy} variant="contained" onClick={() => setAsking('publish')}>
          <PublishIcon />
        </Button>
      ) : null}
      <Confirm
        isOpen={asking !== null}
        title={asking ? `governance.minutes.${asking}` : ''}
        content={asking ? `governance.minutes.${asking}Confirm` : ''}
        confirm={asking ? `governance.minutes.${asking}` : undefined}
        onConfirm={() => {
          const step = asking;
          setAsking(null);
          if (step === 'openReview') void run(() => api.governanceOpenReview(minutes.id), 'governance.minutes.reviewOpened');
          if (step === 'approve') void run(() => api.governanceApprove(minutes.id), 'governance.minutes.approved');
          if (step === 'publish') void run(() => api.governancePublish(minutes.id), 'governance.minutes.published');
        }}
        onClose={() => setAsking(null)}
      />
      <DownloadButton
        label="governance.minutes.pdf"
        fetchFile={() => api.governanceMinutesPdf(minutes.id)}
        fileName={`verbale-${minutes.meeting.startsAt.slice(0, 10)}.pdf`}
      />
    </TopToolbar>
  );
};
