import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { queryString, yearRange, type Ctx } from '../utils/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /dashboard?area=<code>&municipality=<ISTAT or documentId>&from=&to=` (default: the current year). */
  async summary(ctx: Ctx) {
    const year = new Date().getFullYear();
    const range = yearRange(ctx, { from: year, to: year });
    ctx.body = {
      data: await getService(strapi, 'dashboard').summary({ ...range, area: queryString(ctx, 'area'), municipality: queryString(ctx, 'municipality') }),
    };
  },
});
