import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar } from 'react-admin';
import { BodyInputs } from './BodyInputs';
import { RulesInputs } from './RulesInputs';

const BodyToolbar = () => (
  <Toolbar sx={{ justifyContent: 'space-between' }}>
    <SaveButton />
    <DeleteButton mutationMode="pessimistic" />
  </Toolbar>
);

/** Edits a body, its composition and quorum rules; deleting it is refused by the server once it has had meetings. */
export const BodyEdit = () => (
  <Edit redirect="show" mutationMode="pessimistic">
    <SimpleForm toolbar={<BodyToolbar />}>
      <BodyInputs creating={false} />
      <RulesInputs />
    </SimpleForm>
  </Edit>
);
