// One Strapi instance in a child process of its own (tests/helpers/instances.ts forks it): boots the
// compiled app (dist/, built by jest's global-setup) on the database its environment names, listens on a
// free port and answers a few commands over IPC, so that a test drives several real instances at once.
const path = require('node:path');

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');

let app;

const commands = {
  /** The demo data of Distretto 4 (dist/src/seed/run-seed.js). */
  async seed() {
    const { seedDemo } = require(path.join(DIST, 'src', 'seed', 'run-seed.js'));
    await seedDemo(app);
    return true;
  },
  /** The workflows daily job, as the plugin's cron task calls it. */
  async daily({ now }) {
    return app
      .plugin('workflows')
      .service('daily-job')
      .run(now ? { now: new Date(now) } : {});
  },
  async count({ uid, where }) {
    return app.db.query(uid).count({ where });
  },
  async rows({ uid, where, select, populate }) {
    return app.db.query(uid).findMany({ where, select, populate });
  },
  /** Changes a loaded config value (e.g. users-permissions' own per-address rate limit). */
  async config({ key, value }) {
    app.config.set(key, value);
    return true;
  },
};

// The test process gone (finished, crashed or killed): this instance goes too.
process.on('disconnect', () => process.exit(0));

process.on('message', async (message) => {
  const { id, cmd, args } = message;
  try {
    const result = await commands[cmd](args ?? {});
    process.send({ id, result });
  } catch (error) {
    process.send({ id, error: String(error && error.stack ? error.stack : error) });
  }
});

async function main() {
  const { createStrapi } = require('@strapi/strapi');
  app = await createStrapi({ appDir: ROOT, distDir: DIST, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'error';
  await app.server.mount();
  const server = app.server.httpServer;
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send({ ready: true, port: server.address().port });
}

main().catch((error) => {
  console.error('[instance] start-up failed:', error);
  process.send?.({ failed: String(error && error.stack ? error.stack : error) });
  process.exit(1);
});
