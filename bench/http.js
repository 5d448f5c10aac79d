#!/usr/bin/env node
// Benchmark of the API under bounded loopback load: boots the built app with the demo data (throw-away
// database), then for each route drives N clients for S seconds (bench/helpers/load-worker.js, a process
// of its own) and, right after in the same run, a plain Strapi route of comparable size as the reference.
// Prints req/s, p50, p99 and the throughput ratio. Goals (issue 19): public catalogue ≥ 0.7× and p99 ≤ 3×
// the reference; the operator's case list ≥ 0.5×. `--clients N` (default 10), `--seconds S` (default 5).
// No assertion: numbers for a person.
const path = require('node:path');
const { execFile } = require('node:child_process');
const { benchDatabase } = require('./helpers/bench-database');

const database = benchDatabase('http');
const ROOT = database.root;
const PASSWORD = 'Demo!Ambito2026';
const t = (s) => ({ it: s, en: s });

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return Number(value) || fallback;
}
const CLIENTS = option('clients', 10);
const SECONDS = option('seconds', 5);
/** `--only hsds`: the routes whose label holds that word (case-insensitive), e.g. to profile one of them. */
const ONLY = (() => {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === '--only' || arg.startsWith('--only='));
  return at < 0 ? undefined : (args[at].includes('=') ? args[at].split('=')[1] : args[at + 1]).toLowerCase();
})();
const wanted = (label) => !ONLY || label.toLowerCase().includes(ONLY);

/** A two-state workflow on services, for transitions back and forth (no guard, no action). */
const PING_PONG = {
  start: { roles: ['udp'] },
  states: [
    { key: 'a', label: t('A'), kind: 'initial', colour: '#1565c0' },
    { key: 'b', label: t('B'), kind: 'normal', colour: '#f9a825' },
    { key: 'end', label: t('Fine'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    { key: 'go', from: 'a', to: 'b', label: t('Avanti'), roles: ['udp'] },
    { key: 'back', from: 'b', to: 'a', label: t('Indietro'), roles: ['udp'] },
    { key: 'finish', from: ['a', 'b'], to: 'end', label: t('Fine'), roles: ['udp'] },
  ],
};

/** Runs the load in a child process (asynchronously: the server answers from this process's event loop). */
function load(base, requests, perClient = false) {
  const spec = JSON.stringify({ base, clients: CLIENTS, seconds: SECONDS, requests, perClient });
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [path.join(__dirname, 'helpers', 'load-worker.js'), spec],
      { encoding: 'utf8' },
      (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout)))
    );
  });
}

