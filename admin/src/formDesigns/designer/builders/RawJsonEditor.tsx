import { useEffect, useState } from 'react';
import { TextField } from '@mui/material';
import type { JsonValue } from '@forms-shared';
import { useTranslate } from 'react-admin';

interface RawJsonEditorProps {
  label: string;
  value: JsonValue | undefined;
  /** Called with each text that reads as JSON (undefined for an empty box when `allowEmpty`). */
  onChange: (value: JsonValue | undefined) => void;
  allowEmpty?: boolean;
  errors?: string[];
}

const show = (value: JsonValue | undefined) => (value === undefined ? '' : JSON.stringify(value, null, 1));

/** JSON Logic as text, for what the builders do not cover; applied as soon as it reads as JSON. */
export const RawJsonEditor = ({ label, value, onChange, allowEmpty = false, errors }: RawJsonEditorProps) => {
  const translate = useTranslate();
  const [text, setText] = useState(show(value));
  const [invalid, setInvalid] = useState(false);
  useEffect(() => {
    // A change made elsewhere (the builder) rewrites the text, unless it already says the same.
    let same = false;
    try {
      same = JSON.stringify(JSON.parse(text)) === JSON.stringify(value);
    } catch {
      same = false;
    }
    if (!same && !(text.trim() === '' && value === undefined)) {
      setText(show(value));
      setInvalid(false);
    }
    // Only a change of `value` rewrites the text, never the person's typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);

  const change = (next: string) => {
    setText(next);
    if (next.trim() === '' && allowEmpty) {
      setInvalid(false);
      onChange(undefined);
      return;
    }
    try {
      const parsed = JSON.parse(next) as JsonValue;
      setInvalid(false);
      onChange(parsed);
    } catch {
      setInvalid(true);
    }
  };
  const messages = [...(invalid ? [translate('forms.designer.invalidJson')] : []), ...(errors ?? [])];
  return (
    <TextField
      label={label}
      value={text}
      onChange={(event) => change(event.target.value)}
      multiline
      minRows={3}
      fullWidth
      size="small"
      error={messages.length > 0}
      helperText={messages.join('; ') || translate('forms.designer.jsonHelp')}
      slotProps={{ htmlInput: { spellCheck: false, style: { fontFamily: 'monospace', fontSize: 13 } } }}
    />
  );
};
