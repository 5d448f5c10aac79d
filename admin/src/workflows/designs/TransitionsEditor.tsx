import { useMemo } from 'react';
import { Box } from '@mui/material';
import {
  AddItemButton,
  ArrayInput,
  BooleanInput,
  SelectArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { StateValues } from '../model/formValues';
import { ActionsEditor } from './ActionsEditor';
import { useDesignerSettings } from './designerContext';
import { GuardsEditor } from './GuardsEditor';
import { KeyedLabelInput, KeyInput } from './KeyedLabelInput';
import { roleChoices } from './roles';

/** The states of the draft as choices, by their Italian label (the key stays behind). */
function useStateChoices() {
  const states = useWatch({ name: 'states' }) as StateValues[] | undefined;
  return useMemo(
    () => (states ?? []).filter((state) => state?.key).map((state) => ({ id: state.key, name: state.label?.it || state.key })),
    [states]
  );
}

const FromInput = () => (
  <SelectArrayInput
    source="from"
    label="workflows.designer.from"
    choices={useStateChoices()}
    fullWidth={false}
    sx={{ width: 260 }}
    translateChoice={false}
  />
);

const ToInput = () => (
  <SelectInput
    source="to"
    label="workflows.designer.to"
    choices={useStateChoices()}
    fullWidth={false}
    sx={{ width: 260 }}
    translateChoice={false}
  />
);

/**
 * The transitions: name (the key follows it), from (one or more states), to, the roles that may take it,
 * whether a comment is required, its conditions and its actions from pickers.
 */
export const TransitionsEditor = () => {
  const { advanced } = useDesignerSettings();
  return (
    <ArrayInput source="transitions" label="workflows.designer.transitions">
      <SimpleFormIterator
        inline
        fullWidth
        addButton={<AddItemButton label="workflows.designer.addTransition" />}
        sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' }, '& .RaSimpleFormIterator-line': { py: 1 } }}
      >
        <KeyedLabelInput list="transitions" label="workflows.designer.transitionName" width={220} />
        <FromInput />
        <ToInput />
        {/* A new transition is the UdP's until it says otherwise. */}
        <SelectArrayInput
          source="roles"
          label="workflows.designer.roles"
          choices={roleChoices}
          defaultValue={['udp']}
          fullWidth={false}
          sx={{ width: 280 }}
        />
        <TextInput
          source="label.en"
          label="workflows.designer.labelEn"
          helperText="workflows.designer.englishOptional"
          fullWidth={false}
          sx={{ width: 200 }}
        />
        <BooleanInput source="commentRequired" label="workflows.designer.commentRequired" />
        {advanced ? <KeyInput list="transitions" /> : <></>}
        <Box sx={{ width: '100%' }}>
          <GuardsEditor />
          <ActionsEditor />
        </Box>
      </SimpleFormIterator>
    </ArrayInput>
  );
};
