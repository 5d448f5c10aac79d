import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { accreditationStatusChoices } from '../common/enums';
import { LocaleDateField } from '../common/LocaleFields';

type Party = 'provider' | 'service';

const partyReference: Record<Party, string> = { provider: 'providers', service: 'services' };

/**
 * The accreditations' table: the parties not implied by the page (a provider's page lists services,
 * a service's page lists providers), then register, validity and status.
 */
export const AccreditationTable = ({ parties, inList = false }: { parties: Party[]; inList?: boolean }) => (
  <DataTable rowClick="show" {...(inList ? {} : { bulkActionButtons: false as const })}>
    {parties.map((party) => (
      <DataTable.Col key={party} source={party} disableSort={inList}>
        <ReferenceField source={party} reference={partyReference[party]} link={false} />
      </DataTable.Col>
    ))}
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
);
