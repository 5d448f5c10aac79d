import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, queryString, type Ctx } from '../utils/request';
import { secretariatOf } from './viewer-of';

/** The secretariat's account look-up and invitations (also granted to the UdP role only). */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const accounts = () => getService(strapi, 'accounts');
  return {
    async search(ctx: Ctx) {
      await secretariatOf(strapi, ctx);
      ctx.body = { data: await accounts().search(queryString(ctx, 'q')) };
    },
    async invite(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await accounts().invite(ctx.params.id, bodyData(ctx, ['email']), viewer) };
    },
  };
};
