#!/usr/bin/env node
// Exports everything Ambito holds — every content type (catalogue, case files, governance, form and
// workflow definitions with their versions, submissions, audit), users, roles and permissions, and the
// uploaded files — to one uncompressed, unencrypted tar, with Strapi's own data transfer.
//   npm run backup [-- <file without .tar>]   (default backups/ambito-<date-time>)
// Keep the file as safely as the database: it holds personal data (encrypt it at rest where you store it).
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const file = process.argv[2] || path.join('backups', `ambito-${stamp}`);
fs.mkdirSync(path.dirname(path.resolve(root, file)), { recursive: true });

const strapi = path.join(root, 'node_modules', '@strapi', 'strapi', 'bin', 'strapi.js');
const result = spawnSync(process.execPath, [strapi, 'export', '--no-encrypt', '--no-compress', '-f', file], { cwd: root, stdio: 'inherit' });
if (result.status === 0) console.log(`Backup written to ${file}.tar`);
process.exit(result.status ?? 1);
