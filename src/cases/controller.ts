import { factories, type Core, type UID } from '@strapi/strapi';
import { forbidden } from '../plugins/plugin-kit/errors';
import { caseFormsView } from './case-forms';
import type { CaseWorkflow } from './workflow';
import { findScoped, listScoped, requireVisible } from './access';
import { auditAccess } from './audit';
import { loadCaller, type Caller } from './caller';
import { uidOf, type CaseType } from './model';
import { checkWrite, createChecked } from './write';

type Data = Record<string, unknown>;
interface Ctx {
  state: { user?: { id: number; username: string } };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  status: number;
}

/** Rules of one type on top of the access layer: server-set fields and domain checks before a write. */
export interface WriteHooks {
  beforeCreate?: (strapi: Core.Strapi, caller: Caller, data: Data) => Promise<Data>;
  beforeUpdate?: (strapi: Core.Strapi, caller: Caller, data: Data, documentId: string) => Promise<Data>;
  /** What follows a create (e.g. a notice by e-mail); the record exists. */
  afterCreate?: (strapi: Core.Strapi, caller: Caller, documentId: string) => Promise<void>;
}

export const callerOf = (strapi: Core.Strapi, ctx: Ctx) => loadCaller(strapi, ctx.state.user as never);

/**
 * The REST controller of a case-file type: find, findOne, create, update through the access layer.
 * Delete is refused: personal data leave through GDPR anonymisation, which keeps aggregate counts.
 */
export function casesController(
  type: CaseType,
  hooks: WriteHooks = {},
  extra: (strapi: Core.Strapi) => Record<string, unknown> = () => ({})
) {
  const uid = uidOf(type) as UID.ContentType;
  return factories.createCoreController(
    uid,
    ({ strapi }) =>
      ({
        async find(ctx: Ctx) {
          return listScoped(strapi, await callerOf(strapi, ctx), type, ctx.query);
        },
        async findOne(ctx: Ctx) {
          const found = await findScoped(strapi, await callerOf(strapi, ctx), type, ctx.params.id, ctx.query);
          // A case lists the forms of its service's case path, with their state (src/cases/case-forms.ts).
          if (type === 'case' && found?.data) {
            const data = found.data as Record<string, unknown>;
            data.forms = await caseFormsView(
              strapi,
              ctx.params.id,
              (data.workflow as CaseWorkflow | null) ?? null,
              ctx.state.user as never
            );
          }
          return found;
        },
        async create(ctx: Ctx) {
          const caller = await callerOf(strapi, ctx);
          let data = await checkWrite(strapi, caller, type, ctx, 'create');
          if (hooks.beforeCreate) data = await hooks.beforeCreate(strapi, caller, data);
          const documentId = await createChecked(strapi, caller, type, data);
          await auditAccess(strapi, caller, 'create', type, [documentId], Object.keys(data));
          if (hooks.afterCreate) await hooks.afterCreate(strapi, caller, documentId);
          ctx.status = 201;
          return findScoped(strapi, caller, type, documentId, ctx.query);
        },
        async update(ctx: Ctx) {
          const caller = await callerOf(strapi, ctx);
          await requireVisible(strapi, caller, type, ctx.params.id, 'Record non trovato', 'Record not found');
          let data = await checkWrite(strapi, caller, type, ctx, 'update', ctx.params.id);
          if (hooks.beforeUpdate) data = await hooks.beforeUpdate(strapi, caller, data, ctx.params.id);
          await strapi.documents(uid).update({ documentId: ctx.params.id, data });
          await auditAccess(strapi, caller, 'update', type, [ctx.params.id], Object.keys(data));
          return findScoped(strapi, caller, type, ctx.params.id, ctx.query);
        },
        async delete() {
          forbidden(
            "Le cartelle non si cancellano: usare l'anonimizzazione (GDPR art. 17)",
            'Case files are not deleted: use anonymisation (GDPR art. 17)'
          );
        },
        ...extra(strapi),
      }) as never
  );
}
