#!/usr/bin/env node
// Benchmark of the workflows engine: a transition (POST /api/workflows/instances/:id/transitions: role,
// expected state, guards, one database transaction with a conditional update, history, audit) against a
// plain update of the same record (PUT /api/services/:documentId), over HTTP, in the same run, on a
// temporary SQLite file (or, with DATABASE_CLIENT=postgres and DATABASE_URL, a throw-away schema).
// Prints transitions per second, p50/p95 latencies and the ratios. No assertion: numbers for a person.
const path = require('node:path');
const { performance } = require('node:perf_hooks');
// The test environment's throw-away secrets and isolation, on a throw-away database (never the developer's).
const { benchDatabase } = require('./helpers/bench-database');

const database = benchDatabase();
const ROOT = database.root;

const ITERATIONS = Number(process.env.BENCH_ITERATIONS || 300);
const WARM_UP = 30;
const PARALLEL = 8;
const PASSWORD = 'Demo!Ambito2026';
const t = (s) => ({ it: s, en: s });

const PING_PONG = {
  start: { roles: ['udp', 'operator'] },
  states: [
    { key: 'a', label: t('A'), kind: 'initial', colour: '#1565c0' },
    { key: 'b', label: t('B'), kind: 'normal', colour: '#f9a825', deadline: { workingDays: 10 } },
    { key: 'end', label: t('Fine'), kind: 'final', colour: '#2e7d32' },
  ],
  transitions: [
    // Guarded like a real step: the record must be active and have a contact e-mail.
    {
      key: 'go',
      from: 'a',
      to: 'b',
      label: t('Avanti'),
      roles: ['udp'],
      guards: [
        { type: 'fields', fields: ['contactEmail'] },
        { type: 'expression', expression: { '==': [{ var: 'record.status' }, 'active'] }, message: t('Servizio non attivo') },
      ],
      actions: [{ type: 'assign', role: 'udp', user: 'actor' }],
    },
    { key: 'back', from: 'b', to: 'a', label: t('Indietro'), roles: ['udp'] },
    { key: 'finish', from: ['a', 'b'], to: 'end', label: t('Fine'), roles: ['udp'] },
  ],
};

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const app = await database.start();
  try {
    const { seedDemo } = require(path.join(ROOT, 'dist', 'src', 'seed', 'run-seed'));
    await seedDemo(app);
    await app.server.mount();
    const server = app.server.httpServer;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    // Idle keep-alive sockets must outlive the in-process phase (else the next fetch meets a closed one).
    server.keepAliveTimeout = 120000;
    const base = `http://127.0.0.1:${server.address().port}`;
    const call = async (method, url, body, headers = {}) => {
      const response = await fetch(`${base}${url}`, {
        method,
        headers: { 'content-type': 'application/json', ...headers },
        body: body && JSON.stringify(body),
      });
      const json = response.status === 204 ? null : await response.json();
      return { status: response.status, body: json };
    };
    const login = await call('POST', '/api/auth/local', { identifier: 'udp', password: PASSWORD });
    const udp = { authorization: `Bearer ${login.body.jwt}` };
    await call(
      'POST',
      '/api/workflows/definitions',
      { data: { key: 'bench', name: t('Bench'), contentType: 'api::service.service', definition: PING_PONG } },
      udp
    );
    await call('POST', '/api/workflows/definitions/bench/publish', undefined, udp);
    const services = await app.documents('api::service.service').findMany({ fields: ['documentId'], limit: PARALLEL + 1 });
    const start = async (documentId) =>
      (
        await call(
          'POST',
          '/api/workflows/instances',
          { workflow: 'bench', subject: { type: 'api::service.service', documentId } },
          udp
        )
      ).body.data.documentId;

    // The same record: one instance on it, moved a ⇄ b; the record itself updated with PUT.
    const record = services[0].documentId;
    const instance = await start(record);
    let state = 'a';
    const transition = async () => {
      const next = state === 'a' ? 'go' : 'back';
      const response = await call(
        'POST',
        `/api/workflows/instances/${instance}/transitions`,
        { transition: next, expectedState: state },
        udp
      );
      if (response.status !== 200) throw new Error(`transition ${next}: ${response.status} ${JSON.stringify(response.body)}`);
      state = response.body.data.state;
    };
    let phone = 0;
    const update = async () => {
      phone += 1;
      const response = await call(
        'PUT',
        `/api/services/${record}`,
        { data: { contactPhone: `02 ${String(1000000 + phone)}` } },
        udp
      );
      if (response.status !== 200) throw new Error(`update: ${response.status} ${JSON.stringify(response.body)}`);
    };

    const timed = async (fn) => {
      for (let i = 0; i < WARM_UP; i += 1) await fn();
      const latencies = [];
      const begin = performance.now();
      for (let i = 0; i < ITERATIONS; i += 1) {
        const t0 = performance.now();
        await fn();
        latencies.push(performance.now() - t0);
      }
      const seconds = (performance.now() - begin) / 1000;
      return { perSecond: ITERATIONS / seconds, p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
    };
    const moves = await timed(transition);
    const updates = await timed(update);

    // In process, without HTTP and authentication: the engine's service against the document service.
    const user = await app.db
      .query('plugin::users-permissions.user')
      .findOne({ where: { username: 'udp' }, populate: { role: true } });
    const transitions = app.plugin('workflows').service('transitions');
    const serviceTransition = async () => {
      const next = state === 'a' ? 'go' : 'back';
      state = (await transitions.take(instance, { transition: next, expectedState: state, comment: null }, user)).state;
    };
    const serviceUpdate = async () => {
      phone += 1;
      await app
        .documents('api::service.service')
        .update({ documentId: record, locale: 'it', data: { contactPhone: `02 ${String(1000000 + phone)}` } });
    };
    const inProcessMoves = await timed(serviceTransition);
    const inProcessUpdates = await timed(serviceUpdate);

    // Throughput with several clients, each moving its own record.
    const instances = await Promise.all(services.slice(1, PARALLEL + 1).map((s) => start(s.documentId)));
    const begin = performance.now();
    await Promise.all(
      instances.map(async (id) => {
        let current = 'a';
        for (let i = 0; i < ITERATIONS / PARALLEL; i += 1) {
          const next = current === 'a' ? 'go' : 'back';
          const response = await call(
            'POST',
            `/api/workflows/instances/${id}/transitions`,
            { transition: next, expectedState: current },
            udp
          );
          if (response.status !== 200) throw new Error(`parallel transition: ${response.status}`);
          current = response.body.data.state;
        }
      })
    );
    const parallelPerSecond = (Math.floor(ITERATIONS / PARALLEL) * PARALLEL) / ((performance.now() - begin) / 1000);

    const db = database.label;
    const line = (label, r) =>
      `  ${label.padEnd(40)} ${r.perSecond.toFixed(0).padStart(6)} /s   p50 ${r.p50.toFixed(2).padStart(6)} ms   p95 ${r.p95.toFixed(2).padStart(6)} ms`;
    console.log(`\nWorkflows: transition vs plain update of the same record (${db}, HTTP, ${ITERATIONS} sequential calls each)`);
    console.log(line('transition (guards, tx, history, audit)', moves));
    console.log(line('plain update (PUT /api/services/:id)', updates));
    console.log(`  transitions with ${PARALLEL} clients in parallel: ${parallelPerSecond.toFixed(0)} /s`);
    console.log(
      `  ratio transition / update: p50 ${(moves.p50 / updates.p50).toFixed(2)}×, throughput ${(updates.perSecond / moves.perSecond).toFixed(2)}×`
    );
    console.log('  in process (services, no HTTP or authentication):');
    console.log(line('transitions.take()', inProcessMoves));
    console.log(line('documents().update()', inProcessUpdates));
    console.log(`  ratio transition / update: p50 ${(inProcessMoves.p50 / inProcessUpdates.p50).toFixed(2)}×`);
  } finally {
    await database.stop(app);
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
