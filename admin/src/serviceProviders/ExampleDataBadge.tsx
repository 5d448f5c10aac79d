import { Chip, Tooltip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** "Dati di esempio": marks a fictitious provider loaded for the demonstration. */
export const ExampleDataBadge = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.exampleData) return null;
  return (
    <Tooltip title={translate('ambito.exampleDataHint')}>
      <Chip label={translate('ambito.exampleData')} size="small" color="warning" variant="outlined" />
    </Tooltip>
  );
};
