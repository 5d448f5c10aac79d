import { Box, Stack, Typography } from '@mui/material';
import {
  AutocompleteArrayInput,
  NumberInput,
  RadioButtonGroupInput,
  SelectInput,
  TextInput,
  maxLength,
  maxValue,
  minValue,
  required,
  useTranslate,
} from 'react-admin';
import { useAreas } from '../common/useChoices';
import { useDecisionChoices, useServiceChoices } from '../forms/useEditChoices';
import { CodeInput } from '../common/CodeInput';
import { objectiveTypeChoices } from './choices';

const year = [required(), minValue(2000), maxValue(2100)];
/** The grid of the programming document, in its order: each a free text. */
const TEXTS: { source: string; max: number; hint?: string }[] = [
  { source: 'summary', max: 8000 },
  { source: 'needs', max: 8000 },
  { source: 'target', max: 8000 },
  { source: 'interventions', max: 8000, hint: 'observatory.form.interventionsHint' },
  { source: 'financialResources', max: 8000 },
  { source: 'professionalResources', max: 8000 },
  { source: 'tools', max: 8000 },
  { source: 'timing', max: 2000 },
  { source: 'outcomeNotes', max: 8000 },
];

const Heading = ({ children }: { children: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="subtitle1" component="h2" sx={{ mt: 2 }}>
      {translate(children)}
    </Typography>
  );
};

/** An objective of the programming document: identity and period, its grid of texts, and what it is linked to. */
export const ObjectiveInputs = () => {
  const { data: areas } = useAreas();
  const services = useServiceChoices();
  const decisions = useDecisionChoices();
  return (
    <>
      <TextInput
        source="name"
        label="resources.observatory-objectives.fields.name"
        validate={[required(), maxLength(300)]}
        fullWidth
      />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <RadioButtonGroupInput
          source="type"
          label="resources.observatory-objectives.fields.type"
          choices={objectiveTypeChoices}
          validate={required()}
        />
        <NumberInput source="periodFrom" label="observatory.form.periodFrom" validate={year} step={1} sx={{ width: 150 }} />
        <NumberInput source="periodTo" label="observatory.form.periodTo" validate={year} step={1} sx={{ width: 150 }} />
        <SelectInput
          source="area"
          label="resources.observatory-objectives.fields.area"
          choices={(areas ?? []).map((a) => ({ id: String(a.code), name: String(a.name) }))}
          emptyText="observatory.form.noArea"
          sx={{ minWidth: 280 }}
        />
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <CodeInput />
        <NumberInput source="sortOrder" label="observatory.form.sortOrder" step={1} min={0} sx={{ width: 140 }} />
      </Stack>
      <Heading>observatory.form.grid</Heading>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, columnGap: 2, width: '100%' }}>
        {TEXTS.map(({ source, max, hint }) => (
          <TextInput
            key={source}
            source={source}
            label={`resources.observatory-objectives.fields.${source}`}
            helperText={hint}
            validate={maxLength(max)}
            multiline
            minRows={2}
            fullWidth
          />
        ))}
      </Box>
      <Heading>observatory.form.links</Heading>
      <AutocompleteArrayInput
        source="services"
        label="observatory.form.services"
        choices={services}
        helperText="observatory.form.servicesHint"
        fullWidth
      />
      <AutocompleteArrayInput
        source="decisions"
        label="observatory.form.decisions"
        choices={decisions}
        helperText="observatory.form.decisionsHint"
        fullWidth
      />
    </>
  );
};
