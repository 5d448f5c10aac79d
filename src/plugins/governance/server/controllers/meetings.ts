import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, paged, pagination, queryString, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const meetings = () => getService(strapi, 'meetings');
  return {
    async find(ctx: Ctx) {
      const page = pagination(ctx);
      const filters = { body: queryString(ctx, 'body'), from: queryString(ctx, 'from'), to: queryString(ctx, 'to') };
      ctx.body = paged(await meetings().list(await viewerOf(strapi, ctx), filters), page);
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await meetings().findOne(ctx.params.id, await viewerOf(strapi, ctx)) };
    },
    async create(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.status = 201;
      ctx.body = { data: await meetings().create(bodyData(ctx), viewer) };
    },
    async update(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await meetings().update(ctx.params.id, bodyData(ctx), viewer) };
    },
    async convene(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'attendance').convene(ctx.params.id, viewer) };
    },
    /** A held meeting back to convened (attendance editable again) until its minutes exist. */
    async reopen(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'attendance').reopen(ctx.params.id, viewer) };
    },
    async cancel(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await meetings().cancel(ctx.params.id, viewer) };
    },
    /** Only a draft meeting; a convened one is cancelled. */
    async delete(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      await meetings().remove(ctx.params.id);
      ctx.status = 204;
      ctx.body = null;
    },
    async attendance(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'attendance').record(ctx.params.id, bodyData(ctx, ['attendance']), viewer) };
    },
    /** multipart/form-data: `item` (agenda item key) and one or more `files`. */
    async attach(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      const item = ctx.request.body?.item;
      ctx.status = 201;
      ctx.body = { data: await getService(strapi, 'documents').attach(ctx.params.id, item, ctx.request.files?.files, viewer) };
    },
    async detach(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await getService(strapi, 'documents').detach(ctx.params.id, ctx.params.fileId, viewer) };
    },
  };
};
