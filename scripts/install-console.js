#!/usr/bin/env node
// Installs the console's own dependencies (admin/ has its own package.json and lock:
// it runs React 19 + react-admin 5, while Strapi's admin panel needs React 18).
// Skipped when admin/node_modules is already in step with admin/package-lock.json.
const { execSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const adminDir = path.join(__dirname, '..', 'admin');
const lock = path.join(adminDir, 'package-lock.json');
const installed = path.join(adminDir, 'node_modules', '.package-lock.json');

function mtime(file) {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return 0;
  }
}

if (!fs.existsSync(path.join(adminDir, 'package.json'))) process.exit(0);
if (mtime(installed) >= mtime(lock) && mtime(installed) > 0) {
  console.log('[ambito] console dependencies up to date');
  process.exit(0);
}
const command = fs.existsSync(lock) ? 'npm ci --no-audit --no-fund' : 'npm install --no-audit --no-fund';
console.log(`[ambito] installing console dependencies: ${command}`);
execSync(command, { cwd: adminDir, stdio: 'inherit' });
