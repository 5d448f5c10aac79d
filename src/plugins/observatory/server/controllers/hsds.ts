import type { Core } from '@strapi/strapi';
import { readHsdsQuery, type HsdsQuery } from '../hsds/query';
import { getService } from '../utils/get-service';
import type { Ctx } from '../utils/request';

type Page = { contents: unknown[] };
const ALL = 1_000_000;

/**
 * Open Referral HSDS 3.1 API (public, outside /api): the 11 GET endpoints of the API reference, every
 * standard parameter, the data package, and this API's OpenAPI document.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const hsds = () => getService(strapi, 'hsds');
  /** `https://host/hsds/`: the configured public URL when there is one, else the request's own. */
  const base = (ctx: Ctx) => {
    const configured = strapi.config.get('server.url') as string | undefined;
    const origin =
      configured && /^https?:\/\//.test(configured) ? configured.replace(/\/$/, '') : `${ctx.protocol}://${ctx.host}`;
    return `${origin}/hsds/`;
  };
  /** A list: one page as JSON, or with `format=ndjson` every item, one JSON object a line. */
  const list = async (ctx: Ctx, read: (q: HsdsQuery) => Promise<Page>) => {
    const q = readHsdsQuery(ctx.query);
    if (q.format === 'ndjson') {
      const all = await read({ ...q, page: 1, perPage: ALL });
      ctx.type = 'application/x-ndjson; charset=utf-8';
      ctx.body = all.contents.map((item) => JSON.stringify(item)).join('\n') + (all.contents.length ? '\n' : '');
      return;
    }
    ctx.body = await read(q);
  };
  /** A single record: the list parameters are accepted (and ignored) as the specification allows. */
  const one = async (ctx: Ctx, read: (q: HsdsQuery) => Promise<unknown>) => {
    ctx.body = await read(readHsdsQuery(ctx.query));
  };
  return {
    async about(ctx: Ctx) {
      // The same catalogue as pages for people (src/public-catalogue): a Link header, so the HSDS answer keeps the specification's shape.
      ctx.set(
        'Link',
        `<${base(ctx).replace(/hsds\/$/, 'catalogo')}>; rel="alternate"; type="text/html"; hreflang="it"; title="Catalogo pubblico dei servizi"`
      );
      ctx.body = hsds().about(base(ctx));
    },
    async openapi(ctx: Ctx) {
      ctx.body = hsds().openapi(base(ctx));
    },
    services: (ctx: Ctx) => list(ctx, (q) => hsds().services(q)),
    service: (ctx: Ctx) => one(ctx, () => hsds().service(ctx.params.id)),
    organizations: (ctx: Ctx) => list(ctx, (q) => hsds().organizations(q)),
    organization: (ctx: Ctx) => one(ctx, (q) => hsds().organization(ctx.params.id, q.fullService)),
    taxonomies: (ctx: Ctx) => list(ctx, (q) => hsds().taxonomies(q)),
    taxonomy: (ctx: Ctx) => one(ctx, () => hsds().taxonomy(ctx.params.id)),
    taxonomyTerms: (ctx: Ctx) => list(ctx, (q) => hsds().taxonomyTerms(q)),
    taxonomyTerm: (ctx: Ctx) => one(ctx, () => hsds().taxonomyTerm(ctx.params.id)),
    servicesAtLocations: (ctx: Ctx) => list(ctx, (q) => hsds().servicesAtLocations(q)),
    serviceAtLocation: (ctx: Ctx) => one(ctx, () => hsds().serviceAtLocation(ctx.params.id)),
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
