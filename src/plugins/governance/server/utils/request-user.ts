/** The logged-in user as users-permissions puts it on ctx.state (role populated); none for the public. */
export interface RequestUser {
  id: number;
  username: string;
  role?: { type: string };
}

export function roleOf(user: RequestUser | undefined): string {
  return user?.role?.type ?? 'public';
}

/** The Ufficio di Piano is the secretariat of every body: it edits bodies, meetings and minutes. */
export const SECRETARIAT_ROLE = 'udp';

export const isSecretariat = (user: RequestUser | undefined) => roleOf(user) === SECRETARIAT_ROLE;
