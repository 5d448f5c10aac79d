#!/usr/bin/env node
// Benchmark of the forms engine: validating a submission through the engine (normalise, visibility,
// calculations, schema, rules) against the raw ajv validator compiled from the very schema the engine
// builds, in the same run: a 60-field form without and with conditions and a calculated total, then the
// five demo forms as they are (conditions, groups of rows, calculations, cross-field rules) with their
// sample submissions. Prints submissions/s and each ratio (goal ≤ 1.5×, issue #19).
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
const GOAL = 1.5;

function definitionWith60Fields() {
  const t = (s) => ({ it: s, en: s });
  const fields = [];
  for (let i = 0; i < 20; i += 1)
    fields.push({ key: `text${i}`, type: 'text', label: t(`Testo ${i}`), required: i % 2 === 0, maxLength: 200 });
  for (let i = 0; i < 15; i += 1) fields.push({ key: `int${i}`, type: 'integer', label: t(`Intero ${i}`), min: 0, max: 1000 });
  for (let i = 0; i < 10; i += 1) fields.push({ key: `date${i}`, type: 'date', label: t(`Data ${i}`) });
  for (let i = 0; i < 10; i += 1) {
    fields.push({
      key: `choice${i}`,
      type: 'singleChoice',
      label: t(`Scelta ${i}`),
      options: [
        { code: 'a', label: t('A') },
        { code: 'b', label: t('B') },
      ],
    });
  }
  for (let i = 0; i < 5; i += 1) fields.push({ key: `flag${i}`, type: 'boolean', label: t(`Flag ${i}`) });
  return { sections: [{ key: 'main', title: t('Principale'), fields }] };
}

/**
 * The same 60 fields, as a typical district form has them: five shown only under a yes/no answer and a
 * calculated total (visibility then needs the engine's fixed point).
 */
function conditionalDefinition() {
  const definition = definitionWith60Fields();
  const fields = definition.sections[0].fields;
  for (let i = 0; i < 5; i += 1) fields[i * 2 + 1].visibleWhen = { '==': [{ var: `flag${i}` }, true] };
  fields.push({
    key: 'total',
    type: 'calculated',
    label: { it: 'Totale', en: 'Total' },
    resultType: 'integer',
    expression: { '+': Array.from({ length: 15 }, (_, i) => ({ var: [`int${i}`, 0] })) },
  });
  return definition;
}

function submission() {
  const data = {};
  for (let i = 0; i < 20; i += 1) data[`text${i}`] = `valore ${i}`;
  for (let i = 0; i < 15; i += 1) data[`int${i}`] = i * 7;
  for (let i = 0; i < 10; i += 1) data[`date${i}`] = `2024-0${(i % 9) + 1}-1${i % 9}`;
  for (let i = 0; i < 10; i += 1) data[`choice${i}`] = i % 2 ? 'a' : 'b';
  for (let i = 0; i < 5; i += 1) data[`flag${i}`] = i % 2 === 0;
  return data;
}

function time(fn, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) fn();
  return performance.now() - start;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Both sides measured in alternating rounds (the machine is shared: a burst of load then hits both),
 * each side's median round kept.
 */
function compare(sides, iterations, rounds = 7) {
  for (const side of sides) for (let i = 0; i < Math.min(5000, iterations / 5); i += 1) side.fn();
  const perRound = Math.ceil(iterations / rounds);
  const times = sides.map(() => []);
  for (let round = 0; round < rounds; round += 1) sides.forEach((side, index) => times[index].push(time(side.fn, perRound)));
  return sides.map((side, index) => {
    const ms = median(times[index]);
    return { label: side.label, perSecond: (perRound / ms) * 1000, microseconds: (ms * 1000) / perRound };
  });
}

