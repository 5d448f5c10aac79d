import { DataTable, ReferenceField, ReferenceManyField, SelectField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { ExampleDataChip } from '../common/ExampleDataChip';
import { REGULATION_POPULATE, ruleChoices, schemeChoices, TARIFF_POPULATE, unitChoices } from '../common/choices';
import { TariffSummary } from '../tariffs/TariffSummary';

/** A regulation version and its tariffs, one per service. */
export const RegulationShow = () => (
  <Show queryOptions={{ meta: { populate: REGULATION_POPULATE } }}>
    <SimpleShowLayout>
      <TextField source="name" />
      <ExampleDataChip />
      <SelectField source="scheme" choices={schemeChoices} />
      <ReferenceField source="municipality" reference="municipalities" emptyText="—" />
      <LocaleDateField source="validFrom" />
      <LocaleDateField source="validTo" emptyText="—" />
      <TextField source="approvalAct" emptyText="—" />
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
      <ReferenceManyField
        source="id"
        reference="copayment-tariffs"
        target="regulation"
        label="resources.copayment-regulations.fields.tariffs"
        queryOptions={{ meta: { populate: TARIFF_POPULATE } }}
      >
        <DataTable rowClick="show" bulkActionButtons={false}>
          <DataTable.Col source="service" label="resources.copayment-tariffs.fields.service">
            <ReferenceField source="service" reference="services" link={false} />
          </DataTable.Col>
          <DataTable.Col source="unit" label="resources.copayment-tariffs.fields.unit">
            <SelectField source="unit" choices={unitChoices} />
          </DataTable.Col>
          <DataTable.Col source="unitCost" label="resources.copayment-tariffs.fields.unitCost">
            <EuroField source="unitCost" />
          </DataTable.Col>
          <DataTable.Col source="rule" label="resources.copayment-tariffs.fields.rule">
            <SelectField source="rule" choices={ruleChoices} />
          </DataTable.Col>
          <DataTable.Col source="summary" label="resources.copayment-tariffs.fields.summary" disableSort>
            <TariffSummary />
          </DataTable.Col>
        </DataTable>
      </ReferenceManyField>
    </SimpleShowLayout>
  </Show>
);
