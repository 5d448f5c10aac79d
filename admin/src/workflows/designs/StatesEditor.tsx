import { AddItemButton, ArrayInput, NumberInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { KIND_CHOICES } from './roles';

/** The states, one line each: key, labels, kind, colour, deadline in working or calendar days. */
export const StatesEditor = () => (
  <ArrayInput source="states" label="workflows.designer.states">
    <SimpleFormIterator inline fullWidth sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' } }} addButton={<AddItemButton label="workflows.designer.addState" />}>
      <TextInput source="key" label="workflows.designer.key" fullWidth={false} sx={{ width: 130 }} />
      <TextInput source="label.it" label="workflows.designer.labelIt" fullWidth={false} sx={{ width: 170 }} />
      <TextInput source="label.en" label="workflows.designer.labelEn" fullWidth={false} sx={{ width: 170 }} />
      <SelectInput source="kind" label="workflows.designer.kind" choices={KIND_CHOICES} defaultValue="normal" fullWidth={false} sx={{ width: 120 }} />
      <TextInput source="colour" label="workflows.designer.colour" type="color" defaultValue="#607d8b" fullWidth={false} sx={{ width: 80 }} />
      <NumberInput source="deadline.workingDays" label="workflows.designer.workingDays" min={1} max={365} fullWidth={false} sx={{ width: 150 }} />
      <NumberInput source="deadline.days" label="workflows.designer.days" min={1} max={365} fullWidth={false} sx={{ width: 130 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
