import { factories, type Core, type UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DocumentRule, WriteContext } from '../../catalogue/document-rules';
import { assertNoFieldErrors } from '../../validation/field-errors';
import { validateWrite } from '../../validation/validate-write';

/** A write about to happen and a domain rule over it: the same contract as the catalogue's document rules. */
export type Write = WriteContext;
export type WriteRule = DocumentRule;

interface Options {
  /** Runs before a document is deleted (e.g. removing what hangs on it). */
  beforeDelete?: (strapi: Core.Strapi, documentId: string) => Promise<void>;
  /** Rewrites the body's `data` once it is valid (e.g. normalized rows). */
  prepare?: (strapi: Core.Strapi, data: Record<string, unknown>) => Promise<Record<string, unknown>>;
}

/**
 * The core controller of a co-payment content type: every write is checked against the schema
 * (bilingual 400 naming the field) and then against the type's domain rule, before anything is saved.
 * Who may call which action is set in src/bootstrap/permissions/copayment.ts.
 */
export function ruledController(uid: UID.ContentType, rule: WriteRule, options: Options = {}) {
  return factories.createCoreController(uid, ({ strapi }) => {
    const check = async (ctx: { request: { body?: unknown } }, action: Write['action'], documentId?: string) => {
      await validateWrite(strapi, uid, ctx.request.body, action, documentId);
      const body = ctx.request.body as { data: Record<string, unknown> };
      assertNoFieldErrors(await rule(strapi, { action, data: body.data, documentId }));
      if (options.prepare) body.data = await options.prepare(strapi, body.data);
    };
    const assertExists = async (documentId: string) => {
      const existing = await strapi.db.query(uid).findOne({ where: { documentId }, select: ['id'] });
      if (!existing) throw new errors.NotFoundError('Record non trovato / Record not found');
    };
    return {
      async create(ctx) {
        await check(ctx, 'create');
        return super.create(ctx);
      },
      async update(ctx) {
        await assertExists(ctx.params.id);
        await check(ctx, 'update', ctx.params.id);
        return super.update(ctx);
      },
      async delete(ctx) {
        await assertExists(ctx.params.id);
        if (options.beforeDelete) await options.beforeDelete(strapi, ctx.params.id);
        return super.delete(ctx);
      },
    };
  });
}
