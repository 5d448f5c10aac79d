#!/usr/bin/env node
// `npm run bench`: runs every benchmark of this folder (each boots what it needs), one after the other.
// `npm run bench -- workflows` runs those whose file name contains "workflows".
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

// Words select benchmarks; options (`--count 100000`, `--count=100000`) are passed on to each of them.
const args = process.argv.slice(2);
const options = [];
const filters = [];
for (let i = 0; i < args.length; i += 1) {
  if (!args[i].startsWith('--')) filters.push(args[i]);
  else {
    options.push(args[i]);
    if (!args[i].includes('=') && args[i + 1] !== undefined && !args[i + 1].startsWith('--')) options.push(args[(i += 1)]);
  }
}
const benches = fs
  .readdirSync(__dirname)
  .filter((file) => file.endsWith('.js') && file !== 'run.js')
  .filter((file) => filters.length === 0 || filters.some((filter) => file.includes(filter)))
  .sort();

let failed = 0;
for (const file of benches) {
  console.log(`\n▶ bench/${file}`);
  const result = spawnSync(process.execPath, [path.join(__dirname, file), ...options], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) failed += 1;
}
process.exit(failed > 0 ? 1 : 0);
