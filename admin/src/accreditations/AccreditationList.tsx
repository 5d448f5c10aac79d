import { AutocompleteInput, List, ReferenceInput, SelectInput } from 'react-admin';
import { accreditationStatusChoices } from '../common/enums';
import { AccreditationTable } from './AccreditationTable';
import { ACCREDITATION_POPULATE } from './populate';

const byName = { field: 'name', order: 'ASC' } as const;

const accreditationFilters = [
  <ReferenceInput key="provider" source="provider" reference="providers" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <ReferenceInput key="service" source="service" reference="services" sort={byName} alwaysOn>
    <AutocompleteInput optionText="name" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
  <SelectInput key="status" source="status" choices={accreditationStatusChoices} alwaysOn sx={{ minWidth: 180 }} />,
];

export const AccreditationList = () => (
  <List
    filters={accreditationFilters}
    sort={{ field: 'validFrom', order: 'DESC' }}
    perPage={25}
    queryOptions={{ meta: { populate: ACCREDITATION_POPULATE } }}
  >
    <AccreditationTable parties={['provider', 'service']} inList />
  </List>
);
