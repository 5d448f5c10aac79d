import { Edit, SimpleForm } from 'react-admin';
import { TARIFF_POPULATE } from '../common/choices';
import { TariffInputs } from './TariffInputs';

export const TariffEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    queryOptions={{ meta: { populate: TARIFF_POPULATE } }}
    mutationOptions={{ meta: { populate: TARIFF_POPULATE } }}
  >
    <SimpleForm warnWhenUnsavedChanges>
      <TariffInputs />
    </SimpleForm>
  </Edit>
);
