import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { throwIssues } from '../utils/errors';
import type { RequestUser } from '../utils/request-user';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: { data?: unknown } };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
}

function versionNumber(raw: unknown, name: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throwIssues([{ path: name, it: 'numero di versione non valido', en: 'invalid version number' }]);
  return value;
}

function bodyData(ctx: Ctx): Record<string, unknown> {
  const data = ctx.request.body?.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    throwIssues([{ path: 'data', it: 'il corpo deve contenere un oggetto "data"', en: 'the body must hold a "data" object' }]);
  }
  return data as Record<string, unknown>;
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
      const data = bodyData(ctx);
      const unknown = Object.keys(data).filter((k) => k !== 'definition' && k !== 'changeNote');
      if (unknown.length > 0) throwIssues(unknown.map((path) => ({ path, it: 'campo sconosciuto', en: 'unknown field' })));
      ctx.body = { data: await definitions().saveDraft(ctx.params.key, data.definition, data.changeNote as string | undefined) };
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
