#!/usr/bin/env node
// Benchmark of the case files (issue #5), on `--count N` generated cases (default 100,000, the size):
// - the generator's load rate (rows/s; goal ≥ 5,000);
// - an operator's scoped case list (page of 25, filtered by status, sorted by openedAt) through the access
//   layer, against Strapi's plain documents().findMany on the same table, filters and page, same run:
//   p50 of each and the ratio (goal ≤ 1.2×);
// - the SQL queries of a case detail (findOne with beneficiary, comune and service, and its workflow state);
//   `--show-sql` prints them.
// In process (no HTTP), on a temporary SQLite file (or DATABASE_CLIENT=postgres: a throw-away schema).
const path = require('node:path');
const { performance } = require('node:perf_hooks');
const { benchDatabase } = require('./helpers/bench-database');

const database = benchDatabase('cases');
const ROOT = database.root;
const POSTGRES = database.postgres;

/** `--count 100000` or `--count=100000` (else BENCH_CASES, else the 100,000). */
function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  const raw = index >= 0 ? process.argv[index + 1] : inline ? inline.split('=')[1] : fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name}: un numero intero positivo / a positive whole number`);
    process.exit(2);
  }
  return value;
}
const COUNT = option('count', process.env.BENCH_CASES || 100000);
const ITERATIONS = option('iterations', process.env.BENCH_ITERATIONS || 200);
const SHOW_SQL = process.argv.includes('--show-sql');
const EXPLAIN = process.argv.includes('--explain');
const WARM_UP = 20;

const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
};

async function main() {
  const app = await database.start();
  const dist = (file) => require(path.join(ROOT, 'dist', 'src', ...file.split('/')));
  try {
    await dist('seed/run-seed').seedDemo(app);
    const { records, rows, ms } = await dist('seed/cases/generate').generateCases(app, { count: COUNT });
    // Fresh planner statistics after the bulk load (autovacuum would get there later), for every side alike.
    await app.db.connection.raw('ANALYZE');
    const { loadCaller } = dist('cases/caller');
    const { listScoped, findScoped } = dist('cases/access');
    const user = await app.db.query('plugin::users-permissions.user').findOne({ where: { username: 'op.bussero' } });
    const caller = await loadCaller(app, user);
    // Reads are audited like any other; the comparison is about the query, so auditing is left on (it is part of the cost).
    const query = { filters: { status: { $eq: 'open' } }, sort: 'openedAt:desc', pagination: { page: 2, pageSize: 25 } };
    const scoped = () => listScoped(app, caller, 'case', query);
    const plain = () =>
      Promise.all([
        app.documents('api::case.case').findMany({
          filters: { $and: [{ municipality: { documentId: { $in: caller.municipalities } } }, { status: { $eq: 'open' } }] },
          sort: 'openedAt:desc',
          start: 25,
          limit: 25,
        }),
        app.documents('api::case.case').count({
          filters: { $and: [{ municipality: { documentId: { $in: caller.municipalities } } }, { status: { $eq: 'open' } }] },
        }),
      ]);
    // The same page by hand: the operator's comuni through the link table, status, newest first, and its total.
    const knex = app.db.connection;
    const inComuni = `c.id IN (SELECT l.case_id FROM cases_municipality_lnk l JOIN municipalities m ON m.id = l.municipality_id
        WHERE m.document_id IN (${caller.municipalities.map(() => '?').join(', ')}))`;
    const handSql = [
      `SELECT c.* FROM cases c WHERE ${inComuni} AND c.status = ? ORDER BY c.opened_at DESC, c.id DESC LIMIT 25 OFFSET 25`,
      `SELECT count(*) AS total FROM cases c WHERE ${inComuni} AND c.status = ?`,
    ];
    const hand = () => Promise.all(handSql.map((sql) => knex.raw(sql, [...caller.municipalities, 'open'])));
    const listSql = [];
    const collect = (query) => listSql.push(query);
    knex.on('query', collect);
    await scoped();
    knex.off('query', collect);
    const timed = async (fn) => {
      for (let i = 0; i < WARM_UP; i += 1) await fn();
      const latencies = [];
      for (let i = 0; i < ITERATIONS; i += 1) {
        const t0 = performance.now();
        await fn();
        latencies.push(performance.now() - t0);
      }
      return { p50: percentile(latencies, 50), p95: percentile(latencies, 95) };
    };
    const a = await timed(scoped);
    const b = await timed(plain);
    const h = await timed(hand);

    // A demo case of Bussero: it runs a workflow, whose state the detail includes.
    const some = await app.db
      .query('api::case.case')
      .findOne({ where: { workflowInstance: { $notNull: true }, municipality: { documentId: { $in: caller.municipalities } } } });
    const sql = [];
    const count = (query) => sql.push(query.sql);
    const detail = () =>
      findScoped(app, caller, 'case', some.documentId, { populate: ['beneficiary', 'municipality', 'service'] });
    await detail();
    app.db.connection.on('query', count);
    const shown = await detail();
    app.db.connection.off('query', count);
    const queries = sql.length;
    if (!shown.data.workflow) throw new Error('the case detail lost its workflow');
    const d = await timed(detail);

    const db = POSTGRES ? 'PostgreSQL' : 'SQLite';
    console.log(`\nCase files on ${COUNT} generated cases (${db}, in process)`);
    console.log(
      `  generator: ${records} records, ${rows} rows with relation links, in ${(ms / 1000).toFixed(1)} s – ${Math.round(records / (ms / 1000))} records/s, ${Math.round(rows / (ms / 1000))} rows/s (goal ≥ 5,000)`
    );
    console.log(`  scoped list (access layer)      p50 ${a.p50.toFixed(2)} ms   p95 ${a.p95.toFixed(2)} ms`);
    console.log(`  plain documents().findMany      p50 ${b.p50.toFixed(2)} ms   p95 ${b.p95.toFixed(2)} ms`);
    console.log(`  hand-written SQL (page + total)  p50 ${h.p50.toFixed(2)} ms   p95 ${h.p95.toFixed(2)} ms`);
    console.log(`  ratio p50: ${(a.p50 / b.p50).toFixed(2)}× (goal ≤ 1.2×)`);
    console.log(`  ratio to hand-written SQL: ${(a.p50 / h.p50).toFixed(2)}× (goal ≤ 3×)`);
    console.log(`  scoped list: ${listSql.length} SQL statements (page, total, audit)`);
    if (SHOW_SQL) listSql.forEach((q, i) => console.log(`    ${i + 1}. ${q.sql}`));
    if (EXPLAIN) {
      for (const q of listSql.filter((q) => /^\s*select/i.test(q.sql))) {
        const sql = q.sql.replace(/\$\d+/g, '?');
        const plan = POSTGRES
          ? (await knex.raw(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, q.bindings)).rows.map(
              (r) => r['QUERY PLAN']
            )
          : (await knex.raw(`EXPLAIN QUERY PLAN ${sql}`, q.bindings)).map((r) => r.detail);
        console.log(`\n  EXPLAIN ${q.sql.slice(0, 100)}…`);
        plan.forEach((line) => console.log(`    ${line}`));
      }
    }
    console.log(
      `  case detail with 3 relations and its workflow: ${queries} SQL queries (incl. the audit insert; goal ≤ 2), p50 ${d.p50.toFixed(2)} ms`
    );
    if (SHOW_SQL) sql.forEach((q, i) => console.log(`    ${i + 1}. ${q}`));
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
