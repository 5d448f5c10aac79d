import { FormControlLabel, MenuItem, Stack, Switch, TextField } from '@mui/material';
import type { Field, ReferenceTarget } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { withProperty } from '../../model/properties';
import { FormulaBuilder } from '../builders/FormulaBuilder';
import { OptionsEditor } from './OptionsEditor';
import { LocalizedProp, NumberProp, TextProp } from './PropertyInputs';

interface TypePropertiesProps {
  field: Field;
  onChange: (field: Field) => void;
  errors: (property: string) => string[] | undefined;
  /** Path of the field in the definition (for the formula builder's choice of fields). */
  path: string;
}

const TARGETS: ReferenceTarget[] = ['municipality', 'service', 'provider'];

/** The properties only some field types have: bounds, lengths, pattern, default, options, target, rows, formula. */
export const TypeProperties = ({ field, onChange, errors, path }: TypePropertiesProps) => {
  const translate = useTranslate();
  const label = (name: string) => translate(`forms.designer.properties.${name}`);
  const set = (name: string, value: unknown) => onChange(withProperty(field, name, value));
  const number = (name: string) => (
    <NumberProp
      key={name}
      label={label(name)}
      value={(field as unknown as Record<string, number | undefined>)[name]}
      onChange={(value) => set(name, value)}
      errors={errors(name)}
    />
  );
  const text = (name: string, type = 'text') => (
    <TextProp
      key={name}
      label={label(name)}
      type={type}
      value={(field as unknown as Record<string, string | undefined>)[name]}
      onChange={(value) => set(name, value)}
      errors={errors(name)}
    />
  );

  switch (field.type) {
    case 'text':
      return <Stack spacing={1.5}>{[text('default'), number('minLength'), number('maxLength'), text('pattern')]}</Stack>;
    case 'longText':
      return <Stack spacing={1.5}>{[text('default'), number('minLength'), number('maxLength')]}</Stack>;
    case 'integer':
    case 'decimal':
      return (
        <Stack spacing={1.5}>
          {[number('default'), number('min'), number('max'), number('step')]}
          <FormControlLabel
            control={
              <Switch
                checked={field.display === 'currency'}
                onChange={(event) => set('display', event.target.checked ? 'currency' : undefined)}
              />
            }
            label={label('displayCurrency')}
          />
        </Stack>
      );
    case 'time':
      return <Stack spacing={1.5}>{[text('default', 'time'), text('min', 'time'), text('max', 'time')]}</Stack>;
    case 'staticText':
      return (
        <LocalizedProp
          label={label('staticText')}
          value={field.text}
          onChange={(value) => onChange({ ...field, text: value ?? { it: '' } })}
          multiline
          languageErrors={{ it: errors('text.it'), en: errors('text.en') }}
          errors={errors('text')}
        />
      );
    case 'currency':
    case 'isee':
      return <Stack spacing={1.5}>{[number('default'), number('min'), number('max')]}</Stack>;
    case 'date':
      return <Stack spacing={1.5}>{[text('default', 'date'), text('min', 'date'), text('max', 'date')]}</Stack>;
    case 'email':
    case 'phone':
      return text('default');
    case 'boolean':
      return (
        <TextField
          select
          size="small"
          label={label('default')}
          value={field.default === undefined ? '' : String(field.default)}
          onChange={(event) => set('default', event.target.value === '' ? undefined : event.target.value === 'true')}
        >
          <MenuItem value="">{translate('forms.designer.noDefault')}</MenuItem>
          <MenuItem value="true">{translate('forms.renderer.yes')}</MenuItem>
          <MenuItem value="false">{translate('forms.renderer.no')}</MenuItem>
        </TextField>
      );
    case 'singleChoice':
      return (
        <Stack spacing={1.5}>
          <OptionsEditor field={field} path={path} onChange={onChange} errors={errors} />
          <TextField
            select
            size="small"
            label={label('default')}
            value={field.default ?? ''}
            onChange={(event) => set('default', event.target.value)}
            error={Boolean(errors('default'))}
            helperText={errors('default')?.join('; ')}
          >
            <MenuItem value="">{translate('forms.designer.noDefault')}</MenuItem>
            {field.options.map((option) => (
              <MenuItem key={option.code} value={option.code}>
                {option.code}
              </MenuItem>
            ))}
          </TextField>
        </Stack>
      );
    case 'multipleChoice':
      return (
        <Stack spacing={1.5}>
          <OptionsEditor field={field} path={path} onChange={onChange} errors={errors} />
          {[number('minSelected'), number('maxSelected')]}
        </Stack>
      );
    case 'reference':
      return (
        <TextField
          select
          size="small"
          label={label('target')}
          value={field.target}
          onChange={(event) => onChange({ ...field, target: event.target.value as ReferenceTarget })}
        >
          {TARGETS.map((target) => (
            <MenuItem key={target} value={target}>
              {translate(`forms.designer.targets.${target}`)}
            </MenuItem>
          ))}
        </TextField>
      );
    case 'file':
      return (
        <Stack spacing={1.5}>
          <TextProp
            label={label('accept')}
            helperText={translate('forms.designer.acceptHelp')}
            value={field.accept?.join(', ')}
            onChange={(value) =>
              set(
                'accept',
                value
                  ? value
                      .split(',')
                      .map((mime) => mime.trim())
                      .filter(Boolean)
                  : undefined
              )
            }
            errors={errors('accept')}
          />
          {number('maxSizeMb')}
        </Stack>
      );
    case 'group':
      return <Stack spacing={1.5}>{[number('minItems'), number('maxItems')]}</Stack>;
    case 'calculated':
      return <FormulaBuilder field={field} path={path} onChange={onChange} errors={errors('expression')} />;
    default:
      return null;
  }
};
