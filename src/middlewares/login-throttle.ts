import type { Core } from '@strapi/strapi';
import { digest, loginFailures, type Attempt } from '../security/login-failures';

interface Ctx {
  path: string;
  method: string;
  ip: string;
  status: number;
  body: unknown;
  request: { body?: { identifier?: unknown } };
  set(header: string, value: string): void;
}

/** The account a login attempt is about: `UDP `, `udp` and `ｕｄｐ` are one account. */
export function accountKey(identifier: string): string {
  return identifier.normalize('NFKC').trim().toLowerCase();
}

/**
 * The key an attempt is counted under: the account it names, however it is named (users-permissions
 * accepts the e-mail, in any case, or the username: both are one account and share one count; the
 * identifier's case, width and spaces do not start a new count either), or the
 * normalised identifier when no account has that name (so guessing at unknown names is counted too).
 */
async function countingKey(strapi: Core.Strapi, identifier: string): Promise<string> {
  const normalised = accountKey(identifier);
  const user = (await strapi.db.query('plugin::users-permissions.user').findOne({
    where: {
      provider: 'local',
      $or: [
        { email: identifier.toLowerCase() },
        { username: identifier },
        { email: { $eqi: normalised } },
        { username: { $eqi: normalised } },
      ],
    },
    select: ['id'],
  })) as { id: number } | null;
  return user ? `user#${user.id}` : normalised;
}

/**
 * Throttles POST /api/auth/local by failed attempts, per account (the identifier normalised, so changing
 * case, width or spaces does not start a new count) and per client address. Past the limit every
 * attempt is refused with 429, even with the right password, until the window has passed; a successful
 * login clears the account's count. The attempts are counted in the database (src/security/login-failures.ts),
 * so the limits hold across all Strapi instances sharing it. users-permissions' own rate limit (10 requests a minute per address
 * and route, in memory: per instance) stays in front of the controller as flood control.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const windowMs = (Number(process.env.LOGIN_THROTTLE_WINDOW_SECONDS) || 900) * 1000;
  const perAccount = Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT) || 5;
  const perAddress = Number(process.env.LOGIN_MAX_FAILURES_PER_ADDRESS) || 20;
  const failures = loginFailures(strapi, windowMs);

  return async (ctx: Ctx, next: () => Promise<void>) => {
    // The one spelling the router still accepts (src/middlewares/canonical-path.ts answers 404 to the others).
    if (ctx.method !== 'POST' || ctx.path !== '/api/auth/local') return next();
    const identifier = ctx.request.body?.identifier;
    const now = new Date();
    const account = typeof identifier === 'string' ? digest(await countingKey(strapi, identifier)) : null;
    const attempt: Attempt = await failures.reserve(account, digest(ctx.ip), now);
    const counts = await failures.counts(attempt, now);
    // The attempt counts itself: refused when the earlier ones already reach the limit.
    const blocked = [
      attempt.account && counts.account > perAccount ? (['account', attempt.account] as const) : null,
      counts.address > perAddress ? (['address', attempt.address] as const) : null,
    ].filter((key): key is readonly ['account' | 'address', string] => key !== null);
    if (blocked.length > 0) {
      await failures.release(attempt);
      const freeAt = Math.max(...(await Promise.all(blocked.map(([field, value]) => failures.freeAt(field, value, now)))));
      const retryAfter = Math.max(1, Math.ceil((freeAt - now.getTime()) / 1000));
      strapi.log.warn(`Login throttled (${blocked.map(([field]) => field).join(', ')}) from ${ctx.ip}`);
      ctx.status = 429;
      ctx.set('Retry-After', String(retryAfter));
      ctx.body = {
        data: null,
        error: {
          status: 429,
          name: 'RateLimitError',
          message: `Troppi tentativi di accesso falliti: riprovare tra ${Math.ceil(retryAfter / 60)} minuti / Too many failed login attempts: try again in ${Math.ceil(retryAfter / 60)} minutes`,
          details: { retryAfter },
        },
      };
      return;
    }
    try {
      await next();
    } catch (error) {
      // users-permissions throws ValidationError (wrong password, unknown user) or ApplicationError
      // (blocked account); errors outside this middleware turn them into 400. Those stay as failures.
      const name = (error as { name?: string }).name;
      if (name !== 'ValidationError' && name !== 'ApplicationError') await failures.release(attempt);
      throw error;
    }
    if (ctx.status === 200) await failures.clearAccount(attempt);
    else if (ctx.status !== 400) await failures.release(attempt);
  };
};
