import { Edit, SimpleForm } from 'react-admin';
import { AccreditationInputs } from './AccreditationInputs';
import { ACCREDITATION_POPULATE } from './populate';

export const AccreditationEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
    mutationOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
  >
    <SimpleForm warnWhenUnsavedChanges>
      <AccreditationInputs />
    </SimpleForm>
  </Edit>
);
