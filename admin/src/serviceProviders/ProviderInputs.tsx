import { Box } from '@mui/material';
import { BooleanInput, email, maxLength, required, SelectInput, TextInput } from 'react-admin';
import { legalFormChoices } from '../common/enums';
import { Section } from '../common/Section';
import { requiredText } from '../common/validation';

const validateName = requiredText(200);
const validateVat = [maxLength(11)];
const validateFiscalCode = [maxLength(16)];
const validateAddress = maxLength(300);
const validateCity = maxLength(120);
const validatePhone = maxLength(40);
const validateEmail = email();
const validateRequired = required();

/** The provider form, shared by create and edit. Tax codes are checked by the server. */
export const ProviderInputs = () => (
  <>
    <Section title="ambito.tabs.general">
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextInput source="name" validate={validateName} fullWidth />
        <SelectInput source="legalForm" choices={legalFormChoices} validate={validateRequired} fullWidth />
        <TextInput source="vatNumber" validate={validateVat} fullWidth />
        <TextInput source="fiscalCode" validate={validateFiscalCode} fullWidth />
      </Box>
      <BooleanInput source="thirdSector" />
      <BooleanInput source="exampleData" />
    </Section>
    <Section title="ambito.tabs.contacts">
      <Box sx={{ display: 'grid', gap: 1, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' } }}>
        <TextInput source="address" validate={validateAddress} fullWidth />
        <TextInput source="city" validate={validateCity} fullWidth />
        <TextInput source="email" type="email" validate={validateEmail} fullWidth />
        <TextInput source="phone" validate={validatePhone} fullWidth />
        <TextInput source="website" validate={validateAddress} fullWidth />
      </Box>
    </Section>
  </>
);
