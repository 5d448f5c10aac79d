import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { Box, Button, Chip, IconButton, Stack, TextField, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addBand, type DraftBand, type ProposalDraft } from './proposalDraft';

interface ProposalEditorProps {
  draft: ProposalDraft;
  changed: boolean;
  errors: Record<string, string>;
  onChange: (draft: ProposalDraft) => void;
}

const field = 'resources.copayment-tariffs.fields';

/** The uniform tariff's bands (or thresholds) and monthly cap, editable; server errors under the field they name. */
export const ProposalEditor = ({ draft, changed, errors, onChange }: ProposalEditorProps) => {
  const translate = useTranslate();
  const input = (
    label: string,
    value: string,
    path: string,
    set: (value: string) => void,
    suffix = '€',
    placeholder?: string
  ) => (
    <TextField
      size="small"
      label={translate(`${field}.${label}`)}
      value={value}
      onChange={(event) => set(event.target.value)}
      error={Boolean(errors[path])}
      helperText={errors[path]}
      placeholder={placeholder}
      slotProps={{
        htmlInput: { inputMode: 'decimal', 'aria-label': `${translate(`${field}.${label}`)} ${path}` },
        input: { endAdornment: suffix },
        inputLabel: { shrink: true },
      }}
      sx={{ width: 170 }}
    />
  );
  const setBand = (index: number, key: keyof DraftBand) => (value: string) =>
    onChange({ ...draft, bands: draft.bands.map((band, i) => (i === index ? { ...band, [key]: value } : band)) });

  return (
    <Stack spacing={1.5}>
      {changed ? (
        <Chip
          label={translate('copayment.simulation.proposalChanged')}
          color="warning"
          size="small"
          sx={{ alignSelf: 'flex-start' }}
        />
      ) : null}
      {draft.rule === 'bands' ? (
        <>
          <Typography variant="body2" color="text.secondary">
            {translate('copayment.tariff.bandsHint')}
          </Typography>
          {draft.bands.map((band, index) => (
            <Stack key={index} direction="row" spacing={1} sx={{ alignItems: 'flex-start' }} data-band={index + 1}>
              <Typography sx={{ width: 24, pt: 1 }}>{index + 1}</Typography>
              {input('iseeFrom', band.iseeFrom, `bands.${index}.iseeFrom`, setBand(index, 'iseeFrom'))}
              {input(
                'iseeTo',
                band.iseeTo,
                `bands.${index}.iseeTo`,
                setBand(index, 'iseeTo'),
                '€',
                translate('copayment.tariff.openEnded')
              )}
              {input('sharePercent', band.sharePercent, `bands.${index}.sharePercent`, setBand(index, 'sharePercent'), '%')}
              <IconButton
                aria-label={`${translate('copayment.simulation.removeBand')} ${index + 1}`}
                onClick={() => onChange({ ...draft, bands: draft.bands.filter((_, i) => i !== index) })}
              >
                <DeleteIcon />
              </IconButton>
            </Stack>
          ))}
          {errors.bands ? (
            <Typography color="error" variant="body2">
              {errors.bands}
            </Typography>
          ) : null}
          <Box>
            <Button startIcon={<AddIcon />} size="small" onClick={() => onChange(addBand(draft))}>
              {translate('copayment.simulation.addBand')}
            </Button>
          </Box>
        </>
      ) : (
        <>
          <Typography variant="body2" color="text.secondary">
            {translate('copayment.tariff.linearHint')}
          </Typography>
          <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
            {input('iseeFloor', draft.iseeFloor, 'iseeFloor', (v) => onChange({ ...draft, iseeFloor: v }))}
            {input('iseeCeiling', draft.iseeCeiling, 'iseeCeiling', (v) => onChange({ ...draft, iseeCeiling: v }))}
            {input(
              'minSharePercent',
              draft.minSharePercent,
              'minSharePercent',
              (v) => onChange({ ...draft, minSharePercent: v }),
              '%'
            )}
            {input(
              'maxSharePercent',
              draft.maxSharePercent,
              'maxSharePercent',
              (v) => onChange({ ...draft, maxSharePercent: v }),
              '%'
            )}
          </Stack>
        </>
      )}
      <Box>{input('monthlyCap', draft.monthlyCap, 'monthlyCap', (v) => onChange({ ...draft, monthlyCap: v }))}</Box>
    </Stack>
  );
};
