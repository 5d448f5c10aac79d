import {
  ArrayField,
  BooleanField,
  DataTable,
  ReferenceManyField,
  SelectField,
  useBasename,
  useRecordContext,
  useTranslate,
  WithListContext,
} from 'react-admin';
import { Button, Typography } from '@mui/material';
import EditIcon from '@mui/icons-material/Edit';
import { Link } from 'react-router-dom';
import { LocaleDateField } from '../../common/LocaleFields';
import { relationChoices } from '../common/choices';
import { withPopulate } from '../common/populate';
import { useCasesAction } from '../common/useRole';

/**
 * The household of a beneficiary (`/api/households?filters[beneficiary]=`), its members in a table.
 * `source` names the record's field holding the beneficiary (the beneficiary page itself: `id`);
 * `returnTo` is where the household form goes back to once saved. Operators record or edit it from
 * here (not for an anonymised person: nothing of theirs is kept).
 */
export const HouseholdMembers = ({ source = 'id', returnTo }: { source?: string; returnTo?: string }) => {
  const translate = useTranslate();
  const record = useRecordContext();
  const basename = useBasename();
  const mayCreate = useCasesAction('create', 'households');
  const mayEdit = useCasesAction('edit', 'households');
  const beneficiary = record?.[source] as string | undefined;
  const writable = !record?.anonymisedAt;
  return (
    <ReferenceManyField
      reference="households"
      target="beneficiary"
      source={source}
      perPage={1}
      queryOptions={withPopulate('households')}
    >
      <WithListContext
        render={({ data, isPending }) => {
          if (isPending) return null;
          const household = data?.[0];
          const members = (household?.members as unknown[] | undefined) ?? [];
          return (
            <>
              {members.length === 0 ? (
                <Typography color="text.secondary">{translate('cases.show.noHousehold')}</Typography>
              ) : (
                <ArrayField source="members" record={household} resource="households">
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
              )}
              {household && mayEdit && writable ? (
                <Button
                  component={Link}
                  to={`${basename}/households/${encodeURIComponent(String(household.id))}`}
                  state={{ returnTo }}
                  startIcon={<EditIcon />}
                  sx={{ mt: 1 }}
                >
                  {translate('cases.show.editHousehold')}
                </Button>
              ) : null}
              {!household && mayCreate && beneficiary && writable ? (
                <Button
                  component={Link}
                  to={`${basename}/households/create`}
                  state={{ record: { beneficiary, members: [] }, returnTo }}
                  startIcon={<EditIcon />}
                  sx={{ mt: 1 }}
                >
                  {translate('cases.show.addHousehold')}
                </Button>
              ) : null}
            </>
          );
        }}
      />
    </ReferenceManyField>
  );
};
