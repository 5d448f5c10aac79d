// Runs in every jest worker before any test module: Strapi must never see the developer's .env
// or database (it loads .env when first required).
const path = require('node:path');

process.env.ENV_PATH = path.join(__dirname, '..', '.env.test');
process.env.NODE_ENV = 'test';
process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT || 'sqlite';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
process.env.BROWSER = 'none';
// The mail engine's background sender stays off in tests: a test that sends calls the outbox itself, at the
// moment it chooses (tests/api/mail-outbox.test.ts), so no other test sees rows change under it.
process.env.MAIL_QUEUE_INTERVAL_SECONDS = process.env.MAIL_QUEUE_INTERVAL_SECONDS || '0';
