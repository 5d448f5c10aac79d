import { Box, Paper, Typography } from '@mui/material';
import { BooleanInput, SelectInput, required, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { emptyMeasure, type ComputationForm } from '../forms/computationForm';
import { MeasureInputs, sourceChoices } from './MeasureInputs';

const kindChoices = [...sourceChoices, { id: 'ratio', name: 'observatory.computation.sources.ratio' }];

const Part = ({ title, prefix }: { title: string; prefix: string }) => {
  const translate = useTranslate();
  return (
    <Paper variant="outlined" sx={{ p: 2, width: '100%' }}>
      <Typography variant="subtitle2" component="h3" sx={{ mb: 1 }}>
        {translate(title)}
      </Typography>
      <MeasureInputs prefix={prefix} withSource />
    </Paper>
  );
};

/** How the system computes the indicator, built with inputs: a count or sum of one measure, or the ratio of two. */
export const ComputationInputs = () => {
  const source = useWatch({ name: 'computation.source' }) as ComputationForm['source'];
  const { setValue } = useFormContext();
  const change = (next: string) =>
    setValue(
      'computation',
      next === 'ratio'
        ? { source: 'ratio', numerator: emptyMeasure('submissions'), denominator: emptyMeasure('submissions'), percent: true }
        : emptyMeasure(next as Exclude<ComputationForm['source'], 'ratio' | undefined>),
      { shouldDirty: true }
    );
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1, width: '100%' }}>
      <SelectInput
        source="computation.source"
        label="observatory.computation.kind"
        choices={kindChoices}
        validate={required()}
        helperText="observatory.computation.kindHint"
        onChange={(event) => change(event.target.value)}
        sx={{ minWidth: 320 }}
      />
      {source === 'ratio' ? (
        <>
          <Part title="observatory.computation.numerator" prefix="computation.numerator" />
          <Part title="observatory.computation.denominator" prefix="computation.denominator" />
          <BooleanInput source="computation.percent" label="observatory.computation.percent" />
        </>
      ) : (
        source && <MeasureInputs prefix="computation" />
      )}
    </Box>
  );
};
