import { factories, type UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { validateWrite } from '../validation/validate-write';
import { isLocalized } from './is-localized';
import { isPublicRequest, publicView, restrictPublicQuery } from './public-view';

/**
 * The core controller of a catalogue type, with: bilingual validation of every write before Strapi's own,
 * 404 before validation on updates of unknown records, and the public view for citizens.
 * Who may call which action is set per role in src/bootstrap/roles.ts.
 */
export function catalogueController(uid: UID.ContentType) {
  return factories.createCoreController(uid, ({ strapi }) => {
    const localized = isLocalized(strapi, uid);
    return {
      async find(ctx) {
        const isPublic = isPublicRequest(ctx);
        if (isPublic) restrictPublicQuery(uid, ctx.query);
        const response = await super.find(ctx);
        if (isPublic && response) response.data = await publicView(strapi, uid, response.data);
        return response;
      },

      async findOne(ctx) {
        const isPublic = isPublicRequest(ctx);
        if (isPublic) {
          restrictPublicQuery(uid, ctx.query);
          const visible = await strapi.documents(uid).findFirst({
            filters: { documentId: ctx.params.id, ...(ctx.query.filters as object) },
            locale: typeof ctx.query.locale === 'string' ? ctx.query.locale : undefined,
          });
          if (!visible) throw new errors.NotFoundError('Non trovato / Not found');
          delete ctx.query.filters;
        }
        const response = await super.findOne(ctx);
        if (isPublic && response) response.data = await publicView(strapi, uid, response.data);
        return response;
      },

      async create(ctx) {
        await validateWrite(strapi, uid, ctx.request.body, 'create');
        return super.create(ctx);
      },

      async update(ctx) {
        const existing = await strapi.db.query(uid).findOne({ where: { documentId: ctx.params.id }, select: ['id'] });
        if (!existing) throw new errors.NotFoundError('Record non trovato / Record not found');
        await validateWrite(strapi, uid, ctx.request.body, 'update', ctx.params.id);
        return super.update(ctx);
      },

      /** Deleting a catalogue record removes it in every language unless one locale is named. */
      async delete(ctx) {
        if (localized && ctx.query.locale === undefined) ctx.query.locale = '*';
        return super.delete(ctx);
      },
    };
  });
}
