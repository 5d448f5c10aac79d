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
  <SelectArrayInput source={source} label="workflows.designer.from" choices={useStateChoices()} sx={{ minWidth: 200 }} translateChoice={false} />
);

const ToInput = ({ source }: { source: string }) => (
  <SelectInput source={source} label="workflows.designer.to" choices={useStateChoices()} sx={{ minWidth: 200 }} translateChoice={false} />
);

/**
 * The transitions: key, from (one or more states), to, labels, the roles that may take it, and its guards
 * and actions as JSON (the definition's own notation; the server checks forms, fields, roles and users).
 */
export const TransitionsEditor = () => (
  <ArrayInput source="transitions" label="workflows.designer.transitions">
    <SimpleFormIterator inline addButton={<AddItemButton label="workflows.designer.addTransition" />}>
      <TextInput source="key" label="workflows.designer.key" sx={{ width: 150 }} />
      <FromInput source="from" />
      <ToInput source="to" />
      <TextInput source="label.it" label="workflows.designer.labelIt" sx={{ width: 200 }} />
      <TextInput source="label.en" label="workflows.designer.labelEn" sx={{ width: 200 }} />
      <SelectArrayInput source="roles" label="workflows.designer.roles" choices={roleChoices} sx={{ minWidth: 220 }} />
      <TextInput source="guardsText" label="workflows.designer.guards" helperText="workflows.designer.guardsHelp" multiline minRows={1} sx={{ width: 420 }} />
      <TextInput source="actionsText" label="workflows.designer.actions" helperText="workflows.designer.actionsHelp" multiline minRows={1} sx={{ width: 420 }} />
    </SimpleFormIterator>
  </ArrayInput>
);
