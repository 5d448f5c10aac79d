import { AutocompleteArrayInput, maxLength, ReferenceArrayInput, required, SelectInput, TextInput } from 'react-admin';
import { useSharedFieldProps } from '../common/contentLocale/contentLocale';
import { measureLevelChoices } from '../common/enums';
import { requiredText, validateCode } from '../common/validation';

const validateMeasureCode = validateCode(60);
const validateName = requiredText(200);
const validateLegalBasis = maxLength(200);
const validateDescription = maxLength(4000);
const validateRequired = required();
const byName = { field: 'name', order: 'ASC' } as const;

/** The measure form: name and description are localized; code, level and legal basis are shared. */
export const MeasureInputs = () => {
  const shared = useSharedFieldProps();
  return (
    <>
      <TextInput source="name" validate={validateName} sx={{ minWidth: 360 }} />
      <TextInput source="code" validate={validateMeasureCode} {...shared} />
      <SelectInput source="level" choices={measureLevelChoices} validate={validateRequired} {...shared} />
      <TextInput source="legalBasis" validate={validateLegalBasis} sx={{ minWidth: 360 }} {...shared} />
      <TextInput source="description" validate={validateDescription} multiline minRows={3} fullWidth />
      <ReferenceArrayInput source="fundingSources" reference="funding-sources" sort={byName} perPage={100}>
        <AutocompleteArrayInput optionText="name" fullWidth />
      </ReferenceArrayInput>
    </>
  );
};
