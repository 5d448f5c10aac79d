import { Alert } from '@mui/material';
import { ArrayInput, Edit, SimpleForm, SimpleFormIterator, TextInput, required, useRecordContext, useTranslate } from 'react-admin';
import type { MinutesRecord } from '../api/types';

const DraftOnly = ({ children }: { children: React.ReactNode }) => {
  const record = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  if (record && record.state !== 'draft') return <Alert severity="info">{translate('governance.minutes.readOnly')}</Alert>;
  return <>{children}</>;
};

/** The secretary's draft: title, opening text and the text of each agenda item (HTML, sanitised by the server). */
export const MinutesEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <DraftOnly>
        <TextInput source="title" validate={required()} fullWidth />
        <TextInput source="body" multiline minRows={4} fullWidth />
        <ArrayInput source="items">
          <SimpleFormIterator disableAdd disableRemove disableReordering>
            <TextInput source="title" readOnly fullWidth helperText={false} />
            <TextInput source="text" multiline minRows={3} fullWidth helperText={false} />
          </SimpleFormIterator>
        </ArrayInput>
      </DraftOnly>
    </SimpleForm>
  </Edit>
);
