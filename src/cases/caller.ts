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

interface JoinTable {
  name: string;
  joinColumn: { name: string };
  inverseJoinColumn: { name: string };
}

/** The caller with role, comuni and provider in one SQL query (it runs on every request of the case files). */
export async function loadCaller(strapi: Core.Strapi, user: StateUser | undefined): Promise<Caller> {
  if (!user) forbidden('Accesso riservato', 'Sign-in required');
  const meta = strapi.db.metadata.get('plugin::users-permissions.user') as {
    tableName: string;
    attributes: Record<string, { joinTable?: JoinTable }>;
  };
  const table = (uid: string) => (strapi.db.metadata.get(uid) as { tableName: string }).tableName;
  const link = (attr: string) => meta.attributes[attr].joinTable as JoinTable;
  const role = link('role');
  const comuni = link('municipalities');
  const provider = link('linkedProvider');
  // Inside the caller's transaction when there is one (a workflow started with a new case: SQLite has a single connection).
  const select = (knex: typeof strapi.db.connection) =>
    knex(`${meta.tableName} as u`)
      .leftJoin(`${role.name} as ur`, `ur.${role.joinColumn.name}`, 'u.id')
      .leftJoin(`${table('plugin::users-permissions.role')} as r`, 'r.id', `ur.${role.inverseJoinColumn.name}`)
      .leftJoin(`${comuni.name} as um`, `um.${comuni.joinColumn.name}`, 'u.id')
      .leftJoin(`${table('api::municipality.municipality')} as m`, 'm.id', `um.${comuni.inverseJoinColumn.name}`)
      .leftJoin(`${provider.name} as up`, `up.${provider.joinColumn.name}`, 'u.id')
      .leftJoin(`${table('api::provider.provider')} as p`, 'p.id', `up.${provider.inverseJoinColumn.name}`)
      .where('u.id', user.id)
      .select(
        'u.id as id',
        'u.username as username',
        'r.type as role',
        'm.document_id as municipality',
        'p.document_id as provider'
      );
  const rows = (await (strapi.db.inTransaction()
    ? strapi.db.transaction(({ trx }) => select(trx))
    : select(strapi.db.connection))) as {
    id: number;
    username: string;
    role: string | null;
    municipality: string | null;
    provider: string | null;
  }[];
  if (rows.length === 0) forbidden('Accesso riservato', 'Sign-in required');
  return {
    id: rows[0].id,
    username: rows[0].username,
    role: rows[0].role ?? 'authenticated',
    municipalities: [...new Set(rows.map((r) => r.municipality).filter((m): m is string => !!m))],
    provider: rows[0].provider ?? null,
  };
}

/** Only operators and provider staff hold personal data of case files; anyone else gets 403. */
export function caseRoleOf(caller: Caller): CaseRole {
  if (caller.role === 'operator' || caller.role === 'provider') return caller.role;
  forbidden(
    'Il tuo ruolo non accede ai dati personali delle cartelle sociali',
    'Your role has no access to the personal data of case files'
  );
}
