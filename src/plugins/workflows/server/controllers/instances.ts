import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { checkStartRequest, checkTransitionRequest } from '../validation/request-body';
import type { Ctx } from './context';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Each instance with `subjectLabel`: its record in words the caller may read (subject rules), never a bare id. */
  async find(ctx: Ctx) {
    const page = await getService(strapi, 'instances').list(ctx.query, ctx.state.user);
    ctx.body = { ...page, data: await getService(strapi, 'subject-rules').labelled(page.data) };
  },
  async findOne(ctx: Ctx) {
    const [one] = await getService(strapi, 'subject-rules').labelled([
      await getService(strapi, 'instances').findOne(ctx.params.id, ctx.state.user),
    ]);
    ctx.body = { data: one };
  },
  async create(ctx: Ctx) {
    const request = checkStartRequest(ctx.request.body);
    ctx.status = 201;
    ctx.body = { data: await getService(strapi, 'instances').start(request, ctx.state.user) };
  },
  /** 200 with the move; 403 role, 409 state changed meanwhile, 422 guard or comment missing (with reasons). */
  async transition(ctx: Ctx) {
    const request = checkTransitionRequest(ctx.request.body);
    ctx.body = { data: await getService(strapi, 'transitions').take(ctx.params.id, request, ctx.state.user) };
  },
});
