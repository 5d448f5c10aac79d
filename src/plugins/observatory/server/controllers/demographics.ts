import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, queryString, queryYear, type Ctx } from '../utils/request';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const demographics = () => getService(strapi, 'demographics');
  return {
    /** A row per comune and year; `?year=`, `?from=&to=`, `?municipality=<ISTAT code or documentId>`; `meta.district` sums them. */
    async find(ctx: Ctx) {
      const { data, district } = await demographics().list({
        year: queryYear(ctx, 'year'),
        from: queryYear(ctx, 'from'),
        to: queryYear(ctx, 'to'),
        municipality: queryString(ctx, 'municipality'),
      });
      ctx.body = { data, meta: { total: data.length, district } };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await demographics().get(ctx.params.id) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await demographics().create(bodyData(ctx)) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await demographics().update(ctx.params.id, bodyData(ctx)) };
    },
  };
};
