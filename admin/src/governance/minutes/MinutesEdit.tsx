import { Alert } from '@mui/material';
import {
  ArrayInput,
  Edit,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  required,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { RichTextInput, RichTextInputToolbar } from 'ra-input-rich-text';
import type { MinutesRecord } from '../api/types';

const DraftOnly = ({ children }: { children: React.ReactNode }) => {
  const record = useRecordContext<MinutesRecord>();
  const translate = useTranslate();
  if (record && record.state !== 'draft') return <Alert severity="info">{translate('governance.minutes.readOnly')}</Alert>;
  return <>{children}</>;
};

/**
 * The secretary's draft: title, opening text and the text of each agenda item, in react-admin's rich-text
 * editor (TipTap); the HTML is sanitised by the server and again by DOMPurify wherever it is shown.
 */
export const MinutesEdit = () => (
  <Edit
    redirect="show"
    mutationMode="pessimistic"
    title={<RecordTitle field="title" fallback="resources.governance-minutes.name" action="ra.action.edit" />}
  >
    <SimpleForm>
      <DraftOnly>
        <TextInput source="title" validate={required()} fullWidth />
        <RichTextInput source="body" fullWidth toolbar={<RichTextInputToolbar size="small" />} />
        <ArrayInput source="items">
          <SimpleFormIterator disableAdd disableRemove disableReordering>
            <TextInput source="title" readOnly fullWidth helperText={false} />
            <RichTextInput source="text" fullWidth helperText={false} toolbar={<RichTextInputToolbar size="small" />} />
          </SimpleFormIterator>
        </ArrayInput>
      </DraftOnly>
    </SimpleForm>
  </Edit>
);
