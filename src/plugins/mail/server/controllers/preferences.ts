import type { Core } from '@strapi/strapi';
import { bodyData } from '../../../plugin-kit/request';
import { throwIssues, type BilingualIssue } from '../../../plugin-kit/errors';
import type { RequestUser } from '../../../plugin-kit/request-user';
import { kindsFor, NOTICE_KINDS, NOTICE_LABELS, type NoticePreferences } from '../../shared/kinds';
import type { OutboxService } from '../services/outbox';
import type { PreferencesService } from '../services/preferences';

interface Ctx {
  state: { user?: RequestUser };
  request: { body?: unknown };
  body: unknown;
}

/** `GET`/`PUT /api/mail/preferences`: the caller's own choice of notices by e-mail; `GET /api/mail/status`: the outbox. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const preferences = () => strapi.plugin('mail').service('preferences') as PreferencesService;
  const outbox = () => strapi.plugin('mail').service('outbox') as OutboxService;
  const view = (notices: NoticePreferences, user: RequestUser | undefined) => ({
    notices,
    // Only the notices the caller's role can receive are offered (a referral reaches a provider's staff).
    kinds: kindsFor(user?.role?.type).map((kind) => ({ kind, label: NOTICE_LABELS[kind] })),
    // Without an SMTP server e-mail is written to the server's log: the console says so.
    configured: outbox().configured(),
  });
  return {
    async find(ctx: Ctx) {
      ctx.body = { data: view(await preferences().of(ctx.state.user!.id), ctx.state.user) };
    },
    async update(ctx: Ctx) {
      const data = bodyData(ctx, ['notices']);
      const notices = data.notices as Record<string, unknown> | undefined;
      const issues: BilingualIssue[] = [];
      if (!notices || typeof notices !== 'object' || Array.isArray(notices)) {
        issues.push({ path: 'notices', it: 'indicare per ogni avviso sì o no', en: 'say yes or no for each notice' });
      } else {
        for (const [kind, value] of Object.entries(notices)) {
          if (!(NOTICE_KINDS as readonly string[]).includes(kind))
            issues.push({ path: `notices.${kind}`, it: 'avviso sconosciuto', en: 'unknown notice' });
          else if (typeof value !== 'boolean')
            issues.push({
              path: `notices.${kind}`,
              it: `${NOTICE_LABELS[kind as keyof typeof NOTICE_LABELS].it}: sì o no`,
              en: `${NOTICE_LABELS[kind as keyof typeof NOTICE_LABELS].en}: yes or no`,
            });
        }
      }
      if (issues.length > 0) throwIssues(issues, ['data']);
      ctx.body = {
        data: view(await preferences().set(ctx.state.user!.id, notices as Partial<NoticePreferences>), ctx.state.user),
      };
    },
    async status(ctx: Ctx) {
      ctx.body = { data: await outbox().summary() };
    },
  };
};
