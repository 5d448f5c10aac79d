import { FormControl, FormControlLabel, FormHelperText, FormLabel, Radio, RadioGroup } from '@mui/material';
import type { BooleanField } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { useFieldInput } from './useFieldInput';

/** Yes or no as two radio buttons: unanswered until chosen (for a required field, "no" is an answer). */
export const BooleanInput = ({ field, path }: { field: BooleanField; path: string }) => {
  const translate = useTranslate();
  const { binding, id, label, helperText, error, required, readOnly } = useFieldInput(field, path);
  const value = binding.value === true ? 'true' : binding.value === false ? 'false' : '';
  return (
    <FormControl component="fieldset" error={Boolean(error)} required={required} disabled={readOnly}>
      <FormLabel component="legend" id={`${id}-label`}>
        {label}
      </FormLabel>
      <RadioGroup
        row
        name={path}
        aria-labelledby={`${id}-label`}
        value={value}
        onChange={(event) => binding.onChange(event.target.value === 'true')}
        onBlur={binding.onBlur}
      >
        <FormControlLabel
          value="true"
          control={<Radio slotProps={{ input: { ref: binding.ref, id } }} />}
          label={translate('forms.renderer.yes')}
        />
        <FormControlLabel value="false" control={<Radio />} label={translate('forms.renderer.no')} />
      </RadioGroup>
      <FormHelperText>{helperText}</FormHelperText>
    </FormControl>
  );
};
