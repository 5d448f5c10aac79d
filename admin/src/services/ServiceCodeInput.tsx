import { useEffect } from 'react';
import { TextInput, useRecordContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { useSharedFieldProps } from '../common/contentLocale/contentLocale';
import { validateCode } from '../common/validation';
import { slugOf } from '../observatory/forms/slug';

const validateServiceCode = validateCode(80);

/**
 * A service's code. On a new service it follows the name ("Contributo affitto" → `contributo-affitto`) until the
 * user types one of their own, so that nobody has to invent a key; a stored code is never changed by it.
 */
export const ServiceCodeInput = () => {
  const record = useRecordContext();
  const creating = !record?.id;
  const name = useWatch({ name: 'name' }) as string | undefined;
  const { setValue, getFieldState } = useFormContext();
  const shared = useSharedFieldProps();
  useEffect(() => {
    if (creating && !getFieldState('code').isDirty) setValue('code', slugOf(typeof name === 'string' ? name : ''));
  }, [creating, name, setValue, getFieldState]);
  return (
    <TextInput
      source="code"
      validate={validateServiceCode}
      helperText="resources.services.fields.codeHint"
      fullWidth
      {...shared}
    />
  );
};
