import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http, binaryParser } from '../helpers/http';
import { fiscalCodeOf } from '../../src/seed/cases/fake-people';
import { pdfText } from '../helpers/pdf-text';

/**
 * GDPR erasure (art. 17) across the engines: a walk-in person registered with everything the console can
 * attach (household, case and its workflow comments, the intake form, a referral, an intervention, a
 * voucher), then anonymised. Afterwards no row of any table holds their names, fiscal code, phone or
 * email, while the counts per comune and the observatory's counts over the intake forms are unchanged.
 */
jest.setTimeout(480_000);
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const ids: Record<string, string> = {};
const get = (who: string, url: string) => http(app).get(url).set(as[who]);
const post = (who: string, url: string, body: object = {}) => http(app).post(url).set(as[who]).send(body);

// Names found nowhere else in the demo data, so that any trace of them is theirs.
const PERSON = { firstName: 'Zefirina', lastName: 'Unicaprova', birthDate: '1961-04-09', sex: 'F' as const };
const FISCAL_CODE = fiscalCodeOf({ ...PERSON, cadastralCode: 'B292' });
const PHONE = '+39 333 765 4321';
const EMAIL = 'zefirina.unicaprova@esempio.invalid';
const MEMBER = 'Ermengarda';
const TRACES = [PERSON.firstName, PERSON.lastName, FISCAL_CODE, PHONE, EMAIL, MEMBER];

/** Every row of every table of the database, as text, with the traces of the person it holds. */
async function tracesInDatabase(): Promise<string[]> {
  const knex = app.db.connection;
  const tables: string[] =
    app.db.dialect.client === 'sqlite'
      ? ((await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table'")) as { name: string }[]).map((t) => t.name)
      : (
          (await knex.raw('SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()')).rows as {
            table_name: string;
          }[]
        ).map((t) => t.table_name);
  expect(tables.length).toBeGreaterThan(50);
  const found: string[] = [];
  for (const table of tables) {
    const text = JSON.stringify(await knex(table).select('*')).toLowerCase();
    for (const trace of TRACES) if (text.includes(trace.toLowerCase())) found.push(`${table}: ${trace}`);
  }
  return found;
}

const intakesPerYear = async () =>
  (
    await post('udp', '/api/observatory/indicators/preview?from=2026&to=2026', {
      data: {
        computation: {
          source: 'submissions',
          aggregate: 'count',
          form: 'segretariato-intake',
          dateField: 'accessDate',
          answers: [{ field: 'needAreas', op: 'includes', value: 'casa' }],
        },
      },
    })
  ).body.data;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['op.bussero', 'ente.demo', 'udp']) as[who] = await authHeader(app, who);
  ids.bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  ids.segretariato = await documentIdOf(app, 'api::service.service', { code: 'segretariato-sociale' });
  ids.sad = await documentIdOf(app, 'api::service.service', { code: 'sad-sadh-adh' });
  ids.provider = await documentIdOf(app, 'api::provider.provider', { vatNumber: '90000010000' });

  const person = await post('op.bussero', '/api/beneficiaries', {
    data: {
      ...PERSON,
      fiscalCode: FISCAL_CODE,
      municipality: ids.bussero,
      phone: PHONE,
      email: EMAIL,
      address: 'Via Unicaprova 3',
      healthNotes: `Nota su ${PERSON.firstName}`,
    },
  });
  expect(person.status).toBe(201);
  ids.person = person.body.data.documentId;
  expect(
    (
      await post('op.bussero', '/api/households', {
        data: {
          beneficiary: ids.person,
          members: [
            { firstName: MEMBER, lastName: PERSON.lastName, birthDate: '1990-01-01', relation: 'child', livesWith: true },
            { firstName: 'Łukasz', lastName: 'Nguyễn Ñúñez', birthDate: '1988-05-02', relation: 'other', livesWith: true },
          ],
        },
      })
    ).status
  ).toBe(201);
  const kase = await post('op.bussero', '/api/cases', {
    data: {
      beneficiary: ids.person,
      municipality: ids.bussero,
      service: ids.segretariato,
      summary: `${PERSON.firstName} chiede aiuto`,
    },
  });
  expect(kase.status).toBe(201);
  ids.case = kase.body.data.documentId;
  const intake = {
    accessDate: '2026-11-20',
    municipality: ids.bussero,
    accessChannel: 'spontaneo',
    citizenship: 'italiana',
    needAreas: ['casa'],
    urgency: 'ordinaria',
    requestText: `${PERSON.firstName} ${PERSON.lastName} (${FISCAL_CODE}, ${PHONE}) cerca casa`,
    outcome: 'informazione',
    privacyNoticeGiven: true,
    firstName: PERSON.firstName,
    lastName: PERSON.lastName,
    fiscalCode: FISCAL_CODE,
    birthDate: PERSON.birthDate,
    phone: PHONE,
    email: EMAIL,
  };
  const submitted = await post('op.bussero', '/api/forms/submissions', {
    form: 'segretariato-intake',
    data: intake,
    subject: { type: 'api::case.case', id: ids.case },
  });
  expect([submitted.status, submitted.body.error?.message]).toEqual([201, undefined]);
  const moved = await post('op.bussero', `/api/workflows/instances/${kase.body.data.workflowInstance}/transitions`, {
    transition: 'close',
    expectedState: 'access',
    comment: `Informazioni date a ${PERSON.firstName} ${PERSON.lastName}`,
  });
  expect(moved.status).toBe(200);
  const referral = await post('op.bussero', '/api/referrals', {
    data: {
      case: ids.case,
      toProvider: ids.provider,
      toService: ids.sad,
      reason: `Assistenza per ${PERSON.lastName}`,
      consentPurpose: 'Assistenza',
      consentGiven: true,
    },
  });
  expect(referral.status).toBe(201);
  expect((await post('ente.demo', `/api/referrals/${referral.body.data.documentId}/accept`)).status).toBe(200);
  expect(
    (
      await post('ente.demo', '/api/interventions', {
        data: {
          case: ids.case,
          periodFrom: '2026-11-21',
          quantity: 1,
          unit: 'hours',
          cost: 22,
          notes: `Visita a ${PERSON.firstName}`,
        },
      })
    ).status
  ).toBe(201);
});
afterAll(stopStrapi);

