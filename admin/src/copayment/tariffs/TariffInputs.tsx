import { Typography } from '@mui/material';
import {
  ArrayInput,
  AutocompleteInput,
  FormDataConsumer,
  NumberInput,
  RadioButtonGroupInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { roundingChoices, ruleChoices, unitChoices } from '../common/choices';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();
const amount = { min: 0, step: 0.01 };

const Hint = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return (
    <Typography variant="body2" color="text.secondary" sx={{ mb: 1, maxWidth: 720 }}>
      {translate(text)}
    </Typography>
  );
};

/**
 * One service's tariff in a regulation. Whole-rule checks (bands from 0, no gaps or overlaps, floor
 * below ceiling, shares up to 100 %) are the server's: its messages appear under the inputs they name.
 */
export const TariffInputs = () => (
  <>
    <ReferenceInput source="regulation" reference="copayment-regulations" sort={byName}>
      <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
    </ReferenceInput>
    <ReferenceInput source="service" reference="services" sort={byName}>
      <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 420 }} />
    </ReferenceInput>
    <SelectInput source="unit" choices={unitChoices} validate={validateRequired} />
    <NumberInput source="unitCost" validate={validateRequired} {...amount} />
    <RadioButtonGroupInput source="rule" choices={ruleChoices} validate={validateRequired} />
    <FormDataConsumer>
      {({ formData }) =>
        formData.rule === 'linear' ? (
          <>
            <Hint text="copayment.tariff.linearHint" />
            <NumberInput source="iseeFloor" {...amount} />
            <NumberInput source="iseeCeiling" {...amount} />
            <NumberInput source="minSharePercent" min={0} max={100} />
            <NumberInput source="maxSharePercent" min={0} max={100} />
          </>
        ) : formData.rule === 'bands' ? (
          <>
            <Hint text="copayment.tariff.bandsHint" />
            <ArrayInput source="bands">
              <SimpleFormIterator inline disableReordering>
                <NumberInput source="iseeFrom" label="resources.copayment-tariffs.fields.iseeFrom" {...amount} />
                <NumberInput source="iseeTo" label="resources.copayment-tariffs.fields.iseeTo" {...amount} />
                <NumberInput source="sharePercent" label="resources.copayment-tariffs.fields.sharePercent" min={0} max={100} />
              </SimpleFormIterator>
            </ArrayInput>
          </>
        ) : null
      }
    </FormDataConsumer>
    <Hint text="copayment.tariff.householdHint" />
    <ArrayInput source="householdFactors">
      <SimpleFormIterator inline disableReordering>
        <NumberInput source="householdSize" label="resources.copayment-tariffs.fields.householdSize" min={1} max={20} step={1} />
        <NumberInput source="coefficient" label="resources.copayment-tariffs.fields.coefficient" min={0.5} max={3} step={0.01} />
      </SimpleFormIterator>
    </ArrayInput>
    <SelectInput source="rounding" choices={roundingChoices} validate={validateRequired} />
    <NumberInput source="monthlyCap" {...amount} />
    <TextInput source="notes" multiline minRows={2} sx={{ minWidth: 480 }} />
  </>
);