async function main() {
  // Compiled in a child process: the TypeScript compiler's heap would otherwise stay in this one and its
  // garbage collection weigh on whichever side allocates more (the engine).
  const build = spawnSync(
    process.execPath,
    [
      '-e',
      "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).then(() => process.exit(0), (error) => { console.error(error); process.exit(1); })",
    ],
    { cwd: ROOT, stdio: 'inherit' }
  );
  if (build.status !== 0) throw new Error('compiling the app failed');
  const shared = require(path.join(ROOT, 'dist', 'src', 'plugins', 'forms', 'shared'));
  const Ajv = require('ajv').default;
  const addFormats = require('ajv-formats').default;

  const compiled = shared.compileForm(definitionWith60Fields());
  const { addAmbitoFormats } = require(path.join(ROOT, 'dist', 'src', 'plugins', 'forms', 'shared', 'formats'));
  // The same options and formats the engine gives its own ajv.
  const ajv = new Ajv({ allErrors: true, strict: true, multipleOfPrecision: 9 });
  addFormats(ajv, { formats: ['date', 'date-time', 'email'], keywords: true });
  addAmbitoFormats(ajv);
  const raw = ajv.compile(compiled.schema);
  const input = submission();
  const check = compiled.evaluate(input);
  if (check.issues.length > 0)
    throw new Error(`benchmark submission is not valid: ${check.issues.map((i) => i.message).join('; ')}`);
  if (!raw(input)) throw new Error(`raw validator refuses the submission: ${JSON.stringify(raw.errors)}`);

  const iterations = Number(process.env.BENCH_ITERATIONS || 70000);
  const [reference, engine] = compare(
    [
      { label: 'ajv (reference)', fn: () => raw(input) },
      { label: 'forms engine', fn: () => compiled.evaluate(input) },
    ],
    iterations
  );
  const results = [];
  const report = (title, [ref, eng], goal = GOAL) => {
    const ratio = ref.perSecond / eng.perSecond;
    results.push({ title, ratio, goal });
    console.log(`\n${title}`);
    for (const r of [ref, eng])
      console.log(
        `  ${r.label.padEnd(18)} ${r.perSecond.toFixed(0).padStart(9)} submissions/s  ${r.microseconds.toFixed(1)} µs each`
      );
    console.log(`  ratio engine / ajv: ${ratio.toFixed(2)}× (goal ≤ ${goal}×)`);
  };
  report('Forms: validation of a 60-field submission', [reference, engine], 1.3);

  const conditional = shared.compileForm(conditionalDefinition());
  const rawConditional = ajv.compile(conditional.schema);
  if (conditional.evaluate(input).issues.length > 0 || !rawConditional(input))
    throw new Error('benchmark submission is not valid for the conditional form');
  report(
    'The same form with 5 conditional fields and a calculated total',
    compare(
      [
        { label: 'ajv (reference)', fn: () => rawConditional(input) },
        { label: 'forms engine', fn: () => conditional.evaluate(input) },
      ],
      iterations
    )
  );

  // The demo forms as they are, with the sample submission of each (the unit tests' too). The reference
  // validates the same submission minus what its schema refuses outright (values sent for calculated fields).
  const { demoForms } = require(path.join(ROOT, 'dist', 'src', 'seed', 'forms'));
  const { demoSubmissions } = require(path.join(ROOT, 'dist', 'src', 'seed', 'forms', 'samples'));
  const now = new Date('2024-06-01T08:00:00Z');
  for (const demo of demoForms) {
    const form = shared.compileForm(demo.definition);
    const sample = demoSubmissions[demo.key];
    const checked = form.evaluate(sample, { now });
    if (checked.issues.length > 0)
      throw new Error(`sample of ${demo.key} is not valid: ${checked.issues.map((i) => i.message).join('; ')}`);
    const known = new Set(Object.keys(form.schema.properties || {}));
    const plain = Object.fromEntries(Object.entries(sample).filter(([key]) => known.has(key)));
    const rawDemo = ajv.compile(form.schema);
    if (!rawDemo(plain)) throw new Error(`raw validator refuses the sample of ${demo.key}: ${JSON.stringify(rawDemo.errors)}`);
    report(
      `Demo form ${demo.key}`,
      compare(
        [
          { label: 'ajv (reference)', fn: () => rawDemo(plain) },
          { label: 'forms engine', fn: () => form.evaluate(sample, { now }) },
        ],
        Math.ceil(iterations / 2)
      )
    );
  }

  console.log('\nSummary (engine / raw ajv, same run)');
  for (const { title, ratio, goal } of results)
    console.log(`  ${ratio.toFixed(2).padStart(6)}×  ${ratio <= goal ? 'ok  ' : 'OVER'}  (goal ≤ ${goal}×)  ${title}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
