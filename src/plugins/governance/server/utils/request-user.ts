import { roleOf, type RequestUser } from '../../../plugin-kit/request-user';

export { roleOf, type RequestUser };

/** The Ufficio di Piano is the secretariat of every body: it edits bodies, meetings and minutes. */
export const SECRETARIAT_ROLE = 'udp';

export const isSecretariat = (user: RequestUser | undefined) => roleOf(user) === SECRETARIAT_ROLE;
