import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { forbidden } from '../utils/errors';
import type { Ctx } from '../utils/request';
import { viewerOf } from './viewer-of';

function sendCalendar(ctx: Ctx, ics: string, name: string) {
  ctx.type = 'text/calendar; charset=utf-8';
  ctx.set('Content-Disposition', `inline; filename="${name}.ics"`);
  ctx.set('Cache-Control', 'private, max-age=300');
  ctx.body = ics;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const calendar = () => getService(strapi, 'calendar');
  return {
    /** A body's convened meetings: anyone for a public body, members and the secretariat otherwise. */
    async body(ctx: Ctx) {
      const { name, ics } = await calendar().bodyFeed(ctx.params.id, await viewerOf(strapi, ctx));
      sendCalendar(ctx, ics, name);
    },
    /** The logged-in member's meetings, across their bodies. */
    async mine(ctx: Ctx) {
      if (!ctx.state.user) forbidden('accesso richiesto', 'login required');
      sendCalendar(ctx, await calendar().memberFeed(await viewerOf(strapi, ctx)), 'ambito-sedute');
    },
    /** A new secret subscription URL for the logged-in member (the previous one stops working). */
    async createFeed(ctx: Ctx) {
      if (!ctx.state.user) forbidden('accesso richiesto', 'login required');
      ctx.status = 201;
      ctx.body = { data: await calendar().createFeedToken(ctx.state.user) };
    },
    /** The subscription URL itself: the unguessable token is the credential (calendar apps send no header). */
    async feed(ctx: Ctx) {
      sendCalendar(ctx, await calendar().feedByToken(ctx.params.token), 'ambito-sedute');
    },
  };
};
