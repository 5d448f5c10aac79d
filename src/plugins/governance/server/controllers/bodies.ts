import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, paged, pagination, queryString, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const bodies = () => getService(strapi, 'bodies');
  return {
    async find(ctx: Ctx) {
      const page = pagination(ctx);
      ctx.body = paged(await bodies().list(await viewerOf(strapi, ctx), queryString(ctx, 'type')), page);
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await bodies().findOne(ctx.params.id, await viewerOf(strapi, ctx)) };
    },
    async create(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.status = 201;
      ctx.body = { data: await bodies().create(bodyData(ctx)) };
    },
    async update(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.body = { data: await bodies().update(ctx.params.id, bodyData(ctx)) };
    },
    /** Only a body that never met (409 otherwise); its memberships go with it. */
    async delete(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      await bodies().remove(ctx.params.id);
      ctx.status = 204;
      ctx.body = null;
    },
  };
};
