import { DataTable, List, ReferenceField, SelectField } from 'react-admin';
import { procurementModeChoices, serviceStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleFields';
import { SERVICE_LIST_POPULATE } from './populate';
import { serviceFilters } from './serviceFilters';

export const ServiceList = () => (
  <List
    filters={serviceFilters}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={25}
    queryOptions={{ meta: { populate: SERVICE_LIST_POPULATE } }}
  >
    <DataTable rowClick="show">
      <DataTable.Col source="name" />
      <DataTable.Col source="area" disableSort>
        <ReferenceField source="area" reference="areas" link={false} />
      </DataTable.Col>
      <DataTable.Col source="procurementMode">
        <SelectField source="procurementMode" choices={procurementModeChoices} />
      </DataTable.Col>
      <DataTable.Col source="status">
        <SelectField source="status" choices={serviceStatusChoices} />
      </DataTable.Col>
      <DataTable.Col source="updatedAt">
        <LocaleDateField source="updatedAt" />
      </DataTable.Col>
    </DataTable>
  </List>
);
