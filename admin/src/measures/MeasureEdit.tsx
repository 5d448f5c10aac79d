import { SimpleForm } from 'react-admin';
import { LocalizedEdit } from '../common/contentLocale/LocalizedEdit';
import { MeasureInputs } from './MeasureInputs';
import { MEASURE_POPULATE } from './populate';

export const MeasureEdit = () => (
  <LocalizedEdit populate={MEASURE_POPULATE}>
    <SimpleForm warnWhenUnsavedChanges>
      <MeasureInputs />
    </SimpleForm>
  </LocalizedEdit>
);
