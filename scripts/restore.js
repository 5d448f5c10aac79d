#!/usr/bin/env node
// Restores a backup made by scripts/backup.js into the configured database, replacing what is there
// (meant for an empty database: a new server, or after a loss).
//   npm run restore -- <file.tar>
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const file = process.argv[2];
if (!file) {
  console.error('Uso / Usage: npm run restore -- <backup.tar>');
  process.exit(2);
}
const strapi = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const result = spawnSync(process.execPath, [strapi, 'import', '-f', file, '--force'], { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);
