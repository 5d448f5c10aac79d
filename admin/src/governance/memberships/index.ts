import { MembershipCreate } from './MembershipCreate';
import { MembershipEdit } from './MembershipEdit';

/** No list of its own: members are listed on their body's page. */
export default { create: MembershipCreate, edit: MembershipEdit, recordRepresentation: 'name' };
