import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, queryEnum, queryString, queryYear, type Ctx } from '../utils/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const objectives = () => getService(strapi, 'objectives');
  return {
    /** `?from=2015&to=2017` (objectives whose period overlaps), `?area=<code>`, `?type=strategico|specifico`. */
    async find(ctx: Ctx) {
      const data = await objectives().list({
        from: queryYear(ctx, 'from'),
        to: queryYear(ctx, 'to'),
        area: queryString(ctx, 'area'),
        type: queryEnum(ctx, 'type', ['strategico', 'specifico'] as const),
      });
      ctx.body = { data, meta: { total: data.length } };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await objectives().get(ctx.params.id) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await objectives().create(bodyData(ctx)) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await objectives().update(ctx.params.id, bodyData(ctx)) };
    },
  };
};
