import UploadIcon from '@mui/icons-material/UploadFile';
import {
  Button,
  FormControl,
  FormControlLabel,
  InputLabel,
  MenuItem,
  Radio,
  RadioGroup,
  Select,
  Stack,
  Typography,
} from '@mui/material';
import { useEffect } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import type { QuotableService } from '../quote/useQuotableServices';

export type Source = { kind: 'dataset'; dataset: string } | { kind: 'csv'; name: string; text: string };

interface SourcePickerProps {
  services: QuotableService[];
  service: string;
  onService: (service: string) => void;
  source: Source | null;
  onSource: (source: Source | null) => void;
}

/** Which service, and whose ISEE: a dataset saved for that service, or a CSV file the UdP uploads. */
export const SourcePicker = ({ services, service, onService, source, onSource }: SourcePickerProps) => {
  const translate = useTranslate();
  const { data: datasets } = useGetList(
    'copayment-datasets',
    { filter: { service }, pagination: { page: 1, perPage: 50 } },
    { enabled: !!service }
  );
  const kind = source?.kind ?? 'dataset';
  const first = datasets?.[0] ? String(datasets[0].id) : undefined;
  const selected = source?.kind === 'dataset' ? source.dataset : undefined;

  // The first dataset of the service is chosen until the UdP picks another one or a CSV file.
  useEffect(() => {
    if (kind === 'dataset' && datasets && !datasets.some((d) => String(d.id) === selected)) {
      onSource(first ? { kind: 'dataset', dataset: first } : null);
    }
  }, [kind, datasets, selected, first, onSource]);

  const readFile = async (file: File | undefined) => {
    if (file) onSource({ kind: 'csv', name: file.name, text: await file.text() });
  };

  return (
    <Stack spacing={2}>
      <FormControl size="small" sx={{ minWidth: 360 }}>
        <InputLabel id="copayment-service">{translate('copayment.simulation.service')}</InputLabel>
        <Select
          labelId="copayment-service"
          label={translate('copayment.simulation.service')}
          value={service}
          onChange={(e) => onService(e.target.value)}
        >
          {services.map((s) => (
            <MenuItem key={s.id} value={s.id}>
              {s.name}
            </MenuItem>
          ))}
        </Select>
      </FormControl>
      <RadioGroup
        row
        aria-label={translate('copayment.simulation.source')}
        value={kind}
        onChange={(e) =>
          onSource(
            e.target.value === 'csv' ? { kind: 'csv', name: '', text: '' } : first ? { kind: 'dataset', dataset: first } : null
          )
        }
      >
        <FormControlLabel value="dataset" control={<Radio />} label={translate('copayment.simulation.dataset')} />
        <FormControlLabel value="csv" control={<Radio />} label={translate('copayment.simulation.csv')} />
      </RadioGroup>
      {kind === 'dataset' ? (
        <FormControl size="small" sx={{ minWidth: 360 }}>
          <InputLabel id="copayment-dataset">{translate('copayment.simulation.dataset')}</InputLabel>
          <Select
            labelId="copayment-dataset"
            label={translate('copayment.simulation.dataset')}
            value={source?.kind === 'dataset' ? source.dataset : ''}
            onChange={(e) => onSource({ kind: 'dataset', dataset: e.target.value })}
          >
            {(datasets ?? []).map((d) => (
              <MenuItem key={d.id} value={String(d.id)}>
                {d.name} ({Array.isArray(d.rows) ? d.rows.length : 0})
              </MenuItem>
            ))}
          </Select>
        </FormControl>
      ) : (
        <Stack spacing={1}>
          <Button component="label" variant="outlined" startIcon={<UploadIcon />} sx={{ alignSelf: 'flex-start' }}>
            {translate('copayment.simulation.uploadCsv')}
            <input hidden type="file" accept=".csv,text/csv" onChange={(e) => readFile(e.target.files?.[0])} />
          </Button>
          <Typography variant="body2" color="text.secondary">
            {source?.kind === 'csv' && source.text
              ? translate('copayment.simulation.csvLoaded', {
                  name: source.name,
                  rows: Math.max(0, source.text.trim().split(/\r?\n/).length - 1),
                })
              : translate('copayment.simulation.csvHint')}
          </Typography>
        </Stack>
      )}
    </Stack>
  );
};
