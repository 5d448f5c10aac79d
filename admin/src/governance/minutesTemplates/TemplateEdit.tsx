import { Alert } from '@mui/material';
import {
  ArrayInput,
  Edit,
  FormDataConsumer,
  required,
  SaveButton,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import type { MinutesTemplateRecord } from '../api/types';

const KIND_CHOICES = [
  { id: 'fixed', name: 'governance.template.kindFixed' },
  { id: 'agenda', name: 'governance.template.kindAgenda' },
];

const Title = () => {
  const record = useRecordContext<MinutesTemplateRecord>();
  const translate = useTranslate();
  return (
    <span>
      {translate('governance.template.titleOf', {
        type: record ? translate(`governance.bodyTypes.${record.bodyType}`) : '',
      })}
    </span>
  );
};

/** A template is replaced, never deleted (without one the agenda alone is used). */
const TemplateToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** Only one place for the agenda: said next to the list, and again by the server if saved otherwise. */
const validateItems = (items: { kind?: string }[] | undefined) => {
  const agenda = (items ?? []).filter((item) => item?.kind === 'agenda').length;
  return agenda === 1 ? undefined : 'governance.template.agendaOnce';
};

/** The fixed items of a body type's minutes and where the agenda items go, in order. */
export const TemplateEdit = () => {
  const translate = useTranslate();
  return (
    <Edit title={<Title />} mutationMode="pessimistic" redirect="list">
      <SimpleForm toolbar={<TemplateToolbar />}>
        <Alert severity="info" sx={{ mb: 2 }}>
          {translate('governance.template.help')}
        </Alert>
        <ArrayInput source="items" validate={validateItems}>
          <SimpleFormIterator inline disableClear>
            <SelectInput source="kind" choices={KIND_CHOICES} validate={required()} defaultValue="fixed" helperText={false} />
            <FormDataConsumer>
              {({ scopedFormData }) =>
                (scopedFormData as { kind?: string } | undefined)?.kind === 'agenda' ? null : (
                  <>
                    <TextInput source="title" validate={required()} helperText={false} sx={{ minWidth: 320 }} />
                    <TextInput source="text" multiline helperText={false} sx={{ minWidth: 320 }} />
                  </>
                )
              }
            </FormDataConsumer>
          </SimpleFormIterator>
        </ArrayInput>
      </SimpleForm>
    </Edit>
  );
};
