import type { Core, UID as StrapiUID } from '@strapi/strapi';
import { referencedUsers, type ValidationContext } from '../../shared';
import { NON_STAFF_ROLES } from '../utils/request-user';

/** Fields every record has besides its schema's attributes. */
const BUILT_IN_FIELDS = ['id', 'documentId'];

/**
 * What a definition is checked against, read from this installation: the staff roles of users-permissions,
 * the attributes of the content type it applies to (when that type exists yet), the forms engine's forms,
 * and the users its actions name.
 */
export async function validationContext(
  strapi: Core.Strapi,
  contentType: string,
  definition: unknown
): Promise<ValidationContext> {
  const roles = (await strapi.db.query('plugin::users-permissions.role').findMany({ select: ['type'] })) as { type: string }[];
  const model = strapi.contentTypes[contentType as StrapiUID.ContentType];
  const forms = strapi.plugin('forms')
    ? ((await strapi.db.query('plugin::forms.form').findMany({ select: ['key'] })) as { key: string }[]).map((form) => form.key)
    : [];
  const names = referencedUsers(definition);
  const users = names.length
    ? ((await strapi.db
        .query('plugin::users-permissions.user')
        .findMany({ where: { username: { $in: names } }, select: ['username'] })) as { username: string }[])
    : [];
  return {
    roles: roles.map((role) => role.type).filter((type) => !NON_STAFF_ROLES.includes(type)),
    attributes: model ? [...BUILT_IN_FIELDS, ...Object.keys(model.attributes)] : undefined,
    forms,
    users: users.map((user) => user.username),
  };
}

/** Whether the content type a workflow applies to exists in this installation (it may come later). */
export const contentTypeExists = (strapi: Core.Strapi, contentType: string): boolean =>
  Boolean(strapi.contentTypes[contentType as StrapiUID.ContentType]);
