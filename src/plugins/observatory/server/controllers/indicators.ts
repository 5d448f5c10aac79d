import type { Core } from '@strapi/strapi';
import { comuniScope } from '../data/comuni-scope';
import { getService } from '../utils/get-service';
import { bodyData, queryEnum, queryString, queryYear, yearRange, type Ctx } from '../utils/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const indicators = () => getService(strapi, 'indicators');
  return {
    /** Indicators with their yearly values; `?objective=<code>`, `?method=manual|computed`. */
    async find(ctx: Ctx) {
      const data = await indicators().list({
        objective: queryString(ctx, 'objective'),
        method: queryEnum(ctx, 'method', ['manual', 'computed'] as const),
      });
      ctx.body = { data, meta: { total: data.length } };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await indicators().get(ctx.params.id) };
    },
    /**
     * `GET /indicators/:id/compute?from=&to=&municipality=`: the value of each year, computed in SQL now;
     * an operator's values count only the comuni of the account (another comune: 403).
     */
    async compute(ctx: Ctx) {
      const range = yearRange(ctx);
      const municipality = queryString(ctx, 'municipality');
      const municipalities = await comuniScope(strapi, ctx.state.user, municipality);
      ctx.body = { data: await indicators().compute(ctx.params.id, { ...range, municipality, municipalities }) };
    },
    /** `POST /indicators/preview?from=&to=&municipality=` with `{ data: { computation } }`: try a definition. */
    async preview(ctx: Ctx) {
      const range = yearRange(ctx);
      const data = bodyData(ctx, ['computation']);
      const municipalities = await comuniScope(strapi, ctx.state.user, queryString(ctx, 'municipality'));
      ctx.body = { data: await indicators().preview(data.computation, { ...range, municipalities }) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await indicators().create(bodyData(ctx)) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await indicators().update(ctx.params.id, bodyData(ctx)) };
    },
    /** `PUT /indicators/:id/values/:year` with `{ data: { value, source, note? } }`. */
    async setValue(ctx: Ctx) {
      const year = queryYear(ctx, 'year', ctx.params.year) as number;
      ctx.body = { data: await indicators().setValue(ctx.params.id, year, bodyData(ctx)) };
    },
    /** `POST /indicators/:id/values/:year/snapshot`: stores the computed value as that year's value. */
    async snapshot(ctx: Ctx) {
      const year = queryYear(ctx, 'year', ctx.params.year) as number;
      ctx.body = { data: await indicators().snapshot(ctx.params.id, year) };
    },
  };
};
