import { lazyPage } from '../../common/lazyPage';

const MembershipCreate = lazyPage(() => import('./MembershipCreate'), 'MembershipCreate');
const MembershipEdit = lazyPage(() => import('./MembershipEdit'), 'MembershipEdit');

/** No list of its own: members are listed on their body's page. */
export default { create: MembershipCreate, edit: MembershipEdit, recordRepresentation: 'name' };
