import { roleOf, type RequestUser } from './request-user';

/** Who did something, as history and audit records keep it (copied, so records never change afterwards). */
export interface Actor {
  id: number | null;
  username: string;
  role: string;
}

/** The caller, or `system` for work done by the server itself (the daily job, the demo seed). */
export function actorOf(user: RequestUser | undefined): Actor {
  return user ? { id: user.id, username: user.username, role: roleOf(user) } : { id: null, username: 'system', role: 'system' };
}
