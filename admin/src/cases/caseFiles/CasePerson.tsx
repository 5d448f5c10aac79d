import { ReferenceField, useRecordContext } from 'react-admin';
import { Section } from '../../common/Section';
import { BeneficiaryFields } from '../beneficiaries/BeneficiaryFields';
import { HouseholdMembers } from '../beneficiaries/HouseholdMembers';
import { useRole } from '../common/useRole';

/** The case's person (and, for the comune's operators, the household). */
export const CasePerson = () => {
  const role = useRole();
  const record = useRecordContext();
  return (
    <>
      <ReferenceField source="beneficiary" reference="beneficiaries" link={false}>
        <BeneficiaryFields />
      </ReferenceField>
      {role === 'operator' ? (
        <Section title="cases.show.household">
          <HouseholdMembers
            source="beneficiary"
            returnTo={record ? `cases/${encodeURIComponent(String(record.id))}/show/person` : undefined}
          />
        </Section>
      ) : null}
    </>
  );
};
