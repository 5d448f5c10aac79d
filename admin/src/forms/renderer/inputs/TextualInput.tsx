import { InputAdornment, TextField } from '@mui/material';
import type { Field } from '@forms-shared';
import { useFieldInput } from './useFieldInput';

/** Fields typed into a text box: texts, numbers, amounts, dates, contacts, fiscal codes. */
type TextualField = Exclude<
  Field,
  { type: 'boolean' | 'singleChoice' | 'multipleChoice' | 'reference' | 'file' | 'group' | 'calculated' | 'staticText' }
>;

const HTML_TYPE: Partial<Record<TextualField['type'], string>> = {
  date: 'date',
  datetime: 'datetime-local',
  time: 'time',
  email: 'email',
  phone: 'tel',
};

const INPUT_MODE: Partial<Record<TextualField['type'], 'numeric' | 'decimal' | 'email' | 'tel'>> = {
  integer: 'numeric',
  decimal: 'decimal',
  currency: 'decimal',
  isee: 'decimal',
  email: 'email',
  phone: 'tel',
};

export const TextualInput = ({ field, path }: { field: TextualField; path: string }) => {
  const { binding, id, label, helperText, error, required, readOnly } = useFieldInput(field, path);
  const isDate = field.type === 'date' || field.type === 'datetime' || field.type === 'time';
  const euro =
    field.type === 'currency' ||
    field.type === 'isee' ||
    ((field.type === 'integer' || field.type === 'decimal') && field.display === 'currency');
  const bounds = field.type === 'date' || field.type === 'time' ? { min: field.min, max: field.max } : {};
  const maxLength =
    field.type === 'text' || field.type === 'longText' ? field.maxLength : field.type === 'fiscalCode' ? 16 : undefined;
  return (
    <TextField
      id={id}
      name={path}
      label={label}
      required={required}
      value={(binding.value as string | undefined) ?? ''}
      onChange={(event) => binding.onChange(field.type === 'fiscalCode' ? event.target.value.toUpperCase() : event.target.value)}
      onBlur={binding.onBlur}
      inputRef={binding.ref}
      error={Boolean(error)}
      helperText={helperText}
      type={HTML_TYPE[field.type] ?? 'text'}
      multiline={field.type === 'longText'}
      minRows={field.type === 'longText' ? 3 : undefined}
      fullWidth
      slotProps={{
        inputLabel: isDate ? { shrink: true } : undefined,
        input: {
          readOnly,
          startAdornment: euro ? <InputAdornment position="start">€</InputAdornment> : undefined,
        },
        htmlInput: { inputMode: INPUT_MODE[field.type], maxLength, autoComplete: 'off', ...bounds },
      }}
    />
  );
};
