import { Alert } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';

/** While a query loads, a spinner; when it failed, its message. */
export const QueryState = ({ isPending, error }: { isPending: boolean; error: unknown }) => {
  const translate = useTranslate();
  if (isPending) return <Loading />;
  if (!error) return null;
  const message = error instanceof Error ? error.message : String(error);
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      {translate(message, { _: message })}
    </Alert>
  );
};
