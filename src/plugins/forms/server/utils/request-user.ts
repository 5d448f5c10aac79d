/** The logged-in user as users-permissions puts it on ctx.state (role populated). */
export interface RequestUser {
  id: number;
  username: string;
  role?: { type: string };
}

export function roleOf(user: RequestUser | undefined): string {
  return user?.role?.type ?? 'public';
}

/** The Ufficio di Piano designs forms and sees every submission. */
export const DESIGNER_ROLE = 'udp';
