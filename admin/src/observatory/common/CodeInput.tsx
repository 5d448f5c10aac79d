import { useEffect } from 'react';
import { TextInput, maxLength, regex, required, useRecordContext } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { slugOf } from '../forms/slug';

const CODE_PATTERN = regex(/^[a-z0-9][a-z0-9-]*$/, 'observatory.form.codePattern');

/**
 * The stable code of an objective or indicator. On a new record it follows the name (`Sostegno all'abitare`
 * → `sostegno-all-abitare`) until the user types a code of their own; a stored code is never changed by it.
 */
export const CodeInput = () => {
  const record = useRecordContext();
  const creating = !record?.id;
  const name = useWatch({ name: 'name' }) as string | undefined;
  const { setValue, getFieldState } = useFormContext();
  useEffect(() => {
    if (creating && !getFieldState('code').isDirty) setValue('code', slugOf(name ?? ''));
  }, [creating, name, setValue, getFieldState]);
  return (
    <TextInput
      source="code"
      label="observatory.form.code"
      validate={[required(), maxLength(80), CODE_PATTERN]}
      helperText="observatory.form.codeHint"
      sx={{ minWidth: 360 }}
    />
  );
};
