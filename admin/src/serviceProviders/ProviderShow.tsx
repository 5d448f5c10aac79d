import {
  BooleanField,
  DataTable,
  EmailField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TextField,
  UrlField,
} from 'react-admin';
import { accreditationStatusChoices, legalFormChoices, serviceStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleFields';
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
        <DataTable bulkActionButtons={false} rowClick="show">
          <DataTable.Col source="service">
            <ReferenceField source="service" reference="services" link={false} />
          </DataTable.Col>
          <DataTable.Col source="register" />
          <DataTable.Col source="validFrom">
            <LocaleDateField source="validFrom" />
          </DataTable.Col>
          <DataTable.Col source="validTo">
            <LocaleDateField source="validTo" />
          </DataTable.Col>
          <DataTable.Col source="status">
            <SelectField source="status" choices={accreditationStatusChoices} />
          </DataTable.Col>
        </DataTable>
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
