import { Edit, SimpleForm } from 'react-admin';
import { RecordTitle } from '../common/RecordTitle';
import { MeetingInputs } from './MeetingInputs';

/** Changes a meeting not yet held (once convened, calendars get the new version). */
export const MeetingEdit = () => (
  <Edit
    redirect="show"
    mutationMode="pessimistic"
    title={<RecordTitle field="title" fallback="resources.governance-meetings.name" action="ra.action.edit" />}
  >
    <SimpleForm>
      <MeetingInputs creating={false} />
    </SimpleForm>
  </Edit>
);