describe('GDPR across the engines', () => {
  it('the export holds the forms filled about the person, with their answers', async () => {
    const exported = await get('op.bussero', `/api/beneficiaries/${ids.person}/export`);
    expect(exported.status).toBe(200);
    const forms = exported.body.data.formSubmissions as {
      subjectType: string;
      subjectId: string;
      form: { key: string };
      data: Record<string, unknown>;
    }[];
    expect(forms).toHaveLength(1);
    expect(forms[0]).toMatchObject({
      subjectType: 'api::case.case',
      subjectId: ids.case,
      form: { key: 'segretariato-intake' },
      data: { fiscalCode: FISCAL_CODE },
    });
  });

  it('the PDF copy prints every letter of every name, in Italian, with page numbers', async () => {
    const pdf = await http(app)
      .get(`/api/beneficiaries/${ids.person}/export?format=pdf`)
      .set(as['op.bussero'])
      .buffer(true)
      .parse(binaryParser);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const text = pdfText(pdf.body as Buffer).replace(/\s+/g, ' ');
    expect(text).toContain(`Dati personali di ${PERSON.firstName} ${PERSON.lastName}`);
    expect(text).toContain('Nome: Łukasz Cognome: Nguyễn Ñúñez');
    expect(text).toContain(`Codice fiscale: ${FISCAL_CODE}`);
    expect(text).toMatch(/Pagina 1 di \d/);
    expect(text).not.toMatch(/firstName|fiscalCode|api::|Personal data|exported on/);
    expect(text).not.toContain('?');
  });

  it('before erasure the scan finds the person in the tables that hold them', async () => {
    const found = await tracesInDatabase();
    const tables = [...new Set(found.map((f) => f.split(':')[0]))];
    expect(tables).toEqual(
      expect.arrayContaining(['beneficiaries', 'forms_submissions', 'workflows_history', 'workflows_audit'])
    );
  });

  it('after anonymisation no row of any table holds their names, fiscal code or contacts; the counts are the same', async () => {
    const stats = (await get('udp', '/api/cases/stats')).body.data;
    const intakes = await intakesPerYear();
    expect(intakes).toEqual([expect.objectContaining({ year: 2026, value: expect.any(Number) })]);
    expect(intakes[0].value).toBeGreaterThanOrEqual(1);
    const counts = () =>
      Promise.all(
        [
          'api::case.case',
          'api::referral.referral',
          'api::intervention.intervention',
          'plugin::forms.submission',
          'plugin::workflows.history',
        ].map((uid) => app.db.query(uid as never).count())
      );
    const before = await counts();

    const response = await post('op.bussero', `/api/beneficiaries/${ids.person}/anonymise`);
    expect([response.status, response.body.error?.message]).toEqual([200, undefined]);

    expect(await tracesInDatabase()).toEqual([]);
    expect((await get('udp', '/api/cases/stats')).body.data).toEqual(stats);
    expect(await intakesPerYear()).toEqual(intakes);
    expect(await counts()).toEqual(before);
    // What stays of the intake is what the statistics use: date, comune, needs, outcome; the birth year.
    const submission = (await app.db.query('plugin::forms.submission').findOne({ where: { subjectId: ids.case } })) as {
      data: Record<string, unknown>;
    };
    expect(submission.data).toMatchObject({
      accessDate: '2026-11-20',
      municipality: ids.bussero,
      needAreas: ['casa'],
      outcome: 'informazione',
      birthDate: '1961-01-01',
    });
    for (const key of ['firstName', 'lastName', 'fiscalCode', 'phone', 'email', 'requestText'])
      expect(submission.data).not.toHaveProperty(key);
    // The export now shows the anonymised person only.
    const exported = JSON.stringify((await get('op.bussero', `/api/beneficiaries/${ids.person}/export`)).body);
    for (const trace of TRACES) expect(exported).not.toContain(trace);
  });
});
