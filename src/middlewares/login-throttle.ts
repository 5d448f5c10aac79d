import type { Core } from '@strapi/strapi';

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

/** Failure times per key within a sliding window. In memory: each instance counts its own attempts. */
class FailureLog {
  private readonly failures = new Map<string, number[]>();
  constructor(private readonly windowMs: number) {}

  count(key: string, now: number): number {
    const recent = (this.failures.get(key) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent.length;
  }

  oldest(key: string): number | undefined {
    return this.failures.get(key)?.[0];
  }

  add(key: string, now: number): void {
    this.failures.set(key, [...(this.failures.get(key) ?? []), now]);
  }

  clear(key: string): void {
    this.failures.delete(key);
  }
}

/**
 * Throttles POST /api/auth/local by failed attempts, per account (the identifier normalised, so changing
 * case, width or spaces does not start a new count) and per client address. Past the limit every
 * attempt is refused with 429, even with the right password, until the window has passed; a successful
 * login clears the account's count. users-permissions' own rate limit (10 requests a minute per address
 * and route) stays in front of the controller as flood control.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  const windowMs = (Number(process.env.LOGIN_THROTTLE_WINDOW_SECONDS) || 900) * 1000;
  const perAccount = Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT) || 5;
  const perAddress = Number(process.env.LOGIN_MAX_FAILURES_PER_ADDRESS) || 20;
  const log = new FailureLog(windowMs);

  return async (ctx: Ctx, next: () => Promise<void>) => {
    if (ctx.method !== 'POST' || ctx.path.replace(/\/+$/, '') !== '/api/auth/local') return next();
    const identifier = ctx.request.body?.identifier;
    const account = typeof identifier === 'string' ? `account:${accountKey(identifier)}` : null;
    const address = `address:${ctx.ip}`;
    const now = Date.now();
    const blocked = [account && log.count(account, now) >= perAccount ? account : null, log.count(address, now) >= perAddress ? address : null].filter(
      (key): key is string => key !== null,
    );
    if (blocked.length > 0) {
      const retryAfter = Math.max(1, Math.ceil((Math.max(...blocked.map((k) => log.oldest(k) ?? now)) + windowMs - now) / 1000));
      strapi.log.warn(`Login throttled (${blocked.map((k) => k.split(':')[0]).join(', ')}) from ${ctx.ip}`);
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
    const fail = () => {
      if (account) log.add(account, now);
      log.add(address, now);
    };
    try {
      await next();
    } catch (error) {
      // users-permissions throws ValidationError (wrong password, unknown user) or ApplicationError
      // (blocked account); errors outside this middleware turn them into 400.
      const name = (error as { name?: string }).name;
      if (name === 'ValidationError' || name === 'ApplicationError') fail();
      throw error;
    }
    if (ctx.status === 200 && account) log.clear(account);
    else if (ctx.status === 400) fail();
  };
};
