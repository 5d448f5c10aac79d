import type { ReactNode } from 'react';
import CalculateIcon from '@mui/icons-material/Calculate';
import SaveIcon from '@mui/icons-material/Save';
import {
  Box,
  Button,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import {
  Form,
  HttpError,
  NumberInput,
  TextInput,
  maxLength,
  required,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { useFormContext } from 'react-hook-form';
import { useObservatoryApi } from '../api/ObservatoryData';
import type { Indicator } from '../api/types';
import { useObservatoryFormat } from '../common/format';

const THIS_YEAR = new Date().getFullYear();
const yearRules = [
  required(),
  (v: unknown) =>
    Number.isInteger(Number(v)) && Number(v) >= 2000 && Number(v) <= 2100 ? undefined : 'observatory.form.badYear',
];

/** The server's field errors of a refused write, for the form to show under its inputs (else rethrown). */
function fieldErrors(error: unknown): Record<string, unknown> {
  const errors = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> })?.errors : undefined;
  if (errors) return errors;
  throw error;
}

const SubmitButton = ({ label, icon }: { label: string; icon: ReactNode }) => {
  const translate = useTranslate();
  const { formState } = useFormContext();
  return (
    <Button type="submit" variant="contained" startIcon={icon} disabled={formState.isSubmitting} sx={{ mt: 1 }}>
      {translate(label)}
    </Button>
  );
};

const ValuesTable = ({ indicator }: { indicator: Indicator }) => {
  const translate = useTranslate();
  const f = useObservatoryFormat();
  if (indicator.values.length === 0)
    return <Typography color="text.secondary">{translate('observatory.indicators.noValues')}</Typography>;
  return (
    <Table size="small" sx={{ maxWidth: 900 }} data-testid="indicator-values">
      <TableHead>
        <TableRow>
          <TableCell>{translate('observatory.indicators.year')}</TableCell>
          <TableCell align="right">{translate('observatory.indicators.value')}</TableCell>
          <TableCell>{translate('observatory.indicators.source')}</TableCell>
          <TableCell>{translate('observatory.indicators.note')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {indicator.values.map((v) => (
          <TableRow key={v.year} data-year={v.year}>
            <TableCell>{v.year}</TableCell>
            <TableCell align="right">{f.decimal(v.value)}</TableCell>
            <TableCell>{v.source}</TableCell>
            <TableCell>{v.note ?? ''}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/**
 * The yearly values of an indicator: the recorded ones, a form to record (or correct) one year's value
 * with its source and, for a computed indicator, the value the system counts now stored as that year's.
 */
export const IndicatorValues = () => {
  const indicator = useRecordContext<Indicator>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const api = useObservatoryApi();
  if (!indicator) return null;

  const setValue = async (values: Record<string, unknown>) => {
    try {
      const { year, value, source, note } = values as { year: number; value: number; source: string; note?: string };
      await api.observatorySetIndicatorValue(indicator.documentId, { year: Number(year), value, source, note: note || null });
      notify('observatory.values.saved', { type: 'success', messageArgs: { year } });
      refresh();
      return undefined;
    } catch (error) {
      return fieldErrors(error);
    }
  };
  const snapshot = async (values: Record<string, unknown>) => {
    try {
      await api.observatorySnapshotIndicator(indicator.documentId, Number(values.year));
      notify('observatory.values.snapshotSaved', { type: 'success', messageArgs: { year: values.year } });
      refresh();
      return undefined;
    } catch (error) {
      return fieldErrors(error);
    }
  };

  return (
    <Card variant="outlined" sx={{ m: 2, mb: 0 }} component="section" aria-labelledby="indicator-values-title">
      <CardContent>
        <Typography id="indicator-values-title" variant="h6" component="h2">
          {translate('observatory.values.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate('observatory.values.hint')}
        </Typography>
        <ValuesTable indicator={indicator} />
        <Box sx={{ mt: 3 }} data-testid="indicator-set-value">
          <Typography variant="subtitle1" component="h3">
            {translate('observatory.values.setTitle')}
          </Typography>
          <Form record={{ year: THIS_YEAR }} onSubmit={setValue}>
            <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
              <NumberInput source="year" label="observatory.indicators.year" validate={yearRules} step={1} sx={{ width: 120 }} />
              <NumberInput source="value" label="observatory.indicators.value" validate={required()} sx={{ width: 160 }} />
              <TextInput
                source="source"
                label="observatory.indicators.source"
                validate={[required(), maxLength(300)]}
                helperText="observatory.values.sourceHint"
                fullWidth={false}
                sx={{ minWidth: 380 }}
              />
              <TextInput
                source="note"
                label="observatory.indicators.note"
                validate={maxLength(500)}
                fullWidth={false}
                sx={{ minWidth: 260 }}
              />
            </Stack>
            <SubmitButton label="observatory.values.save" icon={<SaveIcon />} />
          </Form>
        </Box>
        {indicator.kind === 'computed' && (
          <Box sx={{ mt: 3 }} data-testid="indicator-snapshot">
            <Typography variant="subtitle1" component="h3">
              {translate('observatory.values.snapshotTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('observatory.values.snapshotHint')}
            </Typography>
            <Form record={{ year: THIS_YEAR - 1 }} onSubmit={snapshot}>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'flex-start' }}>
                <NumberInput
                  source="year"
                  label="observatory.indicators.year"
                  validate={yearRules}
                  step={1}
                  sx={{ width: 120 }}
                />
                <SubmitButton label="observatory.values.snapshot" icon={<CalculateIcon />} />
              </Stack>
            </Form>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
