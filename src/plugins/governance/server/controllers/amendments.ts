import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, optionalData, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const amendments = () => getService(strapi, 'amendments');
  return {
    /** Attendees (checked by the service) propose amendments and comments during the review window. */
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await amendments().create(ctx.params.id, bodyData(ctx), await viewerOf(strapi, ctx)) };
    },
    async accept(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await amendments().accept(ctx.params.id, ctx.params.amendmentId, optionalData(ctx, ['note']), viewer) };
    },
    async reject(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await amendments().reject(ctx.params.id, ctx.params.amendmentId, optionalData(ctx, ['note']), viewer) };
    },
  };
};
