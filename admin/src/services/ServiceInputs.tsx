import { Box } from '@mui/material';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  email,
  maxLength,
  minValue,
  NumberInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useSharedFieldProps } from '../common/contentLocale/contentLocale';
import { managementChoices, procurementModeChoices, serviceStatusChoices } from '../common/enums';
import { Section } from '../common/Section';
import { requiredText } from '../common/validation';
import { CasePathInputs } from './casePath/CasePathInputs';
import { ServiceCodeInput } from './ServiceCodeInput';

const byName = { field: 'name', order: 'ASC' } as const;
const validateName = requiredText(200);
const validateLongText = maxLength(20000);
const validateText = maxLength(4000);
const validateShort = maxLength(200);
const validatePhone = maxLength(40);
const validateEmail = email();
const validateBudget = minValue(0);
const validateRequired = required();

/**
 * The service form, shared by create and edit. Localized texts (name, description, target,
 * eligibility, how to apply, contact office, lots) are edited in the page's content language; the
 * other fields are shared by all languages and read-only outside the default one.
 */
export const ServiceInputs = () => {
  const shared = useSharedFieldProps();
  return (
    <>
      <Section title="ambito.tabs.general">
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
          <TextInput source="name" validate={validateName} fullWidth />
          <ServiceCodeInput />
          <ReferenceInput source="area" reference="areas" sort={byName}>
            <AutocompleteInput optionText="name" fullWidth />
          </ReferenceInput>
          <SelectInput
            source="procurementMode"
            choices={procurementModeChoices}
            validate={validateRequired}
            fullWidth
            {...shared}
          />
          <SelectInput source="management" choices={managementChoices} validate={validateRequired} fullWidth {...shared} />
          <SelectInput source="status" choices={serviceStatusChoices} validate={validateRequired} fullWidth {...shared} />
        </Box>
      </Section>

      <Section title="ambito.tabs.texts">
        <TextInput source="description" validate={validateLongText} multiline minRows={4} fullWidth />
        <TextInput source="target" validate={validateText} multiline minRows={2} fullWidth />
        <TextInput source="eligibility" validate={validateText} multiline minRows={2} fullWidth />
        <TextInput source="howToApply" validate={validateText} multiline minRows={2} fullWidth />
      </Section>

      <Section title="ambito.tabs.relations">
        <ReferenceArrayInput source="municipalities" reference="municipalities" sort={byName} perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
        <ReferenceArrayInput source="providers" reference="providers" sort={byName} perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
        <ReferenceArrayInput source="fundingSources" reference="funding-sources" sort={byName} perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
        <ReferenceArrayInput source="measures" reference="measures" sort={byName} perPage={100}>
          <AutocompleteArrayInput optionText="name" fullWidth />
        </ReferenceArrayInput>
      </Section>

      <Section title="ambito.tabs.lots">
        <ArrayInput source="lots" label={false}>
          <SimpleFormIterator inline>
            <TextInput source="name" label="resources.services.fields.lotName" validate={validateName} />
            <TextInput source="scope" label="resources.services.fields.lotScope" multiline sx={{ minWidth: 320 }} />
          </SimpleFormIterator>
        </ArrayInput>
      </Section>

      <CasePathInputs />

      <Section title="ambito.tabs.contacts">
        <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr 1fr' } }}>
          <TextInput source="contactOffice" validate={validateShort} fullWidth />
          <TextInput source="contactEmail" type="email" validate={validateEmail} fullWidth {...shared} />
          <TextInput source="contactPhone" validate={validatePhone} fullWidth {...shared} />
        </Box>
      </Section>

      <Section title="ambito.tabs.internal">
        <NumberInput source="yearlyBudget" min={0} step={100} validate={validateBudget} {...shared} />
        <TextInput source="internalNotes" validate={validateText} multiline minRows={2} fullWidth {...shared} />
      </Section>
    </>
  );
};
