import { Typography } from '@mui/material';
import {
  AddItemButton,
  ArrayInput,
  SelectInput,
  SimpleFormIterator,
  TextInput,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import type { GuardValues } from '../model/formValues';
import { useDesignerSettings } from './designerContext';
import { FieldConditionInput } from './FieldConditionInput';
import { usePublishedForms } from './usePublishedForms';

const GUARD_CHOICES = [
  { id: 'form', name: 'workflows.designer.guardTypes.form' },
  { id: 'expression', name: 'workflows.designer.guardTypes.expression' },
];

/** One guard: what kind, then its picker (a published form by name; a form and conditions on its fields). */
const GuardInputs = () => {
  const translate = useTranslate();
  const { language } = useDesignerSettings();
  const { getSource } = useSourceContext();
  const type = useWatch({ name: getSource('type') }) as GuardValues['type'] | undefined;
  const fields = useWatch({ name: getSource('fields') }) as string[] | undefined;
  const forms = usePublishedForms(language);
  const choices = forms.map(({ id, name }) => ({ id, name }));
  return (
    <>
      {type === 'fields' ? (
        <Typography variant="body2" sx={{ alignSelf: 'center' }}>
          {translate('workflows.designer.guardTypes.fields', { n: fields?.length ?? 0 })}
        </Typography>
      ) : (
        <SelectInput
          source="type"
          label="workflows.designer.guardType"
          choices={GUARD_CHOICES}
          fullWidth={false}
          sx={{ width: 300 }}
        />
      )}
      {type === 'form' ? (
        <SelectInput
          source="form"
          label="workflows.designer.form"
          choices={choices}
          translateChoice={false}
          fullWidth={false}
          sx={{ width: 300 }}
        />
      ) : null}
      {type === 'expression' ? (
        <>
          <SelectInput
            source="conditionForm"
            label="workflows.designer.conditionForm"
            choices={choices}
            translateChoice={false}
            fullWidth={false}
            sx={{ width: 300 }}
          />
          <FieldConditionInput />
          <TextInput
            source="message.it"
            label="workflows.designer.guardMessage"
            helperText="workflows.designer.guardMessageHelp"
            fullWidth={false}
            sx={{ width: 360 }}
          />
        </>
      ) : null}
    </>
  );
};

/** The conditions of a transition, from pickers. */
export const GuardsEditor = () => (
  <ArrayInput source="guards" label="workflows.designer.guards">
    <SimpleFormIterator
      inline
      disableReordering
      addButton={<AddItemButton label="workflows.designer.addGuard" />}
      sx={{ '& .RaSimpleFormIterator-form': { flexWrap: 'wrap' } }}
    >
      <GuardInputs />
    </SimpleFormIterator>
  </ArrayInput>
);
