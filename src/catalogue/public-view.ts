import type { Core, UID } from '@strapi/strapi';
import { traverseEntity } from '@strapi/utils';
import { fieldError, throwFieldErrors } from '../validation/field-errors';

/** Fields of the catalogue that only staff may read: the public catalogue never shows them. */
export const PUBLIC_HIDDEN_FIELDS: Partial<Record<UID.ContentType, string[]>> = {
  'api::service.service': ['yearlyBudget', 'internalNotes', 'caseWorkflow', 'caseForms'],
};

const SERVICE = 'api::service.service';

/** A request without a logged-in user or API token: the citizen reading the public catalogue. */
export function isPublicRequest(ctx: { state: { auth?: { credentials?: unknown }; user?: unknown } }): boolean {
  return !ctx.state.user && !ctx.state.auth?.credentials;
}

const allHiddenFields = (): string[] => Object.values(PUBLIC_HIDDEN_FIELDS).flat() as string[];

/**
 * Public queries may not filter, sort, select or populate by hidden fields (that would reveal them
 * through the answer), and see only active services.
 */
export function restrictPublicQuery(uid: UID.ContentType, query: Record<string, unknown>): void {
  const mentioned = allHiddenFields().filter((field) => JSON.stringify(query ?? {}).includes(field));
  if (mentioned.length > 0) {
    throwFieldErrors(
      mentioned.map((field) => fieldError(field, 'campo non consultabile senza accesso', 'field not available without login'))
    );
  }
  if (uid === SERVICE) {
    query.filters = query.filters ? { $and: [query.filters, { status: 'active' }] } : { status: 'active' };
  }
}

/**
 * Removes hidden fields, and services that are not active, wherever they appear in a response,
 * including populated relations. A populated service whose status was not selected is removed too:
 * it cannot be shown to be public.
 */
export async function publicView<T>(strapi: Core.Strapi, uid: UID.ContentType, data: T): Promise<T> {
  const getModel = (modelUid: string) => strapi.getModel(modelUid as UID.Schema);
  const strip = async (entity: Record<string, unknown>) =>
    traverseEntity(
      ({ key, value, attribute, schema }, { remove, set }) => {
        const hidden = PUBLIC_HIDDEN_FIELDS[schema.uid as UID.ContentType] ?? [];
        if (hidden.includes(key)) remove(key);
        if (attribute?.type === 'relation' && (attribute as { target?: string }).target === SERVICE && value) {
          const isActive = (item: unknown) => (item as { status?: string })?.status === 'active';
          if (Array.isArray(value)) set(key, value.filter(isActive) as never);
          else if (!isActive(value)) set(key, null as never);
        }
      },
      { schema: getModel(uid), getModel },
      entity as never
    );
  if (Array.isArray(data)) return (await Promise.all(data.map((item) => strip(item)))) as T;
  if (data && typeof data === 'object') return (await strip(data as Record<string, unknown>)) as T;
  return data;
}
