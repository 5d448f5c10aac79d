import { BooleanInput, TextInput } from 'react-admin';
import { useSharedFieldProps } from '../common/contentLocale/contentLocale';
import { requiredText, validateCode } from '../common/validation';

const validateAreaCode = validateCode(60);
const validateName = requiredText(160);

/** The area form: name and description are localized, code and "no longer in use" are shared. */
export const AreaInputs = () => {
  const shared = useSharedFieldProps();
  return (
    <>
      <TextInput source="name" validate={validateName} sx={{ minWidth: 360 }} />
      <TextInput source="code" validate={validateAreaCode} {...shared} />
      <TextInput source="description" multiline minRows={3} fullWidth />
      <BooleanInput source="legacy" {...shared} />
    </>
  );
};
