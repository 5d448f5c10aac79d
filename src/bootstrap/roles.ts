import type { Core } from '@strapi/strapi';
import { PERMISSION_SETS, type RoleType } from './permissions';

export interface RoleDefinition {
  type: RoleType;
  name: string;
  description: string;
  /** The name shown in messages, Italian and English (the console's `roles.*` labels). */
  label: { it: string; en: string };
}

export const ROLES: RoleDefinition[] = [
  {
    type: 'udp',
    label: { it: 'Ufficio di Piano', en: 'Ufficio di Piano (district planning office)' },
    name: 'Ufficio di Piano',
    description:
      'Ufficio di Piano: configura catalogo, moduli, flussi e tavoli / District planning office: configures everything',
  },
  {
    type: 'operator',
    label: { it: 'Operatore comunale', en: 'Municipal social worker' },
    name: 'Operatore comunale',
    description: 'Assistente sociale di uno o più comuni / Municipal social worker, linked to one or more comuni',
  },
  {
    type: 'provider',
    label: { it: 'Ente gestore', en: 'Provider staff' },
    name: 'Ente gestore',
    description: 'Personale di un ente gestore / Staff of a provider, linked to one provider',
  },
  {
    type: 'table-member',
    label: { it: 'Membro di tavolo', en: 'Governance table member' },
    name: 'Membro di tavolo',
    description: 'Membro dei tavoli di governance, senza accesso a dati personali / Governance table member, no personal data',
  },
  {
    type: 'public',
    label: { it: 'Pubblico', en: 'Public' },
    name: 'Public',
    description: 'Cittadini: catalogo pubblico in sola lettura / Citizens: read-only public catalogue',
  },
  {
    type: 'authenticated',
    label: { it: 'Utente senza ruolo', en: 'User without a role' },
    name: 'Authenticated',
    description: 'Utente senza ruolo assegnato: solo il proprio profilo / A user with no role yet: own profile only',
  },
];

/** Permissions the public role must never hold (self-registration would create accounts without a role). */
const PUBLIC_FORBIDDEN = ['plugin::users-permissions.auth.register'];

export function actionsOf(role: RoleType): string[] {
  return [...new Set(PERMISSION_SETS.flatMap((set) => set.grants[role] ?? []))];
}

const isManaged = (action: string) => PERMISSION_SETS.some((set) => set.prefixes.some((prefix) => action.startsWith(prefix)));

/**
 * Creates the roles and brings their permissions in line with src/bootstrap/permissions, at every start-up.
 * Idempotent. Permissions outside the managed prefixes (e.g. users-permissions' auth routes) are left as
 * they are, except those in PUBLIC_FORBIDDEN.
 */
export async function ensureRoles(strapi: Core.Strapi): Promise<void> {
  const roleQuery = strapi.db.query('plugin::users-permissions.role');
  const permissionQuery = strapi.db.query('plugin::users-permissions.permission');

  for (const definition of ROLES) {
    let role = await roleQuery.findOne({ where: { type: definition.type } });
    if (!role) {
      role = await roleQuery.create({
        data: { type: definition.type, name: definition.name, description: definition.description },
      });
    }
    const wanted = actionsOf(definition.type);
    const current = await permissionQuery.findMany({ where: { role: role.id }, select: ['id', 'action'] });
    const held = new Set(current.map((p: { action: string }) => p.action));
    for (const action of wanted) {
      if (!held.has(action)) await permissionQuery.create({ data: { action, role: role.id } });
    }
    const stale = current.filter(
      (p: { action: string }) =>
        (isManaged(p.action) && !wanted.includes(p.action)) ||
        (definition.type === 'public' && PUBLIC_FORBIDDEN.includes(p.action))
    );
    if (stale.length > 0) await permissionQuery.deleteMany({ where: { id: { $in: stale.map((p: { id: number }) => p.id) } } });
  }

  const advancedStore = strapi.store({ type: 'plugin', name: 'users-permissions', key: 'advanced' });
  const advanced = (await advancedStore.get()) as Record<string, unknown> | null;
  if (advanced && advanced.allow_register !== false) {
    await advancedStore.set({ value: { ...advanced, allow_register: false } });
  }
}
