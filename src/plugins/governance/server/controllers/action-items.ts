import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, paged, pagination, queryString, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const actionItems = () => getService(strapi, 'actionItems');
  return {
    async find(ctx: Ctx) {
      const page = pagination(ctx);
      const filters = {
        minutes: queryString(ctx, 'minutes'),
        body: queryString(ctx, 'body'),
        service: queryString(ctx, 'service'),
        status: queryString(ctx, 'status'),
      };
      ctx.body = paged(await actionItems().list(await viewerOf(strapi, ctx), filters), page);
    },
    async create(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.status = 201;
      ctx.body = { data: await actionItems().create(bodyData(ctx)) };
    },
    /** The secretariat, or the owner of the action (status only: checked by the service). */
    async update(ctx: Ctx) {
      ctx.body = { data: await actionItems().update(ctx.params.id, bodyData(ctx), await viewerOf(strapi, ctx)) };
    },
  };
};
