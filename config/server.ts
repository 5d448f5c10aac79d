import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Behind a load balancer or reverse proxy set TRUST_PROXY=true, so that the client's address (used by
  // the login throttle and users-permissions' rate limit) comes from X-Forwarded-For and not the proxy.
  proxy: env.bool('TRUST_PROXY', false),
  // Static files and uploads (public/uploads); another folder for a restore drill or a test's own files.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
