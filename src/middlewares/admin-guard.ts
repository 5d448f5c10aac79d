import type { Core } from '@strapi/strapi';

/**
 * Content types holding personal data of the case files (and the forms and audit rows about them). Strapi's
 * content manager would read and write them without the case files' row and field rules and without an
 * audit row: it refuses them to every admin account, super admins included.
 */
export const CASE_FILE_TYPES = [
  'api::beneficiary.beneficiary',
  'api::household.household',
  'api::case.case',
  'api::referral.referral',
  'api::intervention.intervention',
  'api::voucher.voucher',
  'plugin::forms.submission',
  'plugin::workflows.audit-record',
];

interface Ctx {
  method: string;
  path: string;
  querystring: string;
  status: number;
  body: unknown;
  request: { body?: unknown };
  get(header: string): string;
}

const safeDecode = (text: string): string => {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
};

function refuse(ctx: Ctx, status: number, it: string, en: string): void {
  ctx.status = status;
  ctx.body = {
    data: null,
    error: { status, name: status === 403 ? 'ForbiddenError' : 'NotFoundError', message: `${it} / ${en}`, details: {} },
  };
}

/** Whether a content-manager request names a case-file type anywhere: path, query or body. */
function namesCaseFileType(ctx: Ctx): boolean {
  const body = ctx.request.body && typeof ctx.request.body === 'object' ? JSON.stringify(ctx.request.body) : '';
  const text = `${safeDecode(ctx.path)} ${safeDecode(ctx.querystring)} ${body}`.toLowerCase();
  return CASE_FILE_TYPES.some((uid) => text.includes(uid));
}

/**
 * The Strapi admin panel is the developers' tool, never the way into the case files:
 * - `POST /admin/register-admin` (Strapi's "create the first super admin" form, open to anyone while no
 *   admin exists) is refused always: the first admin is created from the command line
 *   (`npm run admin:create`), by someone who already has the server.
 * - the content manager refuses every request about a case-file type (CASE_FILE_TYPES), whoever asks:
 *   the Ufficio di Piano works in the console, where the case files' access layer and audit apply.
 * Runs after src/middlewares/canonical-path.ts, so the paths compared here are the only spellings served.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.path === '/admin/register-admin') {
      strapi.log.warn('Refused POST /admin/register-admin: the first admin is created with `npm run admin:create`');
      refuse(
        ctx,
        403,
        "Registrazione dell'amministratore disattivata: crearlo dal server con `npm run admin:create`",
        'Admin registration is disabled: create the admin on the server with `npm run admin:create`'
      );
      return;
    }
    // Without credentials Strapi answers 401 itself; with any, the answer is 403 whoever the admin is.
    if (ctx.path.startsWith('/content-manager/') && ctx.get('Authorization') && namesCaseFileType(ctx)) {
      strapi.log.warn(`Refused the content manager on a case-file type: ${ctx.method} ${ctx.path}`);
      refuse(
        ctx,
        403,
        'Le cartelle sociali non si consultano dal pannello di Strapi: usare la console',
        "Case files are not available in Strapi's admin panel: use the console"
      );
      return;
    }
    await next();
  };
