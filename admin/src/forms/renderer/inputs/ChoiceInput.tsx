import {
  Checkbox,
  FormControl,
  FormControlLabel,
  FormGroup,
  FormHelperText,
  FormLabel,
  MenuItem,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import type { MultipleChoiceField, SingleChoiceField } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick } from '../../model/localized';
import { useFieldInput } from './useFieldInput';

/** Up to this many options are radio buttons; more are a drop-down list. */
const MAX_RADIOS = 4;

/** A single choice (radio buttons or a list) or a multiple one (check boxes); the value is the option code. */
export const ChoiceInput = ({ field, path }: { field: SingleChoiceField | MultipleChoiceField; path: string }) => {
  const translate = useTranslate();
  const { binding, id, label, helperText, error, required, readOnly, language } = useFieldInput(field, path);
  const options = field.options.map((option) => ({ code: option.code, label: pick(option.label, language) }));

  if (field.type === 'singleChoice' && options.length > MAX_RADIOS) {
    return (
      <TextField
        id={id}
        name={path}
        select
        label={label}
        required={required}
        value={(binding.value as string | undefined) ?? ''}
        onChange={(event) => binding.onChange(event.target.value)}
        onBlur={binding.onBlur}
        inputRef={binding.ref}
        error={Boolean(error)}
        helperText={helperText}
        disabled={readOnly}
        fullWidth
      >
        <MenuItem value="">
          <em>{translate('forms.renderer.noChoice')}</em>
        </MenuItem>
        {options.map((option) => (
          <MenuItem key={option.code} value={option.code}>
            {option.label}
          </MenuItem>
        ))}
      </TextField>
    );
  }

  const legend = (
    <FormLabel component="legend" id={`${id}-label`}>
      {label}
    </FormLabel>
  );
  const helper = <FormHelperText>{helperText}</FormHelperText>;

  if (field.type === 'singleChoice') {
    return (
      <FormControl component="fieldset" error={Boolean(error)} required={required} disabled={readOnly}>
        {legend}
        <RadioGroup
          name={path}
          aria-labelledby={`${id}-label`}
          value={(binding.value as string | undefined) ?? ''}
          onChange={(event) => binding.onChange(event.target.value)}
          onBlur={binding.onBlur}
        >
          {options.map((option, index) => (
            <FormControlLabel
              key={option.code}
              value={option.code}
              label={option.label}
              control={<Radio slotProps={{ input: index === 0 ? { ref: binding.ref, id } : {} }} />}
            />
          ))}
        </RadioGroup>
        {helper}
      </FormControl>
    );
  }

  const selected = Array.isArray(binding.value) ? (binding.value as string[]) : [];
  const toggle = (code: string, checked: boolean) =>
    binding.onChange(
      checked
        ? field.options.map((o) => o.code).filter((c) => c === code || selected.includes(c))
        : selected.filter((c) => c !== code)
    );
  return (
    <FormControl component="fieldset" error={Boolean(error)} required={required} disabled={readOnly}>
      {legend}
      <FormGroup aria-labelledby={`${id}-label`}>
        {options.map((option, index) => (
          <FormControlLabel
            key={option.code}
            label={option.label}
            control={
              <Checkbox
                slotProps={{ input: index === 0 ? { ref: binding.ref, id } : {} }}
                name={path}
                checked={selected.includes(option.code)}
                onChange={(event) => toggle(option.code, event.target.checked)}
                onBlur={binding.onBlur}
              />
            }
          />
        ))}
      </FormGroup>
      {helper}
    </FormControl>
  );
};
