import { AutocompleteInput, DataTable, List, ReferenceField, ReferenceInput, SelectField } from 'react-admin';
import { EuroField } from '../../common/LocaleFields';
import { ruleChoices, TARIFF_POPULATE, unitChoices } from '../common/choices';
import { TariffSummary } from './TariffSummary';

const byName = { field: 'name', order: 'ASC' } as const;

const filters = [
  <ReferenceInput key="service" source="service" reference="services" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 320 }} />
  </ReferenceInput>,
];

/** Every tariff side by side: filtered by service, the comuni's tariffs of today beside the uniform proposal. */
export const TariffList = () => (
  <List
    filters={filters}
    sort={{ field: 'createdAt', order: 'ASC' }}
    perPage={25}
    queryOptions={{ meta: { populate: TARIFF_POPULATE } }}
  >
    <DataTable rowClick="show">
      <DataTable.Col source="regulation" disableSort>
        <ReferenceField source="regulation" reference="copayment-regulations" link={false} />
      </DataTable.Col>
      <DataTable.Col source="service" disableSort>
        <ReferenceField source="service" reference="services" link={false} />
      </DataTable.Col>
      <DataTable.Col source="unit">
        <SelectField source="unit" choices={unitChoices} />
      </DataTable.Col>
      <DataTable.Col source="unitCost">
        <EuroField source="unitCost" />
      </DataTable.Col>
      <DataTable.Col source="rule">
        <SelectField source="rule" choices={ruleChoices} />
      </DataTable.Col>
      <DataTable.Col source="summary" disableSort>
        <TariffSummary />
      </DataTable.Col>
      <DataTable.Col source="monthlyCap">
        <EuroField source="monthlyCap" emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </List>
);
