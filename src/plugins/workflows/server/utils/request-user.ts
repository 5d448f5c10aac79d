/** The logged-in user as users-permissions puts it on ctx.state (role populated). */
export interface RequestUser {
  id: number;
  username: string;
  role?: { type: string };
}

export function roleOf(user: RequestUser | undefined): string {
  return user?.role?.type ?? 'public';
}

/** The Ufficio di Piano designs workflows, sees every instance and reads the audit. */
export const DESIGNER_ROLE = 'udp';

/** Role types that are not staff: never part of a workflow. */
export const NON_STAFF_ROLES = ['public', 'authenticated'];
