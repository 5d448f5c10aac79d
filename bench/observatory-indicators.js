#!/usr/bin/env node
// Benchmark of the observatory: an indicator aggregate (segretariato intakes of one comune and year with
// a given outcome, a count over form answers) computed through the observatory's indicator engine against
// a hand-written SQL query on the same data, in the same run, over generated submissions (default
// 1,000,000; `--count 50000` or BENCH_COUNT for a quicker run). SQLite by default; DATABASE_CLIENT=postgres
// with DATABASE_URL for a throw-away PostgreSQL schema. Prints times and the ratio (goal ≤ 1.5×).
const path = require('node:path');
const crypto = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { benchDatabase } = require('./helpers/bench-database');

const database = benchDatabase('obs');
const ROOT = database.root;
const POSTGRES = database.postgres;

const countArg = process.argv.indexOf('--count');
const COUNT = Number(countArg > 0 ? process.argv[countArg + 1] : process.env.BENCH_COUNT || 1_000_000);
const REPEAT = 5;
// SQLite's multi-row insert is a compound SELECT, at most 500 terms.
const CHUNK = POSTGRES ? 1000 : 400;
const TX_CHUNKS = 25;
const OUTCOMES = ['informazione', 'presa-in-carico-leggera', 'invio'];
const NEEDS = [
  'casa',
  'lavoro',
  'reddito',
  'famiglia-minori',
  'disabilita',
  'non-autosufficienza',
  'salute',
  'immigrazione',
  'violenza',
  'altro',
];

/** A small deterministic generator, so that every run measures the same data. */
function random(seed) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

async function generate(app, comuni) {
  const knex = app.db.connection;
  const meta = app.db.metadata.get('plugin::forms.submission');
  const link = meta.attributes.form.joinTable;
  const form = await app.db.query('plugin::forms.form').findOne({ where: { key: 'segretariato-intake' }, select: ['id'] });
  const first = Number((await knex(meta.tableName).max({ max: 'id' }).first()).max || 0) + 1;
  const rnd = random(42);
  const now = POSTGRES ? new Date().toISOString() : Date.now();
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  /** One multi-row insert's worth of submissions, with their links to the form. */
  const chunk = (start) => {
    const rows = [];
    const links = [];
    for (let i = start; i < Math.min(COUNT, start + CHUNK); i += 1) {
      const day = new Date(Date.UTC(2023, 0, 1) + Math.floor(rnd() * 3 * 365) * 86400000).toISOString().slice(0, 10);
      const outcome = pick(OUTCOMES);
      const data = {
        accessDate: day,
        municipality: pick(comuni),
        needAreas: [pick(NEEDS), pick(NEEDS)].filter((v, k, a) => a.indexOf(v) === k),
        outcome,
        requestText: 'generata',
      };
      if (outcome === 'invio') data.referralTarget = rnd() < 0.5 ? 'servizio-sociale-professionale' : 'sail';
      if (outcome === 'presa-in-carico-leggera') data.plannedInterviews = 1 + Math.floor(rnd() * 4);
      const id = first + i;
      rows.push({
        id,
        document_id: crypto.randomBytes(12).toString('hex'),
        data: JSON.stringify(data),
        subject_type: 'bench',
        subject_id: String(i),
        created_at: now,
        updated_at: now,
        published_at: now,
      });
      links.push({ [link.joinColumn.name]: id, [link.inverseJoinColumn.name]: form.id });
    }
    return { rows, links };
  };
  const begin = performance.now();
  // TX_CHUNKS multi-row inserts per transaction: fewer commits (each one a sync of the journal).
  for (let batch = 0; batch < COUNT; batch += CHUNK * TX_CHUNKS) {
    await knex.transaction(async (trx) => {
      for (let start = batch; start < Math.min(COUNT, batch + CHUNK * TX_CHUNKS); start += CHUNK) {
        const { rows, links } = chunk(start);
        await trx(meta.tableName).insert(rows);
        await trx(link.name).insert(links);
      }
    });
    if (batch > 0 && batch % 100000 === 0) process.stdout.write(`  ${batch.toLocaleString('en')} submissions…\r`);
  }
  if (POSTGRES) await knex.raw(`ANALYZE ${meta.tableName}`);
  return (performance.now() - begin) / 1000;
}

