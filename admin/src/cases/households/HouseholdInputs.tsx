import { Typography } from '@mui/material';
import {
  ArrayInput,
  BooleanInput,
  DateInput,
  Labeled,
  ReferenceField,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useTranslate,
} from 'react-admin';
import { relationChoices } from '../common/choices';
import { validateFiscalCode } from '../model/fiscalCode';

const validateRequired = required();

/** The household form of create and edit: whose household it is, then its members and their relation. */
export const HouseholdForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <Labeled source="beneficiary" resource="households">
        <ReferenceField source="beneficiary" reference="beneficiaries" link="show" />
      </Labeled>
      <Typography color="text.secondary">{translate('cases.household.intro')}</Typography>
      <ArrayInput source="members" resource="households">
        <SimpleFormIterator inline disableReordering disableClear>
          <TextInput source="lastName" validate={validateRequired} helperText={false} />
          <TextInput source="firstName" validate={validateRequired} helperText={false} />
          <SelectInput source="relation" choices={relationChoices} validate={validateRequired} helperText={false} sx={{ minWidth: 180 }} />
          <DateInput source="birthDate" helperText={false} />
          <TextInput source="fiscalCode" validate={validateFiscalCode} helperText={false} />
          <BooleanInput source="livesWith" defaultValue helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
