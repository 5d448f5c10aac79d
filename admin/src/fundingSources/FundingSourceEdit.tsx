import { SimpleForm } from 'react-admin';
import { LocalizedEdit } from '../common/contentLocale/LocalizedEdit';
import { FundingSourceInputs } from './FundingSourceInputs';

export const FundingSourceEdit = () => (
  <LocalizedEdit>
    <SimpleForm warnWhenUnsavedChanges>
      <FundingSourceInputs />
    </SimpleForm>
  </LocalizedEdit>
);
