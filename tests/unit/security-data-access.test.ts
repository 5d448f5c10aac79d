import fs from 'node:fs';
import path from 'node:path';
import { CASE_TYPES } from '../../src/cases/model';
import { scanSource, sourceFiles, type Finding } from '../helpers/data-access-scan';

/**
 * Issue #9: no code reads or writes the case-file tables outside the one layer that applies the access
 * rules. The scan reads every source file under src/ and fails on a query-engine, knex, document-service,
 * entity-service or core-service call on a case-file type (or raw SQL on its table) outside the allowed places.
 */
const ROOT = path.join(__dirname, '..', '..');

/**
 * Where case-file rows may be touched directly, and why.
 * - src/cases/: THE access layer. Every route of the case files (src/api/{beneficiary,household,case,
 *   referral,intervention,voucher,housing,gdpr}) is a thin controller calling it; it scopes rows by comune or
 *   accepted referral, limits fields per role, checks filters/sort/populate, and audits reads and changes.
 * - src/seed/: demo data and the `seed:cases` generator write only synthetic people (visibly fake names),
 *   run from the command line (scripts/seed-*.js) or tests, never from a route: the test below checks that
 *   nothing outside src/seed imports it.
 */
const ALLOWED = ['src/cases/', 'src/seed/'];

const tables = CASE_TYPES.map((type) => {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/api', type, 'content-types', type, 'schema.json'), 'utf8'));
  return schema.collectionName as string;
});
const scan = (file: string, source: string) => scanSource(file, source, CASE_TYPES, tables);
const files = sourceFiles(path.join(ROOT, 'src'), ROOT);
const show = (findings: Finding[]) => findings.map((f) => `${f.file}:${f.line} ${f.text}`);

describe('case-file tables are reached only through the access layer (src/cases/)', () => {
  it('scans the whole source tree, the case-file controllers and plugins included', () => {
    expect(files.length).toBeGreaterThan(200);
    for (const file of [
      'src/api/voucher/controllers/voucher.ts',
      'src/api/referral/controllers/referral.ts',
      'src/plugins/workflows/server/services/facts.ts',
    ]) {
      expect(files).toContain(file);
    }
    expect(tables).toEqual(['beneficiaries', 'households', 'cases', 'referrals', 'interventions', 'vouchers']);
  });

  it('no file outside src/cases/ and src/seed/ queries a case-file type or table', () => {
    const offenders = files
      .filter((file) => !ALLOWED.some((prefix) => file.startsWith(prefix)))
      .flatMap((file) => scan(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(show(offenders)).toEqual([]);
  });

  it('the access layer itself is found by the scan (so the scan sees real calls)', () => {
    const layer = files
      .filter((file) => file.startsWith('src/cases/'))
      .flatMap((file) => scan(file, fs.readFileSync(path.join(ROOT, file), 'utf8')));
    expect(layer.map((f) => f.file)).toEqual(
      expect.arrayContaining(['src/cases/access.ts', 'src/cases/vouchers.ts', 'src/cases/referrals.ts'])
    );
  });

  it('seed code is reached only from the command line and tests, never from the app', () => {
    const importers = files
      .filter((file) => !file.startsWith('src/seed/'))
      .filter((file) =>
        /from\s+['"][./]*(?:\.\.\/)*seed\/|require\(['"][^'"]*\/seed\//.test(fs.readFileSync(path.join(ROOT, file), 'utf8'))
      );
    expect(importers).toEqual([]);
  });
});

describe('the scan catches every way to the rows', () => {
  const cases: [string, string][] = [
    ['query engine', "await strapi.db.query('api::beneficiary.beneficiary').findMany({});"],
    ['document service', "const rows = await strapi.documents('api::case.case').findMany();"],
    ['a UID in a constant', "const UID = 'api::voucher.voucher';\nawait strapi.documents(UID).update({ documentId, data });"],
    [
      'a typed constant',
      "const TYPE: string = 'api::household.household';\nawait strapi.db.query(TYPE as never).delete({ where: {} });",
    ],
    ["the access layer's uidOf", "await strapi.db.query(uidOf('referral')).count();"],
    ['entity service', "await strapi.entityService.findMany('api::intervention.intervention', {});"],
    ['core service', "await strapi.service('api::case.case').find({});"],
    ['knex on the table', "await strapi.db.connection('beneficiaries').select('fiscal_code');"],
    ['knex with an alias', "await strapi.db.connection('users as u').leftJoin('cases as c', 'c.id', 'u.id');"],
    ['knex from()', "await knex.select('*').from('vouchers');"],
  ];
  it.each(cases)('%s', (_name, source) => {
    expect(scan('src/x.ts', source)).toHaveLength(1);
  });

  it("leaves catalogue types, words in text and the access layer's callers alone", () => {
    const clean = [
      "await strapi.db.query('api::service.service').findMany({});",
      "await strapi.documents('api::municipality.municipality').findMany();",
      "const label = 'cases'; // the word in a label",
      "return listScoped(strapi, caller, 'case', ctx.query);",
      "export default factories.createCoreRouter('api::case.case');",
    ].join('\n');
    expect(scan('src/x.ts', clean)).toEqual([]);
  });
});
