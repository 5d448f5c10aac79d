import type { Core } from '@strapi/strapi';
import { throwIssues } from '../plugins/plugin-kit/errors';
import { passwordIssues } from './password-policy';

const USER = 'plugin::users-permissions.user';

interface UserRow {
  id: number;
  username?: string;
  email?: string;
}

/**
 * Every user of Ambito is staff of the UdP, a comune, a provider or a table: the password policy holds
 * for every way a password is set (reset, change, /api/users, Strapi's admin panel, scripts), since all
 * of them go through the document service, which hashes the password after this check.
 */
function enforcePasswordPolicy(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== USER || (context.action !== 'create' && context.action !== 'update')) return next();
    const params = context.params as { documentId?: string; data?: Record<string, unknown> };
    const password = params.data?.password;
    if (typeof password !== 'string') return next();
    let existing: UserRow | null = null;
    if (context.action === 'update' && params.documentId) {
      existing = await strapi.db
        .query(USER)
        .findOne({ where: { documentId: params.documentId }, select: ['id', 'username', 'email'] });
    }
    const issues = passwordIssues(password, [
      (params.data?.username as string | undefined) ?? existing?.username,
      (params.data?.email as string | undefined) ?? existing?.email,
    ]);
    if (issues.length > 0) throwIssues(issues);
    return next();
  });
}

/**
 * A new password or a blocked account ends every session of the user: refresh sessions are deleted,
 * and with them the access tokens minted from them (src/middlewares/session-revocation.ts).
 */
function revokeSessionsOnCredentialChange(strapi: Core.Strapi): void {
  strapi.db.lifecycles.subscribe({
    models: [USER],
    async afterUpdate(event) {
      const data = (event.params as { data?: Record<string, unknown> }).data ?? {};
      const result = event.result as UserRow | undefined;
      if (!result?.id || (data.password === undefined && data.blocked !== true)) return;
      if (!strapi.sessionManager?.hasOrigin?.('users-permissions')) return;
      await strapi.sessionManager('users-permissions').invalidateRefreshToken(String(result.id));
    },
  });
}

export function registerSessionSecurity(strapi: Core.Strapi): void {
  enforcePasswordPolicy(strapi);
  revokeSessionsOnCredentialChange(strapi);
}
