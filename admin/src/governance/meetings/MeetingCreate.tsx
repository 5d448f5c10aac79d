import { Create, SimpleForm } from 'react-admin';
import { MeetingInputs } from './MeetingInputs';

/** A new meeting, in preparation until convened. */
export const MeetingCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <MeetingInputs creating />
    </SimpleForm>
  </Create>
);
