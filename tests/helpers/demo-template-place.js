// Where this run's demo template lives (see demo-template.ts): shared by the workers and the global
// teardown, which is plain JavaScript.
const os = require('node:os');
const path = require('node:path');

const runId = () => process.env.AMBITO_TEST_RUN_ID || 'adhoc';
const templateDir = () => path.join(os.tmpdir(), `ambito-template-${runId()}`);
const templateDatabase = () => `ambito_tpl_${runId().replace(/[^a-z0-9]/gi, '').toLowerCase()}`;

module.exports = { templateDir, templateDatabase };