async function main() {
  const app = await database.start();
  try {
    const { seedDemo } = require(path.join(ROOT, 'dist', 'src', 'seed', 'run-seed'));
    await seedDemo(app);
    await app.server.mount();
    const server = app.server.httpServer;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    server.keepAliveTimeout = 120000;
    const base = `http://127.0.0.1:${server.address().port}`;
    const call = async (method, url, body, headers = {}) => {
      const response = await fetch(`${base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body && JSON.stringify(body),
      });
      return { status: response.status, body: response.status === 204 ? null : await response.json() };
    };
    const bearer = async (identifier) => ({
      authorization: `Bearer ${(await call('POST', '/api/auth/local', { identifier, password: PASSWORD })).body.jwt}`,
    });
    const udp = await bearer('udp');
    const operator = await bearer('op.bussero');

    const cases = await call('GET', '/api/cases?pagination[pageSize]=1', undefined, operator);
    const caseId = cases.body.data?.[0]?.documentId;
    const municipality = (await call('GET', '/api/municipalities?pagination[pageSize]=1')).body.data[0].documentId;
    const published = await app.db
      .query('plugin::forms.form-version')
      .findOne({ where: { status: 'published' }, populate: { form: true } });
    const formKey = published?.form?.key;

    // One workflow instance per client, each on a service of its own, moved a → b → a; the reference
    // updates the same services with a plain PUT.
    await call(
      'POST',
      '/api/workflows/definitions',
      { data: { key: 'bench-http', name: t('Bench'), contentType: 'api::service.service', definition: PING_PONG } },
      udp
    );
    await call('POST', '/api/workflows/definitions/bench-http/publish', undefined, udp);
    const services = await app.documents('api::service.service').findMany({ fields: ['documentId'], limit: CLIENTS });
    const instances = [];
    for (const service of services) {
      const started = await call(
        'POST',
        '/api/workflows/instances',
        { workflow: 'bench-http', subject: { type: 'api::service.service', documentId: service.documentId } },
        udp
      );
      instances.push(started.body.data.documentId);
    }
    const transitionSteps = instances.map((id) => [
      {
        method: 'POST',
        path: `/api/workflows/instances/${id}/transitions`,
        headers: udp,
        body: { transition: 'go', expectedState: 'a' },
      },
      {
        method: 'POST',
        path: `/api/workflows/instances/${id}/transitions`,
        headers: udp,
        body: { transition: 'back', expectedState: 'b' },
      },
    ]);
    const updateSteps = services.map((service, index) => [
      {
        method: 'PUT',
        path: `/api/services/${service.documentId}`,
        headers: udp,
        body: { data: { contactPhone: `02 ${1000000 + index}` } },
      },
    ]);

    const plainList = { path: '/api/municipalities' };
    const rows = [
      ['public catalogue GET /api/services', [{ path: '/api/services' }], 'GET /api/municipalities (public find)', [plainList]],
      [
        'public ?fields[0]=name',
        [{ path: '/api/services?fields%5B0%5D=name' }],
        'GET /api/municipalities?fields[0]=name',
        [{ path: '/api/municipalities?fields%5B0%5D=name' }],
      ],
      ['HSDS GET /hsds/services', [{ path: '/hsds/services' }], 'GET /api/municipalities (public find)', [plainList]],
      [
        "operator's case list GET /api/cases",
        [{ path: '/api/cases', headers: operator }],
        'GET /api/municipalities (operator)',
        [{ ...plainList, headers: operator }],
      ],
    ];
    if (caseId)
      rows.push([
        'case detail GET /api/cases/:id',
        [{ path: `/api/cases/${caseId}`, headers: operator }],
        'GET /api/municipalities/:id (operator)',
        [{ path: `/api/municipalities/${municipality}`, headers: operator }],
      ]);
    if (formKey) {
      rows.push([
        `form validation POST …/${formKey}/validate`,
        [{ method: 'POST', path: `/api/forms/definitions/${formKey}/validate`, headers: udp, body: { data: {} } }],
        'GET /api/municipalities (udp)',
        [{ ...plainList, headers: udp }],
      ]);
    }

    console.log(
      `\nHTTP under load (${database.label}, ${CLIENTS} clients × ${SECONDS} s each, loopback; reference measured right after, same run)`
    );
    const cell = (r) =>
      `${r.perSecond.toFixed(0).padStart(6)} req/s  p50 ${r.p50.toFixed(1).padStart(7)} ms  p99 ${r.p99.toFixed(1).padStart(7)} ms${r.non2xx || r.errors ? `  (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`;
    const report = (label, subject, referenceLabel, reference) => {
      console.log(`  ${label}`);
      console.log(`      ${cell(subject)}`);
      console.log(`    vs ${referenceLabel}`);
      console.log(`      ${cell(reference)}`);
      console.log(
        `    ratio ${(subject.perSecond / reference.perSecond).toFixed(2)}× throughput, p99 ${(subject.p99 / reference.p99).toFixed(2)}×`
      );
    };
    for (const [label, subject, referenceLabel, reference] of rows.filter(([label]) => wanted(label)))
      report(label, await load(base, subject), referenceLabel, await load(base, reference));
    if (wanted('workflow transition'))
      report(
        'workflow transition (a ⇄ b, one instance per client)',
        await load(base, transitionSteps, true),
        'PUT /api/services/:id (plain update, same records)',
        await load(base, updateSteps, true)
      );
  } finally {
    await database.stop(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
