import { Create, Edit, type RaRecord } from 'react-admin';
import { useLocation } from 'react-router-dom';
import { householdMembersPayload } from '../model/household';
import { withPopulate } from '../common/populate';
import { HouseholdForm } from './HouseholdInputs';

/** Where to go once saved: the page that opened the form (`state.returnTo`), else the person's page. */
function useReturnTo() {
  const returnTo = (useLocation().state as { returnTo?: string } | null)?.returnTo;
  return (_resource?: string, _id?: unknown, data?: Partial<RaRecord>) =>
    returnTo ?? `beneficiaries/${encodeURIComponent(String(data?.beneficiary))}/show`;
}

// The answer must carry the beneficiary (relations come only when asked for) to go back to them.
const withBeneficiary = { meta: { populate: ['beneficiary'] } };

/** The operator records the household of a person of their comune (the server allows one per person). */
export const HouseholdCreate = () => (
  <Create
    title="cases.household.title"
    redirect={useReturnTo()}
    mutationOptions={withBeneficiary}
    transform={(values) => ({ beneficiary: values.beneficiary, members: householdMembersPayload(values.members) })}
  >
    <HouseholdForm />
  </Create>
);

/** The operator adds, corrects or removes members of a household and their relation; the person stays. */
export const HouseholdEdit = () => (
  <Edit
    title="cases.household.title"
    redirect={useReturnTo()}
    mutationMode="pessimistic"
    queryOptions={withPopulate('households')}
    mutationOptions={withBeneficiary}
    transform={(values) => ({ members: householdMembersPayload(values.members) })}
  >
    <HouseholdForm />
  </Edit>
);
