import { Chip } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../model/dates';

/** A deadline or due date as the day (or "—"), with the red "overdue" chip when it has passed. */
export const DueDate = ({ day, overdue }: { day: string | null | undefined; overdue: boolean }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <>
      {day ? formatDay(day, locale) : '—'}{' '}
      {overdue ? <Chip size="small" color="error" label={translate('workflows.panel.overdue')} /> : null}
    </>
  );
};
