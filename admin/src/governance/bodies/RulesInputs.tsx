import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  FormDataConsumer,
  NumberInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  useInput,
  useTranslate,
} from 'react-admin';
import { BODY_TYPE_CHOICES, RULE_KIND_CHOICES, SEAT_CHOICES } from '../common/choices';

const WEIGHTING_CHOICES = [
  { id: 'per-member', name: 'governance.quorum.perMember' },
  { id: 'population', name: 'governance.quorum.population' },
];

/** `majority`, or a share typed as a percentage (stored as a fraction in (0, 1]). */
const ThresholdInput = () => {
  const translate = useTranslate();
  const { field, fieldState } = useInput({ source: 'quorumRule.threshold' });
  const majority = field.value === 'majority' || field.value === undefined || field.value === null;
  const percent = typeof field.value === 'number' ? Math.round(field.value * 1000) / 10 : '';
  const error = fieldState.error?.message;
  return (
    <Stack direction="row" spacing={2} sx={{ mb: 2 }}>
      <TextField
        select
        size="small"
        label={translate('governance.quorum.threshold')}
        value={majority ? 'majority' : 'share'}
        onChange={(event) => field.onChange(event.target.value === 'majority' ? 'majority' : 0.5)}
        sx={{ minWidth: 220 }}
      >
        <MenuItem value="majority">{translate('governance.quorum.thresholdMajority')}</MenuItem>
        <MenuItem value="share">{translate('governance.quorum.thresholdShare')}</MenuItem>
      </TextField>
      {majority ? null : (
        <TextField
          size="small"
          type="number"
          label={translate('governance.quorum.percent')}
          value={percent}
          slotProps={{ htmlInput: { min: 1, max: 100, step: 0.1, name: 'quorumRule.threshold' } }}
          onChange={(event) => field.onChange(event.target.value === '' ? null : Number(event.target.value) / 100)}
          error={Boolean(error)}
          helperText={error ? translate(error, { _: error }) : translate('governance.quorum.percentHelp')}
        />
      )}
    </Stack>
  );
};

/**
 * The body's mandated composition (rules checked by the server against the members at every change)
 * and its quorum rule, edited as inputs; the server's problems come back under the input they name.
 */
export const RulesInputs = () => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('governance.rules.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('governance.rules.help')}
      </Typography>
      <ArrayInput source="compositionRules" label={false}>
        <SimpleFormIterator inline disableReordering>
          <SelectInput
            source="kind"
            label="governance.rules.kind"
            choices={RULE_KIND_CHOICES}
            helperText={false}
            sx={{ width: 260 }}
          />
          <FormDataConsumer>
            {({ scopedFormData }) =>
              ['seats', 'per-municipality', 'per-table'].includes(scopedFormData?.kind) ? (
                <SelectArrayInput
                  source="seats"
                  label="governance.rules.seats"
                  choices={SEAT_CHOICES}
                  helperText={false}
                  sx={{ width: 380 }}
                />
              ) : null
            }
          </FormDataConsumer>
          <FormDataConsumer>
            {({ scopedFormData }) =>
              scopedFormData?.kind === 'per-table' ? (
                <SelectInput
                  source="tableType"
                  label="governance.rules.tableType"
                  choices={BODY_TYPE_CHOICES}
                  helperText={false}
                  sx={{ width: 240 }}
                />
              ) : null
            }
          </FormDataConsumer>
          <NumberInput source="min" label="governance.rules.min" min={0} helperText={false} sx={{ width: 120, flex: 'none' }} />
          <FormDataConsumer>
            {({ scopedFormData }) =>
              ['seats', 'per-municipality', 'per-table'].includes(scopedFormData?.kind) ? (
                <NumberInput
                  source="max"
                  label="governance.rules.max"
                  min={0}
                  helperText={false}
                  sx={{ width: 120, flex: 'none' }}
                />
              ) : null
            }
          </FormDataConsumer>
        </SimpleFormIterator>
      </ArrayInput>
      <Typography variant="h6" sx={{ mt: 2 }}>
        {translate('governance.quorum.rule')}
      </Typography>
      <ThresholdInput />
      <SelectInput source="quorumRule.weighting" label="governance.quorum.weighting" choices={WEIGHTING_CHOICES} />
      <FormDataConsumer>
        {({ formData }) =>
          formData?.quorumRule?.weighting === 'population' ? (
            <BooleanInput source="quorumRule.alsoMajorityOfMembers" label="governance.quorum.alsoMajorityLabel" />
          ) : null
        }
      </FormDataConsumer>
    </>
  );
};
