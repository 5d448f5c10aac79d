/**
 * What the engines (forms, workflows, governance) share about the caller. Not a plugin: a folder of
 * helpers the plugins import, compiled with the app.
 */

/** The logged-in user as users-permissions puts it on ctx.state (role populated); none for the public. */
export interface RequestUser {
  id: number;
  username: string;
  role?: { type: string };
}

/** The caller's role type; `public` without a login. */
export function roleOf(user: RequestUser | undefined): string {
  return user?.role?.type ?? 'public';
}
