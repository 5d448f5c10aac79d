import { Alert, Stack, Typography } from '@mui/material';
import { NumberInput, RadioButtonGroupInput, SelectInput, TextInput, maxLength, required, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CodeInput } from '../common/CodeInput';
import { useObjectiveChoices } from '../forms/useEditChoices';
import { indicatorKindChoices } from '../objectives/choices';
import { ComputationInputs } from './ComputationInputs';
import { PreviewPanel } from './PreviewPanel';

/** An indicator's definition: what it is, which objective it measures, and how its yearly value is obtained. */
export const IndicatorInputs = () => {
  const translate = useTranslate();
  const method = useWatch({ name: 'method' }) as string | undefined;
  const objectives = useObjectiveChoices();
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', width: '100%' }}>
        <TextInput
          source="name"
          label="observatory.form.indicatorName"
          validate={[required(), maxLength(300)]}
          sx={{ flex: 2, minWidth: 320 }}
        />
        <TextInput
          source="unit"
          label="observatory.indicators.unit"
          validate={[required(), maxLength(60)]}
          helperText="observatory.form.unitHint"
          sx={{ width: 200 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', width: '100%' }}>
        <CodeInput />
        <SelectInput
          source="objective"
          label="resources.observatory-indicators.fields.objective"
          choices={objectives}
          emptyText="observatory.form.noObjective"
          sx={{ minWidth: 420 }}
        />
        <NumberInput source="sortOrder" label="observatory.form.sortOrder" step={1} min={0} sx={{ width: 140 }} />
      </Stack>
      <TextInput
        source="description"
        label="observatory.form.description"
        multiline
        minRows={2}
        validate={maxLength(2000)}
        fullWidth
      />
      <RadioButtonGroupInput
        source="method"
        label="resources.observatory-indicators.fields.method"
        choices={indicatorKindChoices}
        validate={required()}
      />
      {method === 'computed' ? (
        <>
          <Typography variant="subtitle1" component="h2">
            {translate('observatory.computation.title')}
          </Typography>
          <ComputationInputs />
          <PreviewPanel />
        </>
      ) : (
        <Alert severity="info" sx={{ width: '100%' }}>
          {translate('observatory.form.manualHint')}
        </Alert>
      )}
    </>
  );
};
