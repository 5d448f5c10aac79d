import type { Core } from '@strapi/strapi';

const config = ({ env }: Core.Config.Shared.ConfigParams): Core.Config.Server => ({
  // Only this machine unless HOST says otherwise (HOST=0.0.0.0 behind a reverse proxy or in a container):
  // a fresh install is never reachable from the network before its first admin exists.
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  // Behind a load balancer or reverse proxy set TRUST_PROXY=true, so that the client's address (used by
  // the login throttle and users-permissions' rate limit) comes from X-Forwarded-For and not the proxy.
  proxy: env.bool('TRUST_PROXY', false),
  // Static files and uploads (public/uploads); another folder for a restore drill or a test's own files.
  dirs: { public: env('PUBLIC_DIR', './public') },
  app: {
    keys: env.array('APP_KEYS')!,
  },
  // No remote `strapi transfer` (pull or push of the whole database with a transfer token).
  transfer: { remote: { enabled: env.bool('TRANSFER_REMOTE_ENABLED', false) } },
  // Strapi's cron runs the daily jobs (workflows: overdue records, e-mails about deadlines near); each job
  // runs once a day even with several instances on one database. CRON_ENABLED=false turns it off (tests
  // run the jobs themselves).
  cron: { enabled: env.bool('CRON_ENABLED', env('NODE_ENV') !== 'test') },
  webhooks: {
    populateRelations: env.bool('WEBHOOKS_POPULATE_RELATIONS', false),
  },
});

export default config;
