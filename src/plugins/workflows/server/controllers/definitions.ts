import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData as dataOf, versionNumber } from '../../../plugin-kit/request';
import { objectBody } from '../validation/request-body';
import type { WorkflowInput } from '../validation/workflow-input';
import type { Ctx } from './context';

/** The `data` object of a design request (no other key at the top of the body). */
function bodyData(ctx: Ctx): Record<string, unknown> {
  objectBody(ctx.request.body, ['data']);
  return dataOf(ctx);
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = () => getService(strapi, 'definitions');
  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await definitions().list(ctx.state.user) };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await definitions().findOne(ctx.params.key) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await definitions().create(bodyData(ctx) as WorkflowInput, ctx.state.user) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await definitions().updateMeta(ctx.params.key, bodyData(ctx) as WorkflowInput, ctx.state.user) };
    },
    async saveDraft(ctx: Ctx) {
      const data = objectBody(bodyData(ctx), ['definition', 'changeNote'], 'data');
      ctx.body = {
        data: await definitions().saveDraft(
          ctx.params.key,
          data.definition,
          data.changeNote as string | undefined,
          ctx.state.user
        ),
      };
    },
    /** No body, or `{ data: { migrate: { states: { oldState: newState } } } }`. */
    async publish(ctx: Ctx) {
      const body = ctx.request.body as { data?: unknown } | undefined;
      const hasData = body && typeof body === 'object' && Object.keys(body).length > 0;
      const data = hasData ? objectBody(bodyData(ctx), ['migrate'], 'data') : {};
      const migrate = data.migrate === undefined ? undefined : objectBody(data.migrate, ['states'], 'migrate');
      ctx.body = { data: await definitions().publish(ctx.params.key, ctx.state.user, migrate ? { migrate } : {}) };
    },
    async running(ctx: Ctx) {
      ctx.body = { data: await definitions().running(ctx.params.key) };
    },
    async version(ctx: Ctx) {
      ctx.body = { data: await definitions().getVersion(ctx.params.key, versionNumber(ctx.params.version)) };
    },
    async retire(ctx: Ctx) {
      ctx.body = { data: await definitions().retire(ctx.params.key, versionNumber(ctx.params.version), ctx.state.user) };
    },
  };
};
