import { SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { LocalizedShow } from '../common/contentLocale/LocalizedShow';
import { fundingLevelChoices } from '../common/enums';

export const FundingSourceShow = () => (
  <LocalizedShow>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <SelectField source="level" choices={fundingLevelChoices} />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
    </SimpleShowLayout>
  </LocalizedShow>
);
