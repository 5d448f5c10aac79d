import type { Core } from '@strapi/strapi';

interface Ctx {
  path: string;
  status: number;
  body: unknown;
  get(header: string): string;
}

/**
 * users-permissions checks an access token by its signature only, so a token stays valid until it
 * expires even after its session was revoked (logout, password reset or change, account blocked:
 * src/security/sessions.ts). This refuses an access token whose session no longer exists: 401.
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Ctx, next: () => Promise<void>) => {
    const header = ctx.get('Authorization');
    if (!ctx.path.startsWith('/api/') || !header.startsWith('Bearer ')) return next();
    const manager = strapi.sessionManager;
    if (!manager?.hasOrigin?.('users-permissions')) return next();
    const sessions = manager('users-permissions');
    const result = sessions.validateAccessToken(header.slice('Bearer '.length).trim()) as {
      isValid: boolean;
      payload?: { type?: string; sessionId?: string };
    };
    // Tokens that do not validate are left to users-permissions, which refuses them with its own 401.
    if (!result.isValid || result.payload?.type !== 'access' || !result.payload.sessionId) return next();
    if (await sessions.isSessionActive(result.payload.sessionId)) return next();
    ctx.status = 401;
    ctx.body = {
      data: null,
      error: {
        status: 401,
        name: 'UnauthorizedError',
        message: 'Sessione revocata: accedere di nuovo / Session revoked: log in again',
        details: {},
      },
    };
  };
