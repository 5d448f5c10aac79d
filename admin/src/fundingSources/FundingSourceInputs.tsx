import { maxLength, required, SelectInput, TextInput } from 'react-admin';
import { useSharedFieldProps } from '../common/contentLocale/contentLocale';
import { fundingLevelChoices } from '../common/enums';
import { requiredText, validateCode } from '../common/validation';

const validateFundingCode = validateCode(60);
const validateName = requiredText(200);
const validateDescription = maxLength(4000);
const validateRequired = required();

/** The funding source form: name and description are localized, code and level are shared. */
export const FundingSourceInputs = () => {
  const shared = useSharedFieldProps();
  return (
    <>
      <TextInput source="name" validate={validateName} sx={{ minWidth: 360 }} />
      <TextInput source="code" validate={validateFundingCode} {...shared} />
      <SelectInput source="level" choices={fundingLevelChoices} validate={validateRequired} {...shared} />
      <TextInput source="description" validate={validateDescription} multiline minRows={3} fullWidth />
    </>
  );
};
