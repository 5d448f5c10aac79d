import type { Core } from '@strapi/strapi';

/** The catalogue's content types: everyone reads them, only the Ufficio di Piano writes them. */
export const CATALOGUE_TYPES = ['municipality', 'area', 'service', 'provider', 'accreditation', 'funding-source', 'measure'];

const READ = ['find', 'findOne'];
const WRITE = ['create', 'update', 'delete'];
const actionsFor = (types: string[], verbs: string[]) =>
  types.flatMap((type) => verbs.map((verb) => `api::${type}.${type}.${verb}`));

const SELF = [
  'plugin::users-permissions.user.me',
  'plugin::users-permissions.auth.logout',
  'plugin::users-permissions.auth.changePassword',
  'api::account.account.me',
];
/** Forms engine: the UdP designs forms; every staff role may fill the forms whose `roles` name it. */
const FORM_DESIGN = ['create', 'findOne', 'update', 'saveDraft', 'publish', 'diff', 'version', 'retire'].map(
  (a) => `plugin::forms.definitions.${a}`
);
const FORM_FILL = [
  'plugin::forms.definitions.find',
  'plugin::forms.definitions.published',
  ...['validate', 'create', 'findOne', 'update', 'find'].map((a) => `plugin::forms.submissions.${a}`),
];

const STAFF_READ = [...actionsFor(CATALOGUE_TYPES, READ), ...SELF, ...FORM_FILL];

export interface RoleDefinition {
  type: string;
  name: string;
  description: string;
  /** Every permission the role has among MANAGED_PREFIXES; any other one found on the role is removed. */
  actions: string[];
}

export const ROLES: RoleDefinition[] = [
  {
    type: 'udp',
    name: 'Ufficio di Piano',
    description: 'Ufficio di Piano: configura catalogo, moduli, flussi e tavoli / District planning office: configures everything',
    actions: [...actionsFor(CATALOGUE_TYPES, [...READ, ...WRITE]), ...SELF, ...FORM_DESIGN, ...FORM_FILL],
  },
  {
    type: 'operator',
    name: 'Operatore comunale',
    description: 'Assistente sociale di uno o più comuni / Municipal social worker, linked to one or more comuni',
    actions: STAFF_READ,
  },
  {
    type: 'provider',
    name: 'Ente gestore',
    description: "Personale di un ente gestore / Staff of a provider, linked to one provider",
    actions: STAFF_READ,
  },
  {
    type: 'table-member',
    name: 'Membro di tavolo',
    description: 'Membro dei tavoli di governance, senza accesso a dati personali / Governance table member, no personal data',
    actions: STAFF_READ,
  },
  {
    type: 'public',
    name: 'Public',
    description: 'Cittadini: catalogo pubblico in sola lettura / Citizens: read-only public catalogue',
    actions: actionsFor(CATALOGUE_TYPES, READ),
  },
  {
    type: 'authenticated',
    name: 'Authenticated',
    description: 'Utente senza ruolo assegnato: solo il proprio profilo / A user with no role yet: own profile only',
    actions: SELF,
  },
];

/** Permissions under these prefixes are owned by this file: extra ones are removed at start-up. */
const MANAGED_PREFIXES = ['api::', 'plugin::forms.'];

/** Permissions the public role must never hold (self-registration would create accounts without a role). */
const PUBLIC_FORBIDDEN = ['plugin::users-permissions.auth.register'];

/**
 * Creates the roles and brings their permissions in line with ROLES, on every start-up.
 * Idempotent; permissions outside MANAGED_PREFIXES (e.g. users-permissions' auth routes) are left as they are,
 * except those in PUBLIC_FORBIDDEN.
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
    const current = await permissionQuery.findMany({ where: { role: role.id }, select: ['id', 'action'] });
    const held = new Set(current.map((p: { action: string }) => p.action));
    for (const action of definition.actions) {
      if (!held.has(action)) await permissionQuery.create({ data: { action, role: role.id } });
    }
    const stale = current.filter(
      (p: { action: string }) =>
        (MANAGED_PREFIXES.some((prefix) => p.action.startsWith(prefix)) && !definition.actions.includes(p.action)) ||
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
