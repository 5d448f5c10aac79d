import type { Core } from '@strapi/strapi';
import { comuniScope } from '../data/comuni-scope';
import { getService } from '../utils/get-service';
import { queryString, yearRange, type Ctx } from '../utils/request';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * `GET /dashboard?area=<code>&municipality=<ISTAT or documentId>&from=&to=` (default: the current year).
   * An operator's dashboard counts only the comuni of the account (another comune: 403).
   */
  async summary(ctx: Ctx) {
    const year = new Date().getFullYear();
    const range = yearRange(ctx, { from: year, to: year });
    const municipality = queryString(ctx, 'municipality');
    const comuni = await comuniScope(strapi, ctx.state.user, municipality);
    ctx.body = {
      data: await getService(strapi, 'dashboard').summary({ ...range, area: queryString(ctx, 'area'), municipality }, comuni),
    };
  },
});
