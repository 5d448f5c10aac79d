import { Create, SimpleForm } from 'react-admin';
import { BodyInputs } from './BodyInputs';

export const BodyCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <BodyInputs creating />
    </SimpleForm>
  </Create>
);
