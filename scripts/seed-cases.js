#!/usr/bin/env node
// `npm run seed:cases -- --count 100000`: synthetic beneficiaries with one case each, for benchmarks,
// into the configured database, in batches of 1000, each in one transaction (a run that stops half-way
// leaves whole batches only; running it again adds new cases), with a progress bar (a line per batch
// when the output is not a terminal). Uses the built app (npm run build).
const path = require('node:path');
const cliProgress = require('cli-progress');
const { loadBuiltApp } = require('./lib/built-app');

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
  const app = await loadBuiltApp();
  const terminal = process.stderr.isTTY;
  const bar = new cliProgress.SingleBar(
    { format: 'casi / cases [{bar}] {value}/{total} {percentage}% – {eta}s' },
    cliProgress.Presets.shades_classic
  );
  const progress = (done) => (terminal ? bar.update(done) : console.log(`[seed:cases] ${done}/${count}`));
  try {
    const { generateCases } = require(path.join(app.dirs.dist.root, 'src', 'seed', 'cases', 'generate.js'));
    if (terminal) bar.start(count, 0);
    const { records, rows, ms } = await generateCases(app, { count, onProgress: progress });
    if (terminal) bar.stop();
    console.log(
      `[seed:cases] ${records} records (${rows} rows with relation links) in ${(ms / 1000).toFixed(1)} s – ${Math.round(records / (ms / 1000))} records/s, ${Math.round(rows / (ms / 1000))} rows/s`
    );
  } finally {
    await app.destroy();
  }
}

main().catch((error) => {
  console.error('[seed:cases] failed:', error);
  process.exit(1);
});
