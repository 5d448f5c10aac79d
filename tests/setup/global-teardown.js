// Once per `jest` run, after every file: remove this run's demo template (tests/helpers/demo-template.ts).
const fs = require('node:fs');

module.exports = async () => {
  const { templateDir, templateDatabase } = require('../helpers/demo-template-place');
  if (process.env.DATABASE_CLIENT === 'postgres') {
    const { dropDatabase } = require('../helpers/postgres-admin');
    await dropDatabase(templateDatabase());
  }
  fs.rmSync(templateDir(), { recursive: true, force: true });
};
