import { Edit, SimpleForm } from 'react-admin';
import type { MembershipRecord } from '../api/types';
import { AccountLink } from './AccountLink';
import { MemberInvite } from './MemberInvite';
import { MembershipInputs } from './MembershipInputs';

const backToBody = (_resource?: string, _id?: unknown, data?: Partial<MembershipRecord>) =>
  data?.body ? `governance-bodies/${data.body.documentId}/show` : 'governance-bodies';

/** Changes a member's seat, role, term or account (a member who attended meetings is ended with "Al", not deleted). */
export const MembershipEdit = () => (
  <Edit redirect={backToBody} mutationMode="pessimistic">
    <SimpleForm>
      <MembershipInputs />
      <AccountLink />
      <MemberInvite />
    </SimpleForm>
  </Edit>
);
