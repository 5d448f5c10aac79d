import { MenuItem, TextField } from '@mui/material';
import type { Field } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { pick, type Language } from '../../../forms/model/localized';

interface FieldSelectProps {
  label: string;
  fields: Field[];
  value: string;
  onChange: (key: string) => void;
  language: Language;
}

/** A choice among the fields a formula may read, by label (and key). */
export const FieldSelect = ({ label, fields, value, onChange, language }: FieldSelectProps) => {
  const translate = useTranslate();
  return (
    <TextField
      select
      size="small"
      label={label}
      value={fields.some((field) => field.key === value) ? value : ''}
      onChange={(event) => onChange(event.target.value)}
      helperText={fields.length === 0 ? translate('forms.designer.formula.noFields') : undefined}
      sx={{ minWidth: 180, flex: 2 }}
    >
      {fields.map((field) => (
        <MenuItem key={field.key} value={field.key}>
          {pick(field.label, language)} ({field.key})
        </MenuItem>
      ))}
    </TextField>
  );
};
