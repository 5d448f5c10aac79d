import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MeetingStatus } from '../api/types';

const COLOURS: Record<MeetingStatus, 'default' | 'primary' | 'success' | 'error'> = {
  draft: 'default',
  convened: 'primary',
  held: 'success',
  cancelled: 'error',
};

export const MeetingStatusChip = ({ status }: { status: MeetingStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOURS[status]} label={translate(`governance.meetingStatus.${status}`)} />;
};
