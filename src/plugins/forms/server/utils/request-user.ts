import { roleOf, type RequestUser } from '../../../plugin-kit/request-user';

export { roleOf, type RequestUser };

/** The Ufficio di Piano designs forms and sees every submission. */
export const DESIGNER_ROLE = 'udp';
