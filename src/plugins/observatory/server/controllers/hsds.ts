import type { Core } from '@strapi/strapi';
import { throwIssues } from '../../../plugin-kit/errors';
import { getService } from '../utils/get-service';
import type { Ctx } from '../utils/request';

const positive = (ctx: Ctx, name: string, fallback: number, max: number) => {
  const raw = ctx.query[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (typeof raw !== 'string' || !Number.isInteger(value) || value < 1 || value > max)
    throwIssues([{ path: name, it: `intero tra 1 e ${max}`, en: `whole number between 1 and ${max}` }], ['query']);
  return value;
};

/** Open Referral HSDS 3.1 API (public, outside /api): `/hsds/`, `/hsds/services`, `/hsds/services/{id}`, the data package. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const hsds = () => getService(strapi, 'hsds');
  return {
    async about(ctx: Ctx) {
      ctx.body = hsds().about();
    },
    /** `?page=1&per_page=50` (HSDS's parameter names). */
    async services(ctx: Ctx) {
      ctx.body = await hsds().page(positive(ctx, 'page', 1, 100000), positive(ctx, 'per_page', 50, 200));
    },
    async service(ctx: Ctx) {
      ctx.body = await hsds().service(ctx.params.id);
    },
    async datapackage(ctx: Ctx) {
      ctx.body = hsds().datapackage('tables/');
    },
    async table(ctx: Ctx) {
      // The table first: an unknown name (a line break in it would break the header: a 500) is a 404.
      const csv = await hsds().table(ctx.params.file);
      ctx.type = 'text/csv; charset=utf-8';
      ctx.set('Content-Disposition', `inline; filename="${ctx.params.file}"`);
      ctx.body = csv;
    },
  };
};
