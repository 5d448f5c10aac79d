import { AddItemButton, ArrayInput, NumberInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { useDesignerSettings } from './designerContext';
import { KeyedLabelInput, KeyInput } from './KeyedLabelInput';
import { KIND_CHOICES } from './roles';

/**
 * The states, one line each: Italian label (the key follows it), English label, kind, colour, deadline in
 * working or calendar days. The key is shown only in the advanced view.
 */
export const StatesEditor = () => {
  const { advanced } = useDesignerSettings();
  return (
    <ArrayInput source="states" label="workflows.designer.states">
      <SimpleFormIterator
        inline
        fullWidth
        sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' } }}
        addButton={<AddItemButton label="workflows.designer.addState" />}
      >
        <KeyedLabelInput list="states" label="workflows.designer.stateName" />
        <TextInput
          source="label.en"
          label="workflows.designer.labelEn"
          helperText="workflows.designer.englishOptional"
          fullWidth={false}
          sx={{ width: 170 }}
        />
        <SelectInput
          source="kind"
          label="workflows.designer.kind"
          choices={KIND_CHOICES}
          defaultValue="normal"
          fullWidth={false}
          sx={{ width: 130 }}
        />
        <TextInput
          source="colour"
          label="workflows.designer.colour"
          type="color"
          defaultValue="#607d8b"
          fullWidth={false}
          sx={{ width: 80 }}
        />
        <NumberInput
          source="deadline.workingDays"
          label="workflows.designer.workingDays"
          min={1}
          max={365}
          fullWidth={false}
          sx={{ width: 150 }}
        />
        <NumberInput
          source="deadline.days"
          label="workflows.designer.days"
          min={1}
          max={365}
          fullWidth={false}
          sx={{ width: 130 }}
        />
        {advanced ? <KeyInput list="states" /> : <></>}
      </SimpleFormIterator>
    </ArrayInput>
  );
};
