import { useEffect, useState } from 'react';
import { Stack, TextField } from '@mui/material';
import type { LocalizedText } from '@forms-shared';
import { useTranslate } from 'react-admin';
import { parseNumberInput } from '../../../forms/model/numbers';

interface BaseProps {
  label: string;
  /** The validator's messages about this property. */
  errors?: string[];
  helperText?: string;
}

const errorProps = ({ errors, helperText }: BaseProps) => ({
  error: (errors?.length ?? 0) > 0,
  helperText: errors?.length ? errors.join('; ') : helperText,
});

/** A text property; an empty text removes it. */
export const TextProp = (
  props: BaseProps & {
    value: string | undefined;
    onChange: (value: string | undefined) => void;
    multiline?: boolean;
    type?: string;
  }
) => (
  <TextField
    label={props.label}
    value={props.value ?? ''}
    onChange={(event) => props.onChange(event.target.value === '' ? undefined : event.target.value)}
    multiline={props.multiline}
    minRows={props.multiline ? 2 : undefined}
    type={props.type ?? 'text'}
    size="small"
    fullWidth
    slotProps={props.type === 'date' || props.type === 'time' ? { inputLabel: { shrink: true } } : undefined}
    {...errorProps(props)}
  />
);

/**
 * A number property, typed freely (`0,5` or `0.5`) and applied once it reads as a number; an empty box
 * removes it.
 */
export const NumberProp = (props: BaseProps & { value: number | undefined; onChange: (value: number | undefined) => void }) => {
  const translate = useTranslate();
  const [text, setText] = useState(props.value === undefined ? '' : String(props.value));
  useEffect(() => {
    const parsed = parseNumberInput(text);
    if (parsed !== (props.value ?? '')) setText(props.value === undefined ? '' : String(props.value));
    // Only an outside change (another item selected, undo) rewrites the box, not the person's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.value]);
  const parsed = parseNumberInput(text);
  const invalid = typeof parsed === 'string' && parsed !== '';
  return (
    <TextField
      label={props.label}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        const next = parseNumberInput(event.target.value);
        if (typeof next === 'number') props.onChange(next);
        else if (next === '') props.onChange(undefined);
      }}
      size="small"
      fullWidth
      slotProps={{ htmlInput: { inputMode: 'decimal' } }}
      {...errorProps(invalid ? { ...props, errors: [...(props.errors ?? []), translate('forms.designer.notANumber')] } : props)}
    />
  );
};

/** A text in Italian and (optionally) English: where English is empty the Italian is shown. `optional`: both empty removes it. */
export const LocalizedProp = (
  props: BaseProps & {
    value: LocalizedText | undefined;
    onChange: (value: LocalizedText | undefined) => void;
    optional?: boolean;
    multiline?: boolean;
    /** Messages by language (`it`, `en`). */
    languageErrors?: { it?: string[]; en?: string[] };
  }
) => {
  const translate = useTranslate();
  const value = props.value ?? { it: '' };
  const change = (language: 'it' | 'en', text: string) => {
    const next: LocalizedText = { ...value, [language]: text };
    if (next.en === '') delete next.en;
    props.onChange(props.optional && next.it === '' && !next.en ? undefined : next);
  };
  return (
    <Stack spacing={1}>
      {(['it', 'en'] as const).map((language) => (
        <TextField
          key={language}
          label={`${props.label} (${language.toUpperCase()})`}
          value={value[language] ?? ''}
          onChange={(event) => change(language, event.target.value)}
          multiline={props.multiline}
          size="small"
          fullWidth
          required={!props.optional && language === 'it'}
          {...errorProps({
            ...props,
            helperText: language === 'en' ? translate('forms.designer.englishOptional') : props.helperText,
            errors: [...(props.errors ?? []), ...(props.languageErrors?.[language] ?? [])],
          })}
        />
      ))}
    </Stack>
  );
};

/** A key, applied when the box is left (renaming updates the conditions and formulas that read it). */
export const KeyProp = (props: BaseProps & { value: string; onCommit: (value: string) => void }) => {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    if (text.trim() !== '' && text !== props.value) props.onCommit(text.trim());
    else setText(props.value);
  };
  return (
    <TextField
      label={props.label}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') commit();
      }}
      size="small"
      fullWidth
      required
      slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
      {...errorProps(props)}
    />
  );
};
