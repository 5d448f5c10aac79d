import { DataTable, ReferenceField, SelectField } from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { BeneficiaryField } from '../common/BeneficiaryName';
import { caseStatusChoices } from '../common/choices';
import { AssignedOperatorField } from '../common/AssignedOperatorField';

/** The columns of every list of case files (all, worklists): code, person, comune, service, assigned operator, status, opening. */
export const CaseColumns = () => (
  <>
    <DataTable.Col source="code" />
    <DataTable.Col source="beneficiary" disableSort>
      <BeneficiaryField />
    </DataTable.Col>
    <DataTable.Col source="municipality" disableSort>
      <ReferenceField source="municipality" reference="municipalities" link={false} emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="service" disableSort>
      <ReferenceField source="service" reference="services" link={false} emptyText="—" />
    </DataTable.Col>
    <DataTable.Col source="assignedOperator" disableSort>
      <AssignedOperatorField />
    </DataTable.Col>
    <DataTable.Col source="status">
      <SelectField source="status" choices={caseStatusChoices} />
    </DataTable.Col>
    <DataTable.Col source="openedAt">
      <LocaleDateField source="openedAt" />
    </DataTable.Col>
  </>
);
