import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import type { Ctx } from './context';

/** Read-mostly routes: the audit trail (UdP), the caller's tasks and notifications. */
export const audit = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    ctx.body = await getService(strapi, 'audit').list(ctx.query);
  },
});

export const tasks = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Each task with `subjectLabel` (its record in words, subject rules). */
  async find(ctx: Ctx) {
    const page = await getService(strapi, 'tasks').mine(ctx.query, ctx.state.user);
    ctx.body = { ...page, data: await getService(strapi, 'subject-rules').labelled(page.data) };
  },
  async complete(ctx: Ctx) {
    ctx.body = { data: await getService(strapi, 'tasks').complete(ctx.params.id, ctx.state.user) };
  },
});

export const notifications = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Ctx) {
    ctx.body = await getService(strapi, 'notifications').mine(ctx.query, ctx.state.user);
  },
  async read(ctx: Ctx) {
    ctx.body = { data: await getService(strapi, 'notifications').markRead(ctx.params.id, ctx.state.user) };
  },
});
