import { AutocompleteInput, DateInput, ReferenceInput, required, SelectInput, TextInput } from 'react-admin';
import { accreditationStatusChoices } from '../common/enums';
import { requiredText } from '../common/validation';

const byName = { field: 'name', order: 'ASC' } as const;
const validateRequired = required();
const validateRegister = requiredText(200);

/** The accreditation form, shared by create and edit; date order and overlaps are checked by the server. */
export const AccreditationInputs = () => (
  <>
    <ReferenceInput source="provider" reference="providers" sort={byName}>
      <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 360 }} />
    </ReferenceInput>
    <ReferenceInput source="service" reference="services" sort={byName}>
      <AutocompleteInput optionText="name" validate={validateRequired} sx={{ minWidth: 360 }} />
    </ReferenceInput>
    <TextInput source="register" validate={validateRegister} sx={{ minWidth: 360 }} />
    <DateInput source="validFrom" validate={validateRequired} />
    <DateInput source="validTo" />
    <SelectInput source="status" choices={accreditationStatusChoices} validate={validateRequired} />
  </>
);