/** The same question as hand-written SQL: no query builder, no metadata, bound values. */
function handSql(app, comune) {
  const knex = app.db.connection;
  const sql = POSTGRES
    ? `SELECT COUNT(*) AS value FROM forms_submissions s
         JOIN forms_submissions_form_lnk fl ON fl.submission_id = s.id JOIN forms_forms f ON f.id = fl.form_id
        WHERE f.key = ? AND s.data->>'accessDate' >= ? AND s.data->>'accessDate' < ? AND s.data->>'municipality' = ? AND s.data->>'outcome' = ?`
    : `SELECT COUNT(*) AS value FROM forms_submissions s
         JOIN forms_submissions_form_lnk fl ON fl.submission_id = s.id JOIN forms_forms f ON f.id = fl.form_id
        WHERE f.key = ? AND json_extract(s.data, '$.accessDate') >= ? AND json_extract(s.data, '$.accessDate') < ?
          AND json_extract(s.data, '$.municipality') = ? AND json_extract(s.data, '$.outcome') = ?`;
  return async () => {
    const result = await knex.raw(sql, ['segretariato-intake', '2024-01-01', '2025-01-01', comune, 'presa-in-carico-leggera']);
    const rows = POSTGRES ? result.rows : result;
    return Number(rows[0].value);
  };
}

/** Both questions asked in turn (a warm-up each, then REPEAT rounds), so that neither gets a warmer cache. */
async function timedInTurn(a, b) {
  const runs = [a, b].map((fn) => ({ fn, times: [], value: undefined }));
  for (const run of runs) await run.fn();
  for (let i = 0; i < REPEAT; i += 1) {
    for (const run of i % 2 === 0 ? runs : [...runs].reverse()) {
      const t0 = performance.now();
      run.value = await run.fn();
      run.times.push(performance.now() - t0);
    }
  }
  return runs.map(({ value, times }) => ({ value, median: [...times].sort((x, y) => x - y)[Math.floor(times.length / 2)] }));
}

async function main() {
  const app = await database.start();
  try {
    const { seedDemo } = require(path.join(ROOT, 'dist', 'src', 'seed', 'run-seed'));
    await seedDemo(app);
    const comuni = (await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'istatCode'] })).map(
      (m) => m.documentId
    );
    const seconds = await generate(app, comuni);
    const comune = comuni[0];
    const computation = {
      source: 'submissions',
      aggregate: 'count',
      form: 'segretariato-intake',
      dateField: 'accessDate',
      answers: [{ field: 'outcome', op: 'eq', value: 'presa-in-carico-leggera' }],
    };
    const indicators = app.plugin('observatory').service('indicators');
    const observatory = async () =>
      (await indicators.preview(computation, { from: 2024, to: 2024, municipalities: [comune] }))[0].value;
    const hand = handSql(app, comune);
    const [ours, reference] = await timedInTurn(observatory, hand);
    if (ours.value !== reference.value)
      throw new Error(`different answers: observatory ${ours.value}, hand-written SQL ${reference.value}`);
    const db = database.label;
    console.log(
      `\nObservatory: indicator aggregate over ${COUNT.toLocaleString('en')} generated submissions (${db}; generated in ${seconds.toFixed(1)} s)`
    );
    console.log(`  question: intakes of one comune in 2024 with a light take-in-charge → ${ours.value}`);
    console.log(`  observatory indicator engine   median ${ours.median.toFixed(1).padStart(8)} ms (of ${REPEAT})`);
    console.log(`  hand-written SQL               median ${reference.median.toFixed(1).padStart(8)} ms (of ${REPEAT})`);
    console.log(`  ratio observatory / hand-written SQL: ${(ours.median / reference.median).toFixed(2)}× (goal ≤ 1.5×)`);
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
