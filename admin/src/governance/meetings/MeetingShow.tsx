import { Link as MuiLink, Stack, Typography } from '@mui/material';
import { Link } from 'react-router-dom';
import { Show, useCreatePath, useLocale, useRecordContext, useTranslate } from 'react-admin';
import type { MeetingRecord } from '../api/types';
import { formatDateTime } from '../common/format';
import { AttendanceSheet } from './AttendanceSheet';
import { MeetingActions } from './MeetingActions';
import { MeetingAgenda } from './MeetingAgenda';
import { MeetingStatusChip } from './MeetingStatusChip';
import { RecordTitle } from '../common/RecordTitle';

const MeetingPage = () => {
  const meeting = useRecordContext<MeetingRecord>();
  const translate = useTranslate();
  const locale = useLocale();
  const createPath = useCreatePath();
  if (!meeting) return null;
  return (
    <Stack sx={{ gap: 2, p: 2 }}>
      <Stack sx={{ gap: 0.5 }}>
        <Stack direction="row" sx={{ gap: 1, alignItems: 'center' }}>
          <Typography variant="h5" component="h1">
            {meeting.title}
          </Typography>
          <MeetingStatusChip status={meeting.status} />
        </Stack>
        <Typography variant="subtitle1">
          <MuiLink component={Link} to={createPath({ resource: 'governance-bodies', id: meeting.body.documentId, type: 'show' })}>
            {meeting.body.name}
          </MuiLink>
          {' · '}
          {formatDateTime(meeting.startsAt, locale)}
          {meeting.endsAt ? ` – ${formatDateTime(meeting.endsAt, locale)}` : ''}
        </Typography>
        {meeting.place ? (
          <Typography variant="body2">
            {translate('governance.meeting.where')}: {meeting.place}
          </Typography>
        ) : null}
        {meeting.onlineUrl ? (
          <Typography variant="body2">
            {translate('governance.meeting.online')}:{' '}
            <MuiLink href={meeting.onlineUrl} target="_blank" rel="noopener">
              {meeting.onlineUrl}
            </MuiLink>
          </Typography>
        ) : null}
        {meeting.myAttendance ? (
          <Typography variant="body2">
            {translate('governance.meeting.myAttendance')}: {translate(`governance.attendance.${meeting.myAttendance}`)}
          </Typography>
        ) : null}
      </Stack>
      <MeetingAgenda />
      <AttendanceSheet />
    </Stack>
  );
};

/** A meeting: agenda with documents, invitations and attendance with the quorum, and the way to its minutes. */
export const MeetingShow = () => (
  <Show
    actions={<MeetingActions />}
    component="div"
    title={<RecordTitle field="title" fallback="resources.governance-meetings.name" />}
  >
    <MeetingPage />
  </Show>
);
