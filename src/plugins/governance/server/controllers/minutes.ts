import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { versionNumber } from '../../../plugin-kit/request';
import { bodyData, optionalData, paged, pagination, queryString, type Ctx } from '../utils/request';
import { secretariatOf, viewerOf } from './viewer-of';

/** A page with no script, no plugin, no frame: the minutes are text. */
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const minutes = () => getService(strapi, 'minutes');
  const lifecycle = () => getService(strapi, 'minutesLifecycle');
  return {
    async find(ctx: Ctx) {
      const page = pagination(ctx);
      const filters = { meeting: queryString(ctx, 'meeting'), body: queryString(ctx, 'body'), state: queryString(ctx, 'state') };
      ctx.body = paged(await minutes().list(await viewerOf(strapi, ctx), filters), page);
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await minutes().findOne(ctx.params.id, await viewerOf(strapi, ctx)) };
    },
    async create(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.status = 201;
      ctx.body = { data: await minutes().create(bodyData(ctx), viewer) };
    },
    async update(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await minutes().update(ctx.params.id, bodyData(ctx), viewer) };
    },
    async openReview(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await lifecycle().openReview(ctx.params.id, optionalData(ctx, ['reviewClosesAt']), viewer) };
    },
    async approve(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await lifecycle().approve(ctx.params.id, viewer) };
    },
    async publish(ctx: Ctx) {
      const viewer = await secretariatOf(strapi, ctx);
      ctx.body = { data: await lifecycle().publish(ctx.params.id, viewer) };
    },
    async versions(ctx: Ctx) {
      ctx.body = { data: await minutes().versions(ctx.params.id, await viewerOf(strapi, ctx)) };
    },
    async version(ctx: Ctx) {
      ctx.body = { data: await minutes().version(ctx.params.id, versionNumber(ctx.params.version), await viewerOf(strapi, ctx)) };
    },
    async page(ctx: Ctx) {
      const html = await getService(strapi, 'publication').page(ctx.params.id, await viewerOf(strapi, ctx));
      ctx.set('Content-Security-Policy', PAGE_POLICY);
      ctx.set('X-Content-Type-Options', 'nosniff');
      ctx.type = 'text/html; charset=utf-8';
      ctx.body = html;
    },
    async pdf(ctx: Ctx) {
      const { file, name } = await getService(strapi, 'publication').pdf(ctx.params.id, await viewerOf(strapi, ctx));
      ctx.set('Content-Disposition', `inline; filename="${name}"`);
      ctx.type = 'application/pdf';
      ctx.body = file;
    },
  };
};
