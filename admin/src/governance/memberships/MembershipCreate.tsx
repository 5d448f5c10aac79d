import { Create, ReferenceInput, required, SelectInput, SimpleForm } from 'react-admin';
import type { MembershipRecord } from '../api/types';
import { AccountLink } from './AccountLink';
import { MembershipInputs } from './MembershipInputs';

const backToBody = (_resource?: string, _id?: unknown, data?: Partial<MembershipRecord>) =>
  data?.body ? `governance-bodies/${data.body.documentId}/show` : 'governance-bodies';

/** A new member of a body (the body comes from the body's page). */
export const MembershipCreate = () => (
  <Create redirect={backToBody}>
    <SimpleForm>
      <ReferenceInput source="body" reference="governance-bodies">
        <SelectInput optionText="name" validate={required()} />
      </ReferenceInput>
      <MembershipInputs />
      <AccountLink />
    </SimpleForm>
  </Create>
);
