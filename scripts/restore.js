#!/usr/bin/env node
// Restores a backup made by scripts/backup.js into the configured database, replacing what is there
// (meant for an empty database: a new server, or after a loss): the records of every content type, their
// links, the configuration store and the uploaded files. Runs Strapi's data transfer engine on the built
// app; the backup must come from the same version of Ambito (a schema difference stops the restore).
//   npm run restore -- <file.tar>
const fs = require('node:fs');
const path = require('node:path');

const file = process.argv[2];
if (!file || !fs.existsSync(file)) {
  console.error('Uso / Usage: npm run restore -- <backup.tar>');
  process.exit(2);
}

const { engine: engineApi, file: fileTransfer, strapi: strapiTransfer } = require('@strapi/data-transfer');
const { loadBuiltApp } = require('./lib/built-app');
const { transforms, restoreOptions } = require('./transfer/scope');
const { carryIds, insertWithCarriedIds, advanceSequences } = require('./transfer/keep-ids');

async function main() {
  const app = await loadBuiltApp();
  insertWithCarriedIds(app);
  try {
    const source = fileTransfer.providers.createLocalFileSourceProvider({
      file: { path: path.resolve(file) },
      encryption: { enabled: false },
      compression: { enabled: false },
    });
    const destination = carryIds(
      strapiTransfer.providers.createLocalStrapiDestinationProvider({
        getStrapi: () => app,
        autoDestroy: false,
        strategy: 'restore',
        restore: restoreOptions(app),
      })
    );
    const engine = engineApi.createTransferEngine(source, destination, {
      versionStrategy: 'ignore',
      schemaStrategy: 'strict',
      transforms,
    });
    engine.diagnostics.onDiagnostic((d) => {
      if (d.kind === 'error') console.error(`[restore] ${d.details?.message ?? JSON.stringify(d.details)}`);
      if (d.kind === 'warning') console.warn(`[restore] ${d.details?.message ?? JSON.stringify(d.details)}`);
    });
    await engine.transfer();
    await advanceSequences(app);
    console.log(`Restored ${file}`);
  } finally {
    await app.destroy();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error('[restore] non riuscito / failed:', error);
    process.exit(1);
  }
);
