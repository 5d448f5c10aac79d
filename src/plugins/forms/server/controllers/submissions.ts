import type { Core } from '@strapi/strapi';
import { getService } from '../utils/get-service';
import { throwIssues } from '../utils/errors';
import type { RequestUser } from '../utils/request-user';

interface Ctx {
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: Record<string, unknown> };
  state: { user?: RequestUser };
  body: unknown;
  status: number;
}

function body(ctx: Ctx, allowed: string[]): Record<string, unknown> {
  const value = ctx.request.body;
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throwIssues([{ path: 'data', it: 'corpo della richiesta mancante', en: 'missing request body' }]);
  }
  const unknown = Object.keys(value).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) throwIssues(unknown.map((path) => ({ path, it: 'campo sconosciuto', en: 'unknown field' })));
  return value;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const submissions = () => getService(strapi, 'submissions');
  return {
    /** Dry run: the normalised data (calculated filled, hidden dropped) or 400 with the issues. */
    async validate(ctx: Ctx) {
      const { data } = body(ctx, ['data']);
      ctx.body = { data: await submissions().dryRun(ctx.params.key, data, ctx.state.user) };
    },
    async create(ctx: Ctx) {
      ctx.status = 201;
      ctx.body = { data: await submissions().create(body(ctx, ['form', 'data', 'subject']), ctx.state.user) };
    },
    async findOne(ctx: Ctx) {
      ctx.body = { data: await submissions().findOne(ctx.params.id, ctx.state.user) };
    },
    async update(ctx: Ctx) {
      ctx.body = { data: await submissions().update(ctx.params.id, body(ctx, ['data']), ctx.state.user) };
    },
    async find(ctx: Ctx) {
      const query = ctx.query as { form?: string; subjectType?: string; subjectId?: string; mine?: string };
      ctx.body = { data: await submissions().list(query, ctx.state.user) };
    },
  };
};
