import { Create, SimpleForm } from 'react-admin';
import { FundingSourceInputs } from './FundingSourceInputs';

export const FundingSourceCreate = () => (
  <Create redirect="edit">
    <SimpleForm warnWhenUnsavedChanges>
      <FundingSourceInputs />
    </SimpleForm>
  </Create>
);
