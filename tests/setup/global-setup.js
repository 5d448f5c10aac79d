// Once per `jest` run: compile the Strapi app (TypeScript → dist) so that parallel test files
// only load it, and check PostgreSQL is reachable when the run targets it.
const path = require('node:path');

module.exports = async () => {
  require('./env');
  // Names this run's demo template (tests/helpers/demo-template.ts); the workers inherit it.
  process.env.AMBITO_TEST_RUN_ID = `${Date.now().toString(36)}${process.pid}`;
  const root = path.join(__dirname, '..', '..');
  process.chdir(root);
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { assertPostgresReachable } = require('../helpers/postgres-admin');
    await assertPostgresReachable();
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: root, ignoreDiagnostics: false });
};
