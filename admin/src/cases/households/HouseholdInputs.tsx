import { Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/PersonAdd';
import { useWatch } from 'react-hook-form';
import {
  ArrayInput,
  Button,
  BooleanInput,
  DateInput,
  Labeled,
  ReferenceField,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  useSimpleFormIterator,
  useTranslate,
} from 'react-admin';
import { relationChoices } from '../common/choices';
import { validateFiscalCode } from '../model/fiscalCode';

const validateRequired = required();

/** "Add a member", in words (the iterator's own button is a bare icon). */
const AddMemberButton = () => {
  const { add } = useSimpleFormIterator();
  return (
    <Button label="cases.household.add" onClick={() => add()}>
      <AddIcon />
    </Button>
  );
};

/** Whose household it is: the form's beneficiary (from the person's page, or the stored household). */
const HouseholdPerson = () => {
  const beneficiary = useWatch({ name: 'beneficiary' }) as string | undefined;
  return (
    <Labeled source="beneficiary" resource="households">
      <ReferenceField record={{ id: 'form', beneficiary }} source="beneficiary" reference="beneficiaries" link="show" />
    </Labeled>
  );
};

/** The household form of create and edit: whose household it is, then its members and their relation. */
export const HouseholdForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm warnWhenUnsavedChanges>
      <HouseholdPerson />
      <Typography color="text.secondary">{translate('cases.household.intro')}</Typography>
      <ArrayInput source="members" resource="households">
        <SimpleFormIterator inline disableReordering disableClear addButton={<AddMemberButton />}>
          <TextInput source="lastName" validate={validateRequired} helperText={false} />
          <TextInput source="firstName" validate={validateRequired} helperText={false} />
          <SelectInput
            source="relation"
            choices={relationChoices}
            validate={validateRequired}
            helperText={false}
            sx={{ minWidth: 180 }}
          />
          <DateInput source="birthDate" helperText={false} />
          <TextInput source="fiscalCode" validate={validateFiscalCode} helperText={false} />
          <BooleanInput source="livesWith" defaultValue helperText={false} />
        </SimpleFormIterator>
      </ArrayInput>
    </SimpleForm>
  );
};
