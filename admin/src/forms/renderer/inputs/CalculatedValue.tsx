import { TextField } from '@mui/material';
import type { CalculatedField } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { inputId, valueAt } from '../../model/fieldPaths';
import { pick, type Language } from '../../model/localized';
import { formatNumber } from '../../model/numbers';
import { useRenderer } from '../RendererContext';

function display(value: unknown, field: CalculatedField, language: Language, yesNo: [string, string]): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return formatNumber(value, language, field.display === 'currency');
  if (typeof value === 'boolean') return value ? yesNo[0] : yesNo[1];
  if (field.resultType === 'date' && typeof value === 'string') {
    const [y, m, d] = value.split('-');
    return `${d}/${m}/${y}`;
  }
  return String(value);
}

/** A value the engine computes from other fields: read-only, updated while the user types. */
export const CalculatedValue = ({ field, path }: { field: CalculatedField; path: string }) => {
  const translate = useTranslate();
  const { evaluation, language } = useRenderer();
  const value = display(valueAt(evaluation.data, path), field, language, [
    translate('forms.renderer.yes'),
    translate('forms.renderer.no'),
  ]);
  const help = field.help ? pick(field.help, language) : translate('forms.renderer.calculatedHint');
  return (
    <TextField
      id={inputId(path)}
      label={pick(field.label, language)}
      value={value}
      placeholder={translate('forms.renderer.calculatedEmpty')}
      helperText={help}
      fullWidth
      variant="filled"
      slotProps={{ input: { readOnly: true }, htmlInput: { 'aria-live': 'polite' }, inputLabel: { shrink: true } }}
    />
  );
};
