// Loads the app for a script (backup, restore, generated cases) as `strapi start` runs it: from its
// build in dist/ (the code and schemas the server runs), compiling it only when there is no build yet.
const fs = require('node:fs');
const path = require('node:path');

process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
process.env.STRAPI_TELEMETRY_DISABLED = 'true';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

const root = path.join(__dirname, '..', '..');

async function loadBuiltApp() {
  const distDir = path.join(root, 'dist');
  const context = fs.existsSync(path.join(distDir, 'src', 'index.js'))
    ? { appDir: root, distDir }
    : await compileStrapi({ appDir: root });
  const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  return app;
}

module.exports = { loadBuiltApp, root };
