#!/usr/bin/env node
// Exports everything Ambito holds — every content type (catalogue, case files, governance, form and
// workflow definitions with their versions, submissions, instances, history, audit), users, roles and
// permissions, the configuration store and the uploaded files — to one uncompressed, unencrypted tar,
// with Strapi's data transfer engine run on the built app (as `strapi export` does, without recompiling).
//   npm run backup [-- <file without .tar>]   (default backups/ambito-<date-time>)
// Keep the file as safely as the database: it holds personal data (encrypt it at rest where you store it).
const path = require('node:path');
const fs = require('node:fs');
const { engine: engineApi, file, strapi: strapiTransfer } = require('@strapi/data-transfer');
const { loadBuiltApp, root } = require('./lib/built-app');
const { transforms } = require('./transfer/scope');

async function main() {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = path.resolve(root, process.argv[2] || path.join('backups', `ambito-${stamp}`));
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const app = await loadBuiltApp();
  try {
    const source = strapiTransfer.providers.createLocalStrapiSourceProvider({ getStrapi: () => app, autoDestroy: false });
    const destination = file.providers.createLocalFileDestinationProvider({
      file: { path: target },
      encryption: { enabled: false },
      compression: { enabled: false },
    });
    const engine = engineApi.createTransferEngine(source, destination, {
      versionStrategy: 'ignore',
      schemaStrategy: 'ignore',
      transforms,
    });
    engine.diagnostics.onDiagnostic((d) => {
      if (d.kind === 'error') console.error(`[backup] ${d.details?.message ?? JSON.stringify(d.details)}`);
    });
    const result = await engine.transfer();
    const written = result.destination?.file?.path ?? `${target}.tar`;
    if (!fs.existsSync(written)) throw new Error(`file not written: ${written}`);
    console.log(`Backup written to ${written}`);
  } finally {
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('[backup] non riuscito / failed:', error);
    process.exit(1);
  }
);
