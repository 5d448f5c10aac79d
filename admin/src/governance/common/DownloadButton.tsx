import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, useNotify } from 'react-admin';
import { saveBlob } from './format';

/** Fetches a file with the session's token (a plain link would carry none) and saves it. */
export const DownloadButton = ({
  label,
  fetchFile,
  fileName,
}: {
  label: string;
  fetchFile: () => Promise<Blob>;
  fileName: string;
}) => {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      label={label}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        try {
          saveBlob(await fetchFile(), fileName);
        } catch (error) {
          notify((error as Error).message, { type: 'error' });
        } finally {
          setBusy(false);
        }
      }}
    >
      <DownloadIcon />
    </Button>
  );
};
