import { DateInput, Edit, ReferenceInput, AutocompleteInput, SelectInput, SimpleForm, TextInput } from 'react-admin';
import { caseStatusChoices } from '../common/choices';
import { pickFields } from '../model/pick';
import { withPopulate } from '../common/populate';

const EDITABLE = ['service', 'area', 'status', 'closedAt', 'summary'];

const byName = { field: 'name', order: 'ASC' } as const;

/** The operator updates a case file: service, area, summary; closes it. Code, comune and person stay. */
export const CaseEdit = () => (
  <Edit
    redirect="show"
    mutationMode="pessimistic"
    queryOptions={withPopulate('cases')}
    transform={(values) => pickFields(values, EDITABLE)}
  >
    <SimpleForm warnWhenUnsavedChanges>
      <TextInput source="code" disabled />
      <ReferenceInput source="service" reference="services" sort={byName}>
        <AutocompleteInput optionText="name" sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <ReferenceInput source="area" reference="areas" sort={byName}>
        <AutocompleteInput optionText="name" sx={{ minWidth: 360 }} />
      </ReferenceInput>
      <SelectInput source="status" choices={caseStatusChoices} />
      <DateInput source="closedAt" />
      <TextInput source="summary" multiline minRows={3} fullWidth />
    </SimpleForm>
  </Edit>
);
