import { ReferenceArrayField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { LocalizedShow } from '../common/contentLocale/LocalizedShow';
import { measureLevelChoices } from '../common/enums';
import { MEASURE_POPULATE } from './populate';

export const MeasureShow = () => (
  <LocalizedShow populate={MEASURE_POPULATE}>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="level" choices={measureLevelChoices} />
      <TextField source="legalBasis" emptyText="—" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <ReferenceArrayField source="fundingSources" reference="funding-sources" />
    </SimpleShowLayout>
  </LocalizedShow>
);
