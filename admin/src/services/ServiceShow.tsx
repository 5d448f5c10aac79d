import {
  ArrayField,
  DataTable,
  EmailField,
  ReferenceArrayField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  SimpleShowLayout,
  TextField,
} from 'react-admin';
import { LocalizedShow } from '../common/contentLocale/LocalizedShow';
import { AccreditationTable } from '../accreditations/AccreditationTable';
import { managementChoices, procurementModeChoices, serviceStatusChoices } from '../common/enums';
import { EuroField } from '../common/LocaleFields';
import { EmptyValue } from '../common/EmptyValue';
import { Section } from '../common/Section';
import { SERVICE_POPULATE } from './populate';

const ACCREDITATION_POPULATE = { provider: { fields: ['name'] } };

export const ServiceShow = () => (
  <LocalizedShow populate={SERVICE_POPULATE}>
    <Section inset title="ambito.tabs.general">
      <SimpleShowLayout>
        <TextField source="name" />
        <TextField source="code" />
        <ReferenceField source="area" reference="areas" emptyText="—" />
        <SelectField source="procurementMode" choices={procurementModeChoices} />
        <SelectField source="management" choices={managementChoices} />
        <SelectField source="status" choices={serviceStatusChoices} />
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.texts">
      <SimpleShowLayout>
        <TextField source="description" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <TextField source="target" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <TextField source="eligibility" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
        <TextField source="howToApply" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.relations">
      <SimpleShowLayout>
        <ReferenceArrayField source="municipalities" reference="municipalities" />
        <ReferenceArrayField source="providers" reference="providers" />
        <ReferenceArrayField source="fundingSources" reference="funding-sources" />
        <ReferenceArrayField source="measures" reference="measures" />
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.lots">
      <SimpleShowLayout>
        <ArrayField source="lots" label={false}>
          <DataTable bulkActionButtons={false} rowClick={false} empty={<EmptyValue />}>
            <DataTable.Col source="name" label="resources.services.fields.lotName" />
            <DataTable.Col source="scope" label="resources.services.fields.lotScope" />
          </DataTable>
        </ArrayField>
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.contacts">
      <SimpleShowLayout>
        <TextField source="contactOffice" emptyText="—" />
        <EmailField source="contactEmail" emptyText="—" />
        <TextField source="contactPhone" emptyText="—" />
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.internal">
      <SimpleShowLayout>
        <EuroField source="yearlyBudget" emptyText="—" />
        <TextField source="internalNotes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      </SimpleShowLayout>
    </Section>

    <Section inset title="ambito.tabs.accreditations">
      <ReferenceManyField
        reference="accreditations"
        target="service"
        sort={{ field: 'validFrom', order: 'DESC' }}
        queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
      >
        <AccreditationTable parties={['provider']} />
      </ReferenceManyField>
    </Section>
  </LocalizedShow>
);
