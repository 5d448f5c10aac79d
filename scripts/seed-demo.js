#!/usr/bin/env node
// Loads the demo data of Distretto 4 into the configured database (idempotent: what exists is kept).
// Runs only when asked (npm run seed:demo, npm run demo); never at start-up.
const path = require('node:path');

process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

async function main() {
  const appContext = await compileStrapi();
  const app = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  try {
    const { seedDemo } = require(path.join(appContext.distDir, 'src', 'seed', 'run-seed.js'));
    await seedDemo(app, (line) => console.log(`[seed] ${line}`));
    console.log('[seed] demo data of Distretto 4 loaded');
  } finally {
    await app.destroy();
  }
}

main().catch((error) => {
  console.error('[seed] failed:', error.details ? JSON.stringify(error.details) : '', error);
  process.exit(1);
});
