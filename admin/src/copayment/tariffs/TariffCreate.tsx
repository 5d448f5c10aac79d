import { Create, SimpleForm } from 'react-admin';
import { TariffInputs } from './TariffInputs';

export const TariffCreate = () => (
  <Create redirect="show">
    <SimpleForm
      defaultValues={{ rule: 'bands', unit: 'hour', rounding: 'cent', bands: [{ iseeFrom: 0, iseeTo: null, sharePercent: 0 }] }}
      warnWhenUnsavedChanges
    >
      <TariffInputs />
    </SimpleForm>
  </Create>
);
