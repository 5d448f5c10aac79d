import {
  DataTable,
  EditButton,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  SimpleShowLayout,
  TopToolbar,
  useRecordContext,
} from 'react-admin';
import { LocaleDateField } from '../../common/LocaleFields';
import { Section } from '../../common/Section';
import { beneficiaryName } from '../common/BeneficiaryName';
import { caseStatusChoices } from '../common/choices';
import { useCasesAction } from '../common/useRole';
import { BeneficiaryFields } from './BeneficiaryFields';
import { GdprActions } from './GdprActions';
import { HouseholdMembers } from './HouseholdMembers';
import { withPopulate } from '../common/populate';

const BeneficiaryTitle = () => <>{beneficiaryName(useRecordContext())}</>;

const BeneficiaryActions = () => {
  const record = useRecordContext();
  const mayEdit = useCasesAction('edit', 'beneficiaries');
  return <TopToolbar>{mayEdit && !record?.anonymisedAt ? <EditButton /> : null}</TopToolbar>;
};

/** A person: identity, contacts, special-category data (for those who hold them), household, case files, GDPR. */
export const BeneficiaryShow = () => (
  <Show title={<BeneficiaryTitle />} actions={<BeneficiaryActions />} queryOptions={withPopulate('beneficiaries')}>
    <SimpleShowLayout>
      <BeneficiaryFields />
      <Section title="cases.show.household">
        <HouseholdMembers />
      </Section>
      <Section title="cases.show.caseFiles">
        <ReferenceManyField
          reference="cases"
          target="beneficiary"
          sort={{ field: 'openedAt', order: 'DESC' }}
          queryOptions={withPopulate('cases')}
        >
          <DataTable bulkActionButtons={false} rowClick="show">
            <DataTable.Col source="code" />
            <DataTable.Col source="service">
              <ReferenceField source="service" reference="services" link={false} emptyText="—" />
            </DataTable.Col>
            <DataTable.Col source="status">
              <SelectField source="status" choices={caseStatusChoices} />
            </DataTable.Col>
            <DataTable.Col source="openedAt">
              <LocaleDateField source="openedAt" />
            </DataTable.Col>
          </DataTable>
        </ReferenceManyField>
      </Section>
      <GdprActions />
    </SimpleShowLayout>
  </Show>
);
