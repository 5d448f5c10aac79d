import { Box, Stack } from '@mui/material';
import { RadioButtonGroupInput, SelectArrayInput, SelectInput, TextInput, required } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { emptyMeasure, type MeasureForm } from '../forms/computationForm';
import {
  bodyTypeChoices,
  meetingStatusChoices,
  useBodyChoices,
  useFormChoices,
  useFormFieldChoices,
  useServiceChoices,
  useWorkflowChoices,
  type FieldChoice,
} from '../forms/useEditChoices';
import { AnswerFilters } from './AnswerFilters';

export const MEASURE_SOURCES = ['submissions', 'meetings', 'workflow-instances'] as const;
export const sourceChoices = MEASURE_SOURCES.map((id) => ({ id, name: `observatory.computation.sources.${id}` }));
const aggregateChoices = ['count', 'sum'].map((id) => ({ id, name: `observatory.computation.aggregates.${id}` }));
const wide = { minWidth: 280 };

/** A field input: the form's fields of the given types when known, else typed text. */
const FieldInput = ({
  source,
  label,
  fields,
  types,
  helperText,
  isRequired,
}: {
  source: string;
  label: string;
  fields: FieldChoice[];
  types: string[];
  helperText?: string;
  isRequired?: boolean;
}) => {
  const choices = fields.filter((f) => types.includes(f.type));
  const validate = isRequired ? required() : undefined;
  return choices.length > 0 ? (
    <SelectInput
      source={source}
      label={label}
      choices={choices}
      helperText={helperText}
      validate={validate}
      sx={wide}
      emptyText="observatory.computation.none"
    />
  ) : (
    <TextInput source={source} label={label} helperText={helperText} validate={validate} sx={wide} />
  );
};

const SubmissionInputs = ({ prefix }: { prefix: string }) => {
  const form = useWatch({ name: `${prefix}.form` }) as string | undefined;
  const aggregate = useWatch({ name: `${prefix}.aggregate` }) as string | undefined;
  const workflowKey = useWatch({ name: `${prefix}.workflow.key` }) as string | undefined;
  const forms = useFormChoices();
  const fields = useFormFieldChoices(form || undefined);
  const services = useServiceChoices();
  const workflows = useWorkflowChoices();
  const states = workflows.find((w) => w.id === workflowKey)?.states ?? [];
  return (
    <>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <RadioButtonGroupInput
          source={`${prefix}.aggregate`}
          label="observatory.computation.aggregate"
          choices={aggregateChoices}
        />
        <SelectInput
          source={`${prefix}.form`}
          label="observatory.computation.form"
          choices={forms}
          validate={required()}
          sx={wide}
        />
        <FieldInput
          source={`${prefix}.dateField`}
          label="observatory.computation.dateField"
          fields={fields}
          types={['date', 'datetime']}
          helperText="observatory.computation.dateFieldHint"
          isRequired
        />
        {aggregate === 'sum' && (
          <FieldInput
            source={`${prefix}.field`}
            label="observatory.computation.sumField"
            fields={fields}
            types={['integer', 'decimal', 'currency', 'isee', 'calculated']}
            isRequired
          />
        )}
      </Stack>
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <FieldInput
          source={`${prefix}.municipalityField`}
          label="observatory.computation.municipalityField"
          fields={fields}
          types={['reference']}
          helperText="observatory.computation.municipalityFieldHint"
        />
        <SelectInput
          source={`${prefix}.service`}
          label="observatory.computation.service"
          choices={services}
          emptyText="observatory.computation.anyService"
          helperText="observatory.computation.serviceHint"
          sx={wide}
        />
      </Stack>
      <AnswerFilters source={`${prefix}.answers`} fields={fields} />
      <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
        <SelectInput
          source={`${prefix}.workflow.key`}
          label="observatory.computation.workflowFilter"
          choices={workflows}
          emptyText="observatory.computation.anyWorkflow"
          sx={wide}
        />
        {workflowKey && (
          <SelectArrayInput
            source={`${prefix}.workflow.states`}
            label="observatory.computation.states"
            choices={states}
            sx={wide}
          />
        )}
      </Stack>
    </>
  );
};

const MeetingInputs = ({ prefix }: { prefix: string }) => {
  const bodies = useBodyChoices();
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <SelectInput
        source={`${prefix}.body`}
        label="observatory.computation.body"
        choices={bodies}
        emptyText="observatory.computation.anyBody"
        sx={wide}
      />
      <SelectInput
        source={`${prefix}.bodyType`}
        label="observatory.computation.bodyType"
        choices={bodyTypeChoices}
        emptyText="observatory.computation.anyBodyType"
        sx={wide}
      />
      <SelectArrayInput
        source={`${prefix}.statuses`}
        label="observatory.computation.statuses"
        choices={meetingStatusChoices}
        helperText="observatory.computation.statusesHint"
        sx={wide}
      />
    </Stack>
  );
};

const InstanceInputs = ({ prefix }: { prefix: string }) => {
  const workflows = useWorkflowChoices();
  const workflow = useWatch({ name: `${prefix}.workflow` }) as unknown;
  const states = workflows.find((w) => w.id === workflow)?.states ?? [];
  return (
    <Stack direction="row" spacing={2} useFlexGap sx={{ flexWrap: 'wrap' }}>
      <SelectInput
        source={`${prefix}.workflow`}
        label="observatory.computation.workflow"
        choices={workflows}
        validate={required()}
        sx={wide}
      />
      <SelectArrayInput
        source={`${prefix}.states`}
        label="observatory.computation.instanceStates"
        choices={states}
        helperText="observatory.computation.instanceStatesHint"
        sx={wide}
      />
    </Stack>
  );
};

/**
 * One measure of a computation (what is counted or summed, and its filters), under `prefix` in the form:
 * `computation`, or `computation.numerator` / `.denominator` of a ratio.
 */
export const MeasureInputs = ({ prefix, withSource = false }: { prefix: string; withSource?: boolean }) => {
  const source = useWatch({ name: `${prefix}.source` }) as MeasureForm['source'];
  const { setValue } = useFormContext();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', width: '100%' }}>
      {withSource && (
        <SelectInput
          source={`${prefix}.source`}
          label="observatory.computation.what"
          choices={sourceChoices}
          validate={required()}
          onChange={(event) => setValue(prefix, emptyMeasure(event.target.value), { shouldDirty: true })}
          sx={wide}
        />
      )}
      {source === 'submissions' && <SubmissionInputs prefix={prefix} />}
      {source === 'meetings' && <MeetingInputs prefix={prefix} />}
      {source === 'workflow-instances' && <InstanceInputs prefix={prefix} />}
    </Box>
  );
};
