// Once per `jest` run: compile the Strapi app (TypeScript → dist) so that parallel test files
// only load it, and check PostgreSQL is reachable when the run targets it.
const path = require('node:path');

/** Whether this run has API or end-to-end files (they start from the demo template). */
function runsServerTests(globalConfig) {
  const projects = globalConfig && globalConfig.selectProjects;
  if (Array.isArray(projects) && projects.length > 0 && !projects.some((p) => p === 'api' || p === 'e2e')) return false;
  const patterns =
    (globalConfig &&
      (globalConfig.testPathPatterns?.patterns ?? globalConfig.testPathPatterns ?? globalConfig.testPathPattern)) ||
    [];
  const list = (Array.isArray(patterns) ? patterns : [patterns]).filter((p) => typeof p === 'string' && p !== '');
  if (list.length > 0 && list.every((p) => /unit|admin|__tests__/.test(p))) return false;
  return true;
}

module.exports = async (globalConfig) => {
  require('./env');
  // Names this run's demo template (tests/helpers/demo-template.js); the workers inherit it.
  process.env.AMBITO_TEST_RUN_ID = `${Date.now().toString(36)}${process.pid}`;
  const root = path.join(__dirname, '..', '..');
  process.chdir(root);
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { assertPostgresReachable } = require('../helpers/postgres-admin');
    await assertPostgresReachable();
  }
  const { compileStrapi } = require('@strapi/strapi');
  await compileStrapi({ appDir: root, ignoreDiagnostics: false });
  // The demo data, seeded once into a template the test files copy (tests/helpers/demo-template.js).
  if (runsServerTests(globalConfig)) await require('../helpers/demo-template').ensureTemplate();
};
