import { ArrayField, BooleanField, DataTable, ReferenceManyField, SelectField, useTranslate, WithListContext } from 'react-admin';
import { Typography } from '@mui/material';
import { LocaleDateField } from '../../common/LocaleFields';
import { relationChoices } from '../common/choices';
import { withPopulate } from '../common/populate';

/**
 * The household of a beneficiary (`/api/households?filters[beneficiary]=`), its members in a table.
 * `source` names the record's field holding the beneficiary (the beneficiary page itself: `id`).
 */
export const HouseholdMembers = ({ source = 'id' }: { source?: string }) => {
  const translate = useTranslate();
  return (
    <ReferenceManyField reference="households" target="beneficiary" source={source} perPage={1} queryOptions={withPopulate('households')}>
      <WithListContext
        render={({ data, isPending }) =>
          isPending ? null : !data || data.length === 0 ? (
            <Typography color="text.secondary">{translate('cases.show.noHousehold')}</Typography>
          ) : null
        }
      />
      <WithListContext
        render={({ data }) =>
          data?.[0] ? (
            <ArrayField source="members" record={data[0]} resource="households">
              <DataTable bulkActionButtons={false}>
                <DataTable.Col source="lastName" label="resources.households.fields.members.lastName" />
                <DataTable.Col source="firstName" label="resources.households.fields.members.firstName" />
                <DataTable.Col source="relation" label="resources.households.fields.members.relation">
                  <SelectField source="relation" choices={relationChoices} />
                </DataTable.Col>
                <DataTable.Col source="birthDate" label="resources.households.fields.members.birthDate">
                  <LocaleDateField source="birthDate" />
                </DataTable.Col>
                <DataTable.Col source="livesWith" label="resources.households.fields.members.livesWith">
                  <BooleanField source="livesWith" />
                </DataTable.Col>
              </DataTable>
            </ArrayField>
          ) : null
        }
      />
    </ReferenceManyField>
  );
};
