import { AutocompleteInput, ReferenceInput, SearchInput, SelectInput } from 'react-admin';
import { procurementModeChoices, serviceStatusChoices } from '../common/enums';

const byName = { field: 'name', order: 'ASC' } as const;

/** Search by name, and filter by area, procurement mode, municipality (comune) and status. */
export const serviceFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <ReferenceInput key="area" source="area" reference="areas" sort={byName} alwaysOn>
    <SelectInput optionText="name" sx={{ minWidth: 200 }} />
  </ReferenceInput>,
  <SelectInput key="procurementMode" source="procurementMode" choices={procurementModeChoices} alwaysOn sx={{ minWidth: 220 }} />,
  <ReferenceInput key="municipalities" source="municipalities" reference="municipalities" sort={byName} perPage={100} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 220 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={serviceStatusChoices} alwaysOn sx={{ minWidth: 160 }} />,
];
