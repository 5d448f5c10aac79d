import { roleOf, type RequestUser } from '../../../plugin-kit/request-user';

export { roleOf, type RequestUser };

/** The Ufficio di Piano designs workflows, sees every instance and reads the audit. */
export const DESIGNER_ROLE = 'udp';

/** Role types that are not staff: never part of a workflow. */
export const NON_STAFF_ROLES = ['public', 'authenticated'];
