// Runs in every jest worker before any test module: Strapi must never see the developer's .env
// or database (it loads .env when first required).
const path = require('node:path');

process.env.ENV_PATH = path.join(__dirname, '..', '.env.test');
process.env.NODE_ENV = 'test';
process.env.DATABASE_CLIENT = process.env.DATABASE_CLIENT || 'sqlite';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'error';
process.env.BROWSER = 'none';
