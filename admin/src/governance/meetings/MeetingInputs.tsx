import { ArrayInput, ReferenceInput, required, SelectInput, SimpleFormIterator, TextInput } from 'react-admin';
import { RomeDateTimeInput } from '../../common/RomeDateTimeInput';

/** When, where and what: the agenda's items (documents are attached on the meeting's page). */
export const MeetingInputs = ({ creating }: { creating: boolean }) => (
  <>
    {creating ? (
      <ReferenceInput source="body" reference="governance-bodies">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
    ) : null}
    <TextInput source="title" validate={required()} fullWidth />
    <RomeDateTimeInput source="startsAt" validate={required()} />
    <RomeDateTimeInput source="endsAt" />
    <TextInput source="place" fullWidth />
    <TextInput source="onlineUrl" type="url" fullWidth />
    <ArrayInput source="agenda">
      <SimpleFormIterator inline disableReordering>
        <TextInput source="title" validate={required()} sx={{ minWidth: 320 }} helperText={false} />
        <TextInput source="description" multiline sx={{ minWidth: 420 }} helperText={false} />
      </SimpleFormIterator>
    </ArrayInput>
  </>
);
