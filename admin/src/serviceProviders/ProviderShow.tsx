import {
  BooleanField,
  DataTable,
  EmailField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { AccreditationTable } from '../accreditations/AccreditationTable';
import { legalFormChoices, serviceStatusChoices } from '../common/enums';
import { Section } from '../common/Section';
import { ExampleDataBadge } from './ExampleDataBadge';

const ACCREDITATION_POPULATE = { service: { fields: ['name'] } };

export const ProviderShow = () => (
  <Show>
    <Section inset title="ambito.tabs.general">
      <SimpleShowLayout>
        <ExampleDataBadge />
        <TextField source="name" />
        <SelectField source="legalForm" choices={legalFormChoices} />
        <TextField source="vatNumber" emptyText="—" />
        <TextField source="fiscalCode" emptyText="—" />
        <BooleanField source="thirdSector" />
      </SimpleShowLayout>
    </Section>
    <Section inset title="ambito.tabs.contacts">
      <SimpleShowLayout>
        <TextField source="address" emptyText="—" />
        <TextField source="city" emptyText="—" />
        <EmailField source="email" emptyText="—" />
        <TextField source="phone" emptyText="—" />
        <UrlField source="website" emptyText="—" target="_blank" rel="noopener noreferrer" />
      </SimpleShowLayout>
    </Section>
    <Section inset title="ambito.tabs.accreditations">
      <ReferenceManyField
        reference="accreditations"
        target="provider"
        sort={{ field: 'validFrom', order: 'DESC' }}
        queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
      >
        <AccreditationTable parties={['service']} />
      </ReferenceManyField>
    </Section>
    <Section inset title="ambito.tabs.services">
      <ReferenceManyField reference="services" target="providers" sort={{ field: 'name', order: 'ASC' }}>
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="name" />
          <DataTable.Col source="status">
            <SelectField source="status" choices={serviceStatusChoices} />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </Section>
  </Show>
);
