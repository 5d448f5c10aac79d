import { Chip } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/** "Dati di esempio" on a record (or when `show` says so): the figures are the demo's, not the district's. */
export const ExampleDataChip = ({ show }: { show?: boolean }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!(show ?? record?.exampleData)) return null;
  return <Chip label={translate('copayment.exampleData')} size="small" color="warning" variant="outlined" />;
};
