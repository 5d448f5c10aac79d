import type { Core } from '@strapi/strapi';
import { forbidden } from '../plugins/plugin-kit/errors';
import type { CaseRole } from './model';

/** The caller as the access layer needs it: role, the comuni of an operator, the provider of provider staff. */
export interface Caller {
  id: number;
  username: string;
  role: string;
  /** documentIds of the comuni linked to the account. */
  municipalities: string[];
  /** documentId of the linked provider. */
  provider: string | null;
}

interface StateUser {
  id: number;
  username: string;
  role?: { type: string };
}

export async function loadCaller(strapi: Core.Strapi, user: StateUser | undefined): Promise<Caller> {
  if (!user) forbidden('Accesso riservato', 'Sign-in required');
  const row = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: { id: user.id },
    select: ['id', 'username'],
    populate: { role: { select: ['type'] }, municipalities: { select: ['documentId'] }, linkedProvider: { select: ['documentId'] } },
  })) as { id: number; username: string; role?: { type: string }; municipalities?: { documentId: string }[]; linkedProvider?: { documentId: string } | null };
  return {
    id: row.id,
    username: row.username,
    role: row.role?.type ?? 'authenticated',
    municipalities: (row.municipalities ?? []).map((m) => m.documentId),
    provider: row.linkedProvider?.documentId ?? null,
  };
}

/** Only operators and provider staff hold personal data of case files; anyone else gets 403. */
export function caseRoleOf(caller: Caller): CaseRole {
  if (caller.role === 'operator' || caller.role === 'provider') return caller.role;
  forbidden('Il tuo ruolo non accede ai dati personali delle cartelle sociali', 'Your role has no access to the personal data of case files');
}
