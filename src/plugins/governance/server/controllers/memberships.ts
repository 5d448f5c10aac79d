import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, paged, pagination, queryString, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const memberships = () => getService(strapi, 'memberships');
  return {
    async find(ctx: Ctx) {
      const page = pagination(ctx);
      ctx.body = paged(await memberships().list(await viewerOf(strapi, ctx), queryString(ctx, 'body')), page);
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await memberships().findOne(ctx.params.id, await viewerOf(strapi, ctx)) };
    },
    async create(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.status = 201;
      ctx.body = { data: await memberships().create(bodyData(ctx), viewer) };
    },
    async update(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await memberships().update(ctx.params.id, bodyData(ctx), viewer) };
    },
    async delete(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      await memberships().remove(ctx.params.id);
      ctx.status = 204;
      ctx.body = null;
    },
  };
};
