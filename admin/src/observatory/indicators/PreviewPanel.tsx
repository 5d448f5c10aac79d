import RefreshIcon from '@mui/icons-material/Refresh';
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { HttpError, useGetList, useLocaleState, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { computationIssues } from '../../../../src/plugins/observatory/shared/computation';
import { useObservatoryApi } from '../api/ObservatoryData';
import type { IndicatorValue, Objective } from '../api/types';
import { useObservatoryFormat } from '../common/format';
import { computationPayload, type ComputationForm } from '../forms/computationForm';
import { useMunicipalityChoices } from '../forms/useEditChoices';

const THIS_YEAR = new Date().getFullYear();
const validYear = (year: number) => Number.isInteger(year) && year >= 2000 && year <= 2100;

/**
 * The values the definition on screen gives for each year, counted now by the server
 * (`POST /indicators/preview`, nothing stored): recomputed a moment after each change.
 */
export const PreviewPanel = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const f = useObservatoryFormat();
  const api = useObservatoryApi();
  const { setError } = useFormContext();
  const municipalities = useMunicipalityChoices();
  const form = useWatch({ name: 'computation' }) as ComputationForm | undefined;
  const unit = useWatch({ name: 'unit' }) as string | undefined;
  const [from, setFrom] = useState(THIS_YEAR - 2);
  const [to, setTo] = useState(THIS_YEAR);
  const [yearsTouched, setYearsTouched] = useState(false);
  const objectiveCode = useWatch({ name: 'objective' }) as string | null | undefined;
  const { data: objectives } = useGetList<Objective>('observatory-objectives', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'period', order: 'DESC' },
  });
  const objective = objectives?.find((o) => o.code === objectiveCode);

  // The years of the indicator's objective (up to this year), until the user chooses others.
  useEffect(() => {
    if (yearsTouched || !objective?.periodFrom || !objective.periodTo) return;
    const last = Math.min(objective.periodTo, THIS_YEAR);
    setFrom(Math.min(objective.periodFrom, last));
    setTo(last);
  }, [objective, yearsTouched]);
  const [municipality, setMunicipality] = useState('');
  const [values, setValues] = useState<IndicatorValue[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [runs, setRuns] = useState(0);

  const computation = useMemo(() => computationPayload(form), [form]);
  const key = JSON.stringify(computation);
  const issues = useMemo(() => computationIssues(computation), [computation]);
  const language = locale === 'en' ? 'en' : 'it';
  const scopeProblem = !validYear(from) || !validYear(to) || to < from || to - from > 30;

  useEffect(() => {
    if (issues.length > 0 || scopeProblem) return;
    let current = true;
    const timer = setTimeout(async () => {
      setBusy(true);
      try {
        const result = await api.observatoryPreviewIndicator(computation, { from, to, municipality: municipality || undefined });
        if (current) {
          setValues(result);
          setProblem(null);
        }
      } catch (error) {
        if (!current) return;
        setValues(null);
        setProblem(error instanceof Error ? error.message : String(error));
        // The server names the input at fault: show its message there too.
        const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> })?.errors : undefined;
        for (const [path, message] of Object.entries(errors ?? {}))
          if (path.startsWith('computation') && typeof message === 'string') setError(path, { type: 'server', message });
      } finally {
        if (current) setBusy(false);
      }
    }, 600);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `key` stands for the computation's content; `runs` for the refresh button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, from, to, municipality, runs, scopeProblem, issues.length]);

  const pending = issues.length > 0 ? `${issues[0].path}: ${issues[0][language]}` : null;
  return (
    <Paper variant="outlined" sx={{ p: 2, width: '100%', mt: 1 }} data-testid="indicator-preview" aria-busy={busy}>
      <Typography variant="subtitle1" component="h2">
        {translate('observatory.preview.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('observatory.preview.hint')}
      </Typography>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'center', mb: 2 }}>
        <TextField
          size="small"
          type="number"
          label={translate('observatory.preview.from')}
          value={from}
          onChange={(e) => {
            setYearsTouched(true);
            setFrom(Number(e.target.value));
          }}
          sx={{ width: 120 }}
        />
        <TextField
          size="small"
          type="number"
          label={translate('observatory.preview.to')}
          value={to}
          onChange={(e) => {
            setYearsTouched(true);
            setTo(Number(e.target.value));
          }}
          sx={{ width: 120 }}
        />
        <TextField
          size="small"
          select
          label={translate('observatory.preview.municipality')}
          value={municipality}
          onChange={(e) => setMunicipality(e.target.value)}
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
          sx={{ minWidth: 280 }}
        >
          <MenuItem value="">{translate('observatory.filters.allMunicipalities')}</MenuItem>
          {municipalities.map((m) => (
            <MenuItem key={m.id} value={m.id}>
              {m.name}
            </MenuItem>
          ))}
        </TextField>
        <Button
          size="small"
          startIcon={<RefreshIcon />}
          disabled={busy || issues.length > 0 || scopeProblem}
          onClick={() => setRuns((n) => n + 1)}
        >
          {translate('observatory.preview.refresh')}
        </Button>
      </Stack>
      {scopeProblem && <Alert severity="warning">{translate('observatory.preview.badYears')}</Alert>}
      {pending && <Alert severity="info">{translate('observatory.preview.incomplete', { problem: pending })}</Alert>}
      {problem && !pending && <Alert severity="error">{problem}</Alert>}
      {values && !pending && !problem && (
        <Box sx={{ maxWidth: 420, opacity: busy ? 0.5 : 1 }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('observatory.indicators.year')}</TableCell>
                <TableCell align="right">{translate('observatory.preview.value')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {values.map((v) => (
                <TableRow key={v.year} data-year={v.year}>
                  <TableCell>{v.year}</TableCell>
                  <TableCell align="right">{v.value === null ? '—' : `${f.decimal(v.value)}${unit ? ` ${unit}` : ''}`}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Paper>
  );
};
