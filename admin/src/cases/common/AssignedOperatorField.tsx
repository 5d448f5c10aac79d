import { Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';

/**
 * The operator a case is assigned to, by user name (the server returns only `id` and `username` of
 * users, never their e-mail); "Not assigned" otherwise.
 */
export const AssignedOperatorField = (_props: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const operator = record?.assignedOperator as { username?: string } | string | null | undefined;
  const name = typeof operator === 'object' && operator ? operator.username : undefined;
  return name ? (
    <Typography variant="body2" component="span">
      {name}
    </Typography>
  ) : (
    <Typography variant="body2" component="span" color="text.secondary">
      {translate('cases.show.unassigned')}
    </Typography>
  );
};
