import { Typography } from '@mui/material';

/** What an empty field or list shows: a dash, as the other empty fields. */
export const EmptyValue = () => (
  <Typography variant="body2" sx={{ py: 1 }}>
    —
  </Typography>
);
