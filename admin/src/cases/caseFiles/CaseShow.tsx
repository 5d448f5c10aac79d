import {
  DataTable,
  NumberField,
  ReferenceField,
  ReferenceManyField,
  SelectField,
  Show,
  TabbedShowLayout,
  TextField,
  useGetOne,
  useRecordContext,
} from 'react-admin';
import { EuroField, LocaleDateField } from '../../common/LocaleFields';
import { Section } from '../../common/Section';
import { BeneficiaryField } from '../common/BeneficiaryName';
import { AssignedOperatorField } from '../common/AssignedOperatorField';
import { caseStatusChoices, referralStatusChoices, unitChoices, voucherStatusChoices } from '../common/choices';
import { useRole } from '../common/useRole';
import { CaseActions } from './CaseActions';
import { CasePerson } from './CasePerson';
import { CaseTimeline } from './CaseTimeline';
import { CaseFormsSection } from './forms/CaseFormsSection';
import { WorkflowPanel } from '../../workflows/WorkflowPanel';
import { CASE_SUBJECT_TYPE } from '../api/casesApi';
import { withPopulate } from '../common/populate';

const CaseTitle = () => {
  const record = useRecordContext();
  return <>{record?.code ?? ''}</>;
};

/** A case follows one workflow: its own (or, if it has none, its service's) is offered only while none runs. */
const CaseWorkflowSection = () => {
  const record = useRecordContext();
  const { data: service } = useGetOne(
    'services',
    { id: record?.service },
    { enabled: !!record?.service && !record?.workflowKey }
  );
  const single = (record?.workflowKey as string | undefined) || (service?.caseWorkflow as string | undefined) || null;
  return record ? (
    <Section title="cases.show.workflow">
      <WorkflowPanel
        subjectType={CASE_SUBJECT_TYPE}
        documentId={String(record.id)}
        allowStart={record.status !== 'closed'}
        single={single}
      />
    </Section>
  ) : null;
};

const CaseTimelineTab = () => {
  const record = useRecordContext();
  return record ? <CaseTimeline caseId={String(record.id)} /> : null;
};

/** A case page: summary and pathway, person and household, timeline, interventions, referrals, vouchers. */
export const CaseShow = () => {
  const role = useRole();
  return (
    <Show title={<CaseTitle />} actions={<CaseActions />} queryOptions={withPopulate('cases')}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="cases.show.summary">
          <TextField source="code" />
          <SelectField source="status" choices={caseStatusChoices} />
          <BeneficiaryField source="beneficiary" link={role === 'operator' ? 'show' : false} />
          <ReferenceField source="municipality" reference="municipalities" link={false} emptyText="—" />
          <ReferenceField source="service" reference="services" link={false} emptyText="—" />
          <ReferenceField source="area" reference="areas" link={false} emptyText="—" />
          <AssignedOperatorField source="assignedOperator" label="resources.cases.fields.assignedOperator" />
          <LocaleDateField source="openedAt" />
          <LocaleDateField source="closedAt" emptyText="—" />
          {/* Provider staff never receive the summary (special-category) or the housing score: no empty rows for them. */}
          {role === 'operator' ? <NumberField source="housingScore" emptyText="—" /> : null}
          {role === 'operator' ? <TextField source="summary" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} /> : null}
          <CaseFormsSection />
          <CaseWorkflowSection />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cases.show.person" path="person">
          <CasePerson />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cases.show.timeline" path="timeline">
          <CaseTimelineTab />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cases.show.interventions" path="interventions">
          <ReferenceManyField
            reference="interventions"
            target="case"
            sort={{ field: 'periodFrom', order: 'DESC' }}
            label={false}
            queryOptions={withPopulate('interventions')}
          >
            <DataTable bulkActionButtons={false}>
              <DataTable.Col source="service">
                <ReferenceField source="service" reference="services" link={false} />
              </DataTable.Col>
              <DataTable.Col source="provider">
                <ReferenceField source="provider" reference="providers" link={false} emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="periodFrom">
                <LocaleDateField source="periodFrom" />
              </DataTable.Col>
              <DataTable.Col source="periodTo">
                <LocaleDateField source="periodTo" />
              </DataTable.Col>
              <DataTable.NumberCol source="quantity" />
              <DataTable.Col source="unit">
                <SelectField source="unit" choices={unitChoices} />
              </DataTable.Col>
              <DataTable.Col source="cost">
                <EuroField source="cost" />
              </DataTable.Col>
              <DataTable.Col source="notes" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cases.show.referrals" path="referrals">
          <ReferenceManyField
            reference="referrals"
            target="case"
            sort={{ field: 'createdAt', order: 'DESC' }}
            label={false}
            queryOptions={withPopulate('referrals')}
          >
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="createdAt">
                <LocaleDateField source="createdAt" />
              </DataTable.Col>
              <DataTable.Col source="toProvider">
                <ReferenceField source="toProvider" reference="providers" link={false} />
              </DataTable.Col>
              <DataTable.Col source="toService">
                <ReferenceField source="toService" reference="services" link={false} emptyText="—" />
              </DataTable.Col>
              <DataTable.Col source="status">
                <SelectField source="status" choices={referralStatusChoices} />
              </DataTable.Col>
              <DataTable.Col source="reason" />
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label="cases.show.vouchers" path="vouchers">
          <ReferenceManyField
            reference="vouchers"
            target="case"
            sort={{ field: 'validFrom', order: 'DESC' }}
            label={false}
            queryOptions={withPopulate('vouchers')}
          >
            <DataTable bulkActionButtons={false} rowClick="show">
              <DataTable.Col source="code" />
              <DataTable.Col source="service">
                <ReferenceField source="service" reference="services" link={false} />
              </DataTable.Col>
              <DataTable.Col source="provider">
                <ReferenceField source="provider" reference="providers" link={false} />
              </DataTable.Col>
              <DataTable.Col source="value">
                <EuroField source="value" />
              </DataTable.Col>
              <DataTable.Col source="balance">
                <EuroField source="balance" />
              </DataTable.Col>
              <DataTable.Col source="status">
                <SelectField source="status" choices={voucherStatusChoices} />
              </DataTable.Col>
            </DataTable>
          </ReferenceManyField>
        </TabbedShowLayout.Tab>
      </TabbedShowLayout>
    </Show>
  );
};
