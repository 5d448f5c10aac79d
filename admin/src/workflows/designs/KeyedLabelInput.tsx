import type { ChangeEvent } from 'react';
import { TextInput, useSourceContext } from 'react-admin';
import { useFormContext } from 'react-hook-form';
import type { DesignValues } from '../model/formValues';
import { keyFromLabel } from '../model/keys';
import { renameStateUpdates } from '../model/renameState';
import { useDesignerSettings } from './designerContext';

interface KeyedLabelInputProps {
  list: 'states' | 'transitions';
  label: string;
  width?: number;
}

/** The row index in `states.3.label.it`. */
const rowIndex = (path: string) => Number(path.split('.')[1]);

/**
 * The Italian label of a state or a transition. Its key follows the label (`Istruttoria` → `istruttoria`)
 * unless the published version already uses it; a state's new key replaces the old one everywhere in the draft.
 */
export const KeyedLabelInput = ({ list, label, width = 200 }: KeyedLabelInputProps) => {
  const { getValues, setValue } = useFormContext<DesignValues>();
  const { getSource } = useSourceContext();
  const { lockedStates, lockedTransitions } = useDesignerSettings();
  const locked = list === 'states' ? lockedStates : lockedTransitions;

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const index = rowIndex(getSource('key'));
    const values = getValues();
    const rows = (values[list] ?? []) as { key: string }[];
    const current = rows[index]?.key ?? '';
    if (current && locked.has(current)) return;
    const taken = rows.filter((_, at) => at !== index).map((row) => row.key);
    const next = event.target.value.trim()
      ? keyFromLabel(event.target.value, taken, list === 'states' ? 'stato' : 'passaggio')
      : '';
    if (next === current) return;
    if (list === 'transitions' || !current) {
      setValue(`${list}.${index}.key` as never, next as never, { shouldDirty: true });
      return;
    }
    for (const [path, value] of renameStateUpdates(values, current, next))
      setValue(path as never, value as never, { shouldDirty: true });
  };

  return <TextInput source="label.it" label={label} onChange={onChange} fullWidth={false} sx={{ width }} />;
};

/** The key itself (advanced view): a state's new key replaces the old one everywhere once the input is left. */
export const KeyInput = ({ list }: { list: 'states' | 'transitions' }) => {
  const { getValues, setValue } = useFormContext<DesignValues>();
  const { getSource } = useSourceContext();
  const source = getSource('key');
  const index = rowIndex(source);
  // The state key before this edit, to rename its references when the input is left.
  const onFocus = (event: { target: { dataset: DOMStringMap; value: string } }) => {
    event.target.dataset.before = event.target.value;
  };
  const onBlur = (event: { target: { dataset: DOMStringMap; value: string } }) => {
    const before = event.target.dataset.before ?? '';
    const after = event.target.value.trim();
    if (list !== 'states' || !before || before === after) return;
    const values = getValues();
    // The state's own key already holds `after`: rename it back in the copy so the references follow.
    const previous = { ...values, states: values.states.map((state, at) => (at === index ? { ...state, key: before } : state)) };
    for (const [path, value] of renameStateUpdates(previous, before, after))
      setValue(path as never, value as never, { shouldDirty: true });
  };
  return (
    <TextInput
      source="key"
      label="workflows.designer.key"
      onFocus={onFocus}
      onBlur={onBlur}
      fullWidth={false}
      sx={{ width: 150 }}
    />
  );
};
