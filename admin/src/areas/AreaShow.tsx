import { BooleanField, DataTable, ReferenceManyField, SelectField, SimpleShowLayout, TextField } from 'react-admin';
import { LocalizedShow } from '../common/contentLocale/LocalizedShow';
import { serviceStatusChoices } from '../common/enums';
import { Section } from '../common/Section';

export const AreaShow = () => (
  <LocalizedShow>
    <SimpleShowLayout>
      <TextField source="name" />
      <TextField source="code" />
      <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <BooleanField source="legacy" />
    </SimpleShowLayout>
    <Section inset title="ambito.tabs.services">
      <ReferenceManyField reference="services" target="area" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="status">
            <SelectField source="status" choices={serviceStatusChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  </LocalizedShow>
);
