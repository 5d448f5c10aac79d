import { useState } from 'react';
import { MenuItem, TextField } from '@mui/material';
import type { Field, FieldType } from '@forms-shared';
import { Confirm, useTranslate } from 'react-admin';
import { changeFieldType, type TypeChange } from '../../model/changeType';
import { FIELD_TYPES, NEW_ITEM_TEXTS } from '../../model/newField';

interface TypeSelectProps {
  field: Field;
  onChange: (field: Field) => void;
  /** No group inside a group inside a group. */
  nested: boolean;
}

/**
 * The field's type. A change that loses settings (options, bounds, a pattern, a group's fields…) is
 * confirmed first, naming them; one that loses nothing applies at once.
 */
export const TypeSelect = ({ field, onChange, nested }: TypeSelectProps) => {
  const translate = useTranslate();
  const [pending, setPending] = useState<(TypeChange & { type: FieldType }) | null>(null);
  const types = nested && field.type !== 'group' ? FIELD_TYPES.filter((type) => type !== 'group') : FIELD_TYPES;
  const choose = (type: FieldType) => {
    if (type === field.type) return;
    const change = changeFieldType(field, type, NEW_ITEM_TEXTS);
    if (change.dropped.length === 0) onChange(change.field);
    else setPending({ ...change, type });
  };
  const propertyName = (name: string) => {
    const key = `forms.designer.properties.${name}`;
    const text = translate(key);
    return text === key ? name : text;
  };
  return (
    <>
      <TextField
        select
        size="small"
        label={translate('forms.designer.properties.type')}
        value={field.type}
        onChange={(event) => choose(event.target.value as FieldType)}
        fullWidth
      >
        {types.map((type) => (
          <MenuItem key={type} value={type}>
            {translate(`forms.fieldTypes.${type}`)}
          </MenuItem>
        ))}
      </TextField>
      <Confirm
        isOpen={pending !== null}
        title="forms.designer.typeChange.title"
        titleTranslateOptions={{ type: pending ? translate(`forms.fieldTypes.${pending.type}`) : '' }}
        content="forms.designer.typeChange.content"
        contentTranslateOptions={{ properties: pending ? pending.dropped.map(propertyName).join(', ') : '' }}
        confirm="forms.designer.typeChange.confirm"
        onConfirm={() => {
          if (pending) onChange(pending.field);
          setPending(null);
        }}
        onClose={() => setPending(null)}
      />
    </>
  );
};
