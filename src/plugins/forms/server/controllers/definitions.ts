import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { bodyData, versionNumber } from '../../../plugin-kit/request';
import type { RequestUser } from '../utils/request-user';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: { data?: unknown } };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const definitions = () => getService(strapi, 'definitions');
  return {
    async find(ctx: Ctx) {
      ctx.body = { data: await definitions().list(ctx.state.user) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await definitions().create(bodyData(ctx), ctx.state.user) };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await definitions().findForm(ctx.params.key) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await definitions().updateMeta(ctx.params.key, bodyData(ctx)) };
    },
    async saveDraft(ctx: Ctx) {
      const data = bodyData(ctx, ['definition', 'changeNote']);
      ctx.body = { data: await definitions().saveDraft(ctx.params.key, data.definition, data.changeNote as string | undefined) };
    },
    async remove(ctx: Ctx) {
      await definitions().remove(ctx.params.key);
      ctx.status = 204;
      ctx.body = null;
    },
    async discardDraft(ctx: Ctx) {
      ctx.body = { data: await definitions().discardDraft(ctx.params.key) };
    },
    async duplicate(ctx: Ctx) {
      const data = bodyData(ctx, ['title', 'key']);
      ctx.status = 201;
      ctx.body = { data: await definitions().duplicate(ctx.params.key, data, ctx.state.user) };
    },
    async publish(ctx: Ctx) {
      ctx.body = { data: await definitions().publish(ctx.params.key, ctx.state.user) };
    },
    async published(ctx: Ctx) {
      const { form, version } = await definitions().published(ctx.params.key, ctx.state.user);
      ctx.body = {
        data: {
          key: form.key,
          title: form.title,
          description: form.description ?? null,
          version: version.version,
          versionId: version.documentId,
          definition: version.definition,
        },
      };
    },
    async version(ctx: Ctx) {
      ctx.body = { data: await definitions().getVersion(ctx.params.key, versionNumber(ctx.params.version, 'version')) };
    },
    async retire(ctx: Ctx) {
      ctx.body = { data: await definitions().retire(ctx.params.key, versionNumber(ctx.params.version, 'version')) };
    },
    async diff(ctx: Ctx) {
      const from = versionNumber(ctx.query.from, 'from');
      const to = versionNumber(ctx.query.to, 'to');
      ctx.body = { data: await definitions().diff(ctx.params.key, from, to) };
    },
  };
};
