import { Edit, SimpleForm } from 'react-admin';
import { REGULATION_POPULATE } from '../common/choices';
import { RegulationInputs } from './RegulationInputs';

export const RegulationEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ meta: { populate: REGULATION_POPULATE } }}
    mutationOptions={{ meta: { populate: REGULATION_POPULATE } }}
  >
    <SimpleForm warnWhenUnsavedChanges>
      <RegulationInputs />
    </SimpleForm>
  </Edit>
);
