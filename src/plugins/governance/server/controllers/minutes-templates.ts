import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, paged, pagination, type Ctx } from '../utils/request';
import { secretariatOf } from './viewer-of';

/** Minutes templates per body type: the secretariat's configuration. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const templates = () => getService(strapi, 'minutesTemplates');
  return {
    async find(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.body = paged(await templates().list(), pagination(ctx));
    },
    async findOne(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.body = { data: await templates().findOne(ctx.params.bodyType) };
    },
    async update(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.body = { data: await templates().update(ctx.params.bodyType, bodyData(ctx, ['items'])) };
    },
  };
};
