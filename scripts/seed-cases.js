#!/usr/bin/env node
// `npm run seed:cases -- --count 100000`: synthetic beneficiaries with one case each, for benchmarks,
// into the configured database, in batches inside transactions, with a progress bar.
const path = require('node:path');
const cliProgress = require('cli-progress');

process.env.LOG_LEVEL = process.env.LOG_LEVEL || 'warn';
const { compileStrapi, createStrapi } = require('@strapi/strapi');

function countArg() {
  const index = process.argv.indexOf('--count');
  const raw = index >= 0 ? process.argv[index + 1] : (process.argv.find((a) => a.startsWith('--count=')) || '').split('=')[1];
  const count = Number(raw ?? 1000);
  if (!Number.isInteger(count) || count < 1) {
    console.error('--count: un numero intero positivo / a positive whole number');
    process.exit(2);
  }
  return count;
}

async function main() {
  const count = countArg();
  const appContext = await compileStrapi();
  const app = await createStrapi({ ...appContext, autoReload: false, serveAdminPanel: false }).load();
  app.log.level = 'warn';
  const bar = new cliProgress.SingleBar({ format: 'casi / cases [{bar}] {value}/{total} {percentage}% – {eta}s' }, cliProgress.Presets.shades_classic);
  try {
    const { generateCases } = require(path.join(appContext.distDir, 'src', 'seed', 'cases', 'generate.js'));
    bar.start(count, 0);
    const { records, rows, ms } = await generateCases(app, { count, onProgress: (done) => bar.update(done) });
    bar.stop();
    console.log(`[seed:cases] ${records} records (${rows} rows with relation links) in ${(ms / 1000).toFixed(1)} s – ${Math.round(records / (ms / 1000))} records/s, ${Math.round(rows / (ms / 1000))} rows/s`);
  } finally {
    await app.destroy();
  }
}

main().catch((error) => {
  console.error('[seed:cases] failed:', error);
  process.exit(1);
});
