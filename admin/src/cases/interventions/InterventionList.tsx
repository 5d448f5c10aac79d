import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { unitChoices } from '../common/choices';
import { withPopulate } from '../common/populate';

/** Services delivered: the operator's comuni, or what the provider recorded. */
export const InterventionList = () => (
  <List sort={{ field: 'periodFrom', order: 'DESC' }} perPage={25} exporter={false} queryOptions={withPopulate('interventions')}>
    <DataTable rowClick={false} bulkActionButtons={false}>
      <DataTable.Col source="case" disableSort>
        <ReferenceField source="case" reference="cases" link="show" />
      </DataTable.Col>
      <DataTable.Col source="service" disableSort>
        <ReferenceField source="service" reference="services" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="provider" disableSort>
        <ReferenceField source="provider" reference="providers" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="periodFrom">
        <LocaleDateField source="periodFrom" />
      </DataTable.Col>
      <DataTable.Col source="periodTo">
        <LocaleDateField source="periodTo" />
      </DataTable.Col>
      <DataTable.NumberCol source="quantity" />
      <DataTable.Col source="unit">
        <SelectField source="unit" choices={unitChoices} />
      </DataTable.Col>
      <DataTable.Col source="cost">
        <EuroField source="cost" />
      </DataTable.Col>
    </DataTable>
  </List>
);
