import { Edit, SimpleForm } from 'react-admin';
import { MeetingInputs } from './MeetingInputs';

/** Changes a meeting not yet held (once convened, calendars get the new version). */
export const MeetingEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm>
      <MeetingInputs creating={false} />
    </SimpleForm>
  </Edit>
);
