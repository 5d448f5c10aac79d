import DescriptionIcon from '@mui/icons-material/Description';
import {
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  FormLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { useNotify, useTranslate } from 'react-admin';
import { saveFile } from '../api/download';
import { useObservatoryApi } from '../api/ObservatoryData';
import type { DocumentFormat } from '../api/types';
import { periodProblem } from './period';

/** "Genera tabella di valutazione": a period and a format, then the server's DOCX or PDF from live data. */
export const EvaluationTableButton = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const api = useObservatoryApi();
  const [open, setOpen] = useState(false);
  const [from, setFrom] = useState('2015');
  const [to, setTo] = useState('2017');
  const [format, setFormat] = useState<DocumentFormat>('docx');
  const [busy, setBusy] = useState(false);
  const problem = periodProblem(from, to);

  const generate = async () => {
    setBusy(true);
    try {
      saveFile(await api.observatoryEvaluationTable(Number(from), Number(to), format));
      notify('observatory.evaluation.done', { type: 'success' });
      setOpen(false);
    } catch (error) {
      notify(error instanceof Error ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button size="small" variant="contained" startIcon={<DescriptionIcon />} onClick={() => setOpen(true)}>
        {translate('observatory.evaluation.button')}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="evaluation-table-title">
        <DialogTitle id="evaluation-table-title">{translate('observatory.evaluation.title')}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>{translate('observatory.evaluation.intro')}</DialogContentText>
          <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
            <TextField
              label={translate('observatory.evaluation.from')}
              type="number"
              size="small"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              error={problem === 'from'}
              helperText={problem === 'from' ? translate('observatory.evaluation.badYear') : ' '}
            />
            <TextField
              label={translate('observatory.evaluation.to')}
              type="number"
              size="small"
              value={to}
              onChange={(e) => setTo(e.target.value)}
              error={problem === 'to' || problem === 'order'}
              helperText={
                problem === 'order'
                  ? translate('observatory.evaluation.badOrder')
                  : problem === 'to'
                    ? translate('observatory.evaluation.badYear')
                    : ' '
              }
            />
          </Stack>
          <FormLabel id="evaluation-format">{translate('observatory.evaluation.format')}</FormLabel>
          <RadioGroup
            row
            aria-labelledby="evaluation-format"
            value={format}
            onChange={(e) => setFormat(e.target.value as DocumentFormat)}
          >
            <FormControlLabel value="docx" control={<Radio />} label={translate('observatory.evaluation.docx')} />
            <FormControlLabel value="pdf" control={<Radio />} label={translate('observatory.evaluation.pdf')} />
          </RadioGroup>
        </DialogContent>
        <DialogActions>
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={generate} disabled={busy || problem !== null}>
            {translate('observatory.evaluation.generate')}
          </Button>
        </DialogActions>
      </Dialog>
    </>
  );
};
