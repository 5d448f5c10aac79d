import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MinutesState } from '../api/types';

const COLOURS: Record<MinutesState, 'default' | 'warning' | 'info' | 'success'> = {
  draft: 'default',
  'in-review': 'warning',
  approved: 'info',
  published: 'success',
};

export const MinutesStateChip = ({ state }: { state: MinutesState }) => {
  const translate = useTranslate();
  return (
    <Chip size="small" color={COLOURS[state]} label={translate(`governance.minutesState.${state}`)} data-testid="minutes-state" />
  );
};
