import type { Core } from '@strapi/strapi';

type ValidateQuery = (
  query: Record<string, unknown>,
  schema: unknown,
  options?: { strictParams?: boolean } & Record<string, unknown>
) => Promise<void>;

/**
 * Strapi's core controllers refuse unknown query parameters (`api.rest.strictParams`), but the plugins'
 * own controllers that validate the whole query (users-permissions' `/api/users/me`, `/api/users`, ...) call
 * the same validator without that option, so `?where[id]=1` passed silently. Every content-API query
 * validation is strict here: a parameter outside Strapi's list (and the route's declared extra ones) is a 400.
 */
export function enforceStrictQueryParams(strapi: Core.Strapi): void {
  const validate = strapi.contentAPI.validate as { query: ValidateQuery };
  const original = validate.query;
  validate.query = (query, schema, options = {}) => original(query, schema, { ...options, strictParams: true });
}
