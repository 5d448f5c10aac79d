import { useMemo } from 'react';
import { AddItemButton, ArrayInput, SelectArrayInput, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { StateValues } from '../model/formValues';
import { roleChoices } from './roles';

/** The state keys typed so far, as choices (key and Italian label). */
function useStateChoices() {
  const states = useWatch({ name: 'states' }) as StateValues[] | undefined;
  return useMemo(
    () => (states ?? []).filter((state) => state?.key).map((state) => ({ id: state.key, name: state.label?.it ? `${state.label.it} (${state.key})` : state.key })),
    [states]
  );
}

const FromInput = ({ source }: { source: string }) => (
  <SelectArrayInput source={source} label="workflows.designer.from" choices={useStateChoices()} fullWidth={false} sx={{ width: 260 }} translateChoice={false} />
);

const ToInput = ({ source }: { source: string }) => (
  <SelectInput source={source} label="workflows.designer.to" choices={useStateChoices()} fullWidth={false} sx={{ width: 260 }} translateChoice={false} />
);

/**
 * The transitions: key, from (one or more states), to, labels, the roles that may take it, and its guards
 * and actions as JSON (the definition's own notation; the server checks forms, fields, roles and users).
 */
export const TransitionsEditor = () => (
  <ArrayInput source="transitions" label="workflows.designer.transitions">
    <SimpleFormIterator
      inline
      fullWidth
      addButton={<AddItemButton label="workflows.designer.addTransition" />}
      sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' }, '& .RaSimpleFormIterator-line': { py: 1 } }}
    >
      <TextInput source="key" label="workflows.designer.key" fullWidth={false} sx={{ width: 160 }} />
      <FromInput source="from" />
      <ToInput source="to" />
      <TextInput source="label.it" label="workflows.designer.labelIt" fullWidth={false} sx={{ width: 240 }} />
      <TextInput source="label.en" label="workflows.designer.labelEn" fullWidth={false} sx={{ width: 240 }} />
      <SelectArrayInput source="roles" label="workflows.designer.roles" choices={roleChoices} fullWidth={false} sx={{ width: 300 }} />
      <TextInput source="guardsText" label="workflows.designer.guards" helperText="workflows.designer.guardsHelp" multiline fullWidth={false} sx={{ width: 480 }} />
      <TextInput source="actionsText" label="workflows.designer.actions" helperText="workflows.designer.actionsHelp" multiline fullWidth={false} sx={{ width: 480 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
