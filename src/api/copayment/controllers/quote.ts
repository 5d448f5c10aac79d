import type { Core } from '@strapi/strapi';
import { getService } from '../../../copayment/server/get-service';

/** POST /api/copayment/quote → the citizen's share, the comune's share and the explanation. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async create(ctx: { request: { body?: unknown }; body: unknown }) {
    ctx.body = await getService(strapi, 'quote').quote(ctx.request.body);
  },
});
