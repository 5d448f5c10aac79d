import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';

/**
 * Who sees which case files, per role and route, on the demo data: op.bussero (Bussero), op.carugate
 * (Carugate), ente.demo (the provider with an accepted referral from Bussero, a pending one, and an
 * accepted one from Carugate whose consent was revoked), tavolo.demo and udp (no personal data).
 */
// Booting and seeding can take minutes on a busy machine.
jest.setTimeout(480_000);
let app: Core.Strapi;
const ROLES = ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'] as const;
type Who = (typeof ROLES)[number];
const headers: Partial<Record<Who, Record<string, string>>> = {};
const get = (who: Who, url: string) =>
  http(app)
    .get(url)
    .set(headers[who] ?? {});
const post = (who: Who, url: string, body: unknown) =>
  http(app)
    .post(url)
    .set(headers[who] ?? {})
    .send(body as object);
const put = (who: Who, url: string, body: unknown) =>
  http(app)
    .put(url)
    .set(headers[who] ?? {})
    .send(body as object);
const ids: Record<string, string> = {};
const SENSITIVE = ['disability', 'healthNotes', 'iseeValue', 'courtMeasures'];

async function caseOf(lastName: string, firstName: string) {
  const found = await app.documents('api::case.case').findFirst({ filters: { beneficiary: { lastName, firstName } } } as never);
  return (found as unknown as { documentId: string }).documentId;
}
async function beneficiaryOf(lastName: string, firstName: string) {
  const found = await app.documents('api::beneficiary.beneficiary').findFirst({ filters: { lastName, firstName } } as never);
  return found as unknown as { documentId: string; fiscalCode: string };
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ROLES) headers[who] = await authHeader(app, who);
  ids.annaCase = await caseOf('Prova', 'Anna');
  ids.lucaCase = await caseOf('Esempio', 'Luca');
  ids.giuliaCase = await caseOf('Demo', 'Giulia');
  ids.marcoCase = await caseOf('Fittizio', 'Marco');
  const anna = await beneficiaryOf('Prova', 'Anna');
  ids.anna = anna.documentId;
  ids.annaFiscalCode = anna.fiscalCode;
  const marco = await beneficiaryOf('Fittizio', 'Marco');
  ids.marco = marco.documentId;
  ids.marcoFiscalCode = marco.fiscalCode;
  ids.bussero = (await app
    .documents('api::municipality.municipality')
    .findFirst({ filters: { name: 'Bussero' } } as never))!.documentId;
  ids.carugate = (await app
    .documents('api::municipality.municipality')
    .findFirst({ filters: { name: 'Carugate' } } as never))!.documentId;
  ids.sad = (await app.documents('api::service.service').findFirst({ filters: { code: 'sad-sadh-adh' } } as never))!.documentId;
});
afterAll(stopStrapi);

describe('demo data', () => {
  it('has open cases in every comune, Bussero and Carugate included', async () => {
    const cases = (await app
      .documents('api::case.case')
      .findMany({ filters: { status: 'open' }, populate: { municipality: { fields: ['name'] } } } as never)) as unknown as {
      municipality: { name: string };
    }[];
    const comuni = new Set(cases.map((c) => c.municipality.name));
    expect(comuni.size).toBe(9);
    expect(comuni.has('Bussero') && comuni.has('Carugate')).toBe(true);
  });
});

describe('operators see only their comuni', () => {
  it('lists, counts and finds only Bussero cases for op.bussero', async () => {
    const response = await get('op.bussero', '/api/cases?populate[municipality]=true&pagination[pageSize]=100');
    expect(response.status).toBe(200);
    const names = new Set(response.body.data.map((c: { municipality: { name: string } }) => c.municipality.name));
    expect([...names]).toEqual(['Bussero']);
    expect(response.body.meta.pagination.total).toBe(response.body.data.length);
    expect(response.body.data.length).toBe(3);
  });

  it('gets 404 for a case or beneficiary of another comune by id', async () => {
    expect((await get('op.bussero', `/api/cases/${ids.marcoCase}`)).status).toBe(404);
    expect((await get('op.bussero', `/api/beneficiaries/${ids.marco}`)).status).toBe(404);
    expect((await get('op.carugate', `/api/cases/${ids.annaCase}`)).status).toBe(404);
    expect((await get('op.bussero', `/api/cases/${ids.annaCase}`)).status).toBe(200);
  });

  it('cannot use a fiscal code filter as an oracle on other comuni', async () => {
    const probe = await get('op.bussero', `/api/cases?filters[beneficiary][fiscalCode][$eq]=${ids.marcoFiscalCode}`);
    expect(probe.status).toBe(200);
    expect(probe.body.meta.pagination.total).toBe(0);
    const own = await get('op.bussero', `/api/cases?filters[beneficiary][fiscalCode][$eq]=${ids.annaFiscalCode}`);
    expect(own.body.meta.pagination.total).toBe(1);
    const beneficiaries = await get('op.bussero', `/api/beneficiaries?filters[fiscalCode][$eq]=${ids.marcoFiscalCode}`);
    expect(beneficiaries.body.data).toEqual([]);
  });

  it('searches (_q) only within their comuni', async () => {
    const own = await get('op.bussero', '/api/cases?_q=prova&populate[beneficiary]=true');
    expect(own.status).toBe(200);
    expect(own.body.data.map((c: { beneficiary: { firstName: string } }) => c.beneficiary.firstName)).toEqual(['Anna']);
    expect((await get('op.carugate', '/api/cases?_q=prova')).body.data).toEqual([]);
    expect((await get('op.carugate', `/api/beneficiaries?_q=${ids.annaFiscalCode}`)).body.data).toEqual([]);
  });

  it('cannot reach other comuni through nested filters or populate', async () => {
    // Referrals of Bussero filtered by a case of Carugate: nothing.
    const referrals = await get('op.bussero', `/api/referrals?filters[case][documentId]=${ids.giuliaCase}`);
    expect(referrals.body.data).toEqual([]);
    const beneficiaries = await get(
      'op.bussero',
      '/api/beneficiaries?populate[cases][populate][municipality]=true&pagination[pageSize]=100'
    );
    for (const b of beneficiaries.body.data) for (const c of b.cases) expect(c.municipality.name).toBe('Bussero');
  });

  it('refuses filters, sort and populate on fields of users or unknown fields with a bilingual 400', async () => {
    for (const url of [
      '/api/cases?filters[assignedOperator][email][$eq]=op.bussero@ambito.example.org',
      '/api/cases?filters[assignedOperator][password][$startsWith]=$',
      '/api/cases?sort=assignedOperator.email:asc',
      '/api/cases?populate[assignedOperator][populate][role]=true',
      '/api/cases?filters[nope]=1',
    ]) {
      const response = await get('op.bussero', url);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/non consentito.*not allowed/);
    }
  });

  it('has worklists: mine (assigned to me), to assess (nobody assigned); an unknown view is a 400', async () => {
    const mine = await get('op.bussero', '/api/cases/worklist?view=mine&populate[beneficiary]=true');
    expect(mine.status).toBe(200);
    expect(mine.body.data.map((c: { beneficiary: { firstName: string } }) => c.beneficiary.firstName).sort()).toEqual([
      'Anna',
      'Sara',
    ]);
    const toAssess = await get('op.bussero', '/api/cases/worklist?view=to-assess');
    expect(toAssess.body.data.map((c: { documentId: string }) => c.documentId)).toContain(ids.lucaCase);
    expect((await get('op.bussero', '/api/cases/worklist?view=all')).status).toBe(400);
    expect((await get('tavolo.demo', '/api/cases/worklist')).status).toBe(403);
  });

  it('returns the assigned operator with id and username only', async () => {
    const response = await get('op.bussero', `/api/cases/${ids.annaCase}?populate=*`);
    expect(response.status).toBe(200);
    expect(Object.keys(response.body.data.assignedOperator).sort()).toEqual(['id', 'username']);
    expect(response.body.data.summary).toEqual(expect.any(String));
  });

  it('sees the sensitive fields of their own beneficiaries', async () => {
    const response = await get('op.bussero', `/api/beneficiaries/${ids.anna}`);
    expect(response.body.data.iseeValue).not.toBeUndefined();
    expect(response.body.data.disability).toMatch(/esempio/);
  });
});

describe('writes', () => {
  it('creates a beneficiary and a case in their comune, with the code set by the server', async () => {
    const valid = await post('op.bussero', '/api/beneficiaries', {
      data: { firstName: 'Nuovo', lastName: 'Esempio', municipality: ids.bussero },
    });
    expect(valid.status).toBe(201);
    const kase = await post('op.bussero', '/api/cases', {
      data: { beneficiary: valid.body.data.documentId, municipality: ids.bussero, service: ids.sad },
    });
    expect(kase.status).toBe(201);
    expect(kase.body.data.code).toMatch(/^C-\d{4}-\d{5}$/);
    expect(kase.body.data.status).toBe('open');
    expect((await get('op.carugate', `/api/cases/${kase.body.data.documentId}`)).status).toBe(404);
  });

  it('refuses a body naming another comune, system fields, or an invalid fiscal code', async () => {
    const other = await post('op.bussero', '/api/beneficiaries', {
      data: { firstName: 'A', lastName: 'B', municipality: ids.carugate },
    });
    expect(other.status).toBe(403);
    const system = await post('op.bussero', '/api/cases', {
      data: { beneficiary: ids.anna, municipality: ids.bussero, code: 'C-1', housingScore: 99 },
    });
    expect(system.status).toBe(400);
    expect(system.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'data.code',
      'data.housingScore',
    ]);
    const badCode = await post('op.bussero', '/api/beneficiaries', {
      data: { firstName: 'A', lastName: 'B', municipality: ids.bussero, fiscalCode: 'RSSMRA80A01F205A' },
    });
    expect(badCode.status).toBe(400);
    expect(badCode.body.error.message).toMatch(/codice fiscale non valido.*invalid fiscal code/);
    const move = await put('op.bussero', `/api/cases/${ids.annaCase}`, { data: { municipality: ids.carugate } });
    expect(move.status).toBe(403);
    const foreign = await put('op.bussero', `/api/cases/${ids.marcoCase}`, { data: { summary: 'x' } });
    expect(foreign.status).toBe(404);
    const foreignCase = await post('op.bussero', '/api/referrals', {
      data: { case: ids.marcoCase, toProvider: 'x', toService: ids.sad },
    });
    expect(foreignCase.status).toBe(400);
  });

  it('never deletes case files', async () => {
    expect((await http(app).delete(`/api/cases/${ids.annaCase}`).set(headers['op.bussero']!)).status).toBe(403);
  });
});

describe('provider staff', () => {
  it('see only cases of accepted referrals with consent, without sensitive fields', async () => {
    const response = await get('ente.demo', '/api/cases?populate[beneficiary]=true');
    expect(response.status).toBe(200);
    expect(response.body.data.map((c: { documentId: string }) => c.documentId)).toEqual([ids.annaCase]);
    const beneficiary = response.body.data[0].beneficiary;
    expect(beneficiary.lastName).toBe('Prova');
    for (const field of [...SENSITIVE, 'fiscalCode']) expect(beneficiary).not.toHaveProperty(field);
    expect(response.body.data[0]).not.toHaveProperty('summary');
    expect((await get('ente.demo', `/api/cases/${ids.lucaCase}`)).status).toBe(404);
    expect((await get('ente.demo', `/api/cases/${ids.giuliaCase}`)).status).toBe(404);
  });

  it('see their inbox of referrals, with no beneficiary of a pending one', async () => {
    const response = await get('ente.demo', '/api/referrals?populate[case][populate][beneficiary]=true');
    expect(response.status).toBe(200);
    expect(response.body.data.length).toBe(3);
    const pending = response.body.data.find((r: { status: string }) => r.status === 'pending');
    expect(pending.case).toBeNull();
  });

  it('cannot filter on sensitive fields', async () => {
    const response = await get('ente.demo', '/api/beneficiaries?filters[iseeValue][$lt]=10000');
    expect(response.status).toBe(400);
  });
});

describe('roles without personal data', () => {
  it.each(['tavolo.demo', 'udp'] as Who[])('%s gets 403 on every personal route', async (who) => {
    for (const url of [
      '/api/cases',
      '/api/beneficiaries',
      '/api/households',
      '/api/referrals',
      '/api/interventions',
      '/api/vouchers',
      `/api/cases/${ids.annaCase}`,
    ]) {
      expect((await get(who, url)).status).toBe(403);
    }
  });

  it('udp sees the counts by comune, service and status', async () => {
    const response = await get('udp', '/api/cases/stats');
    expect(response.status).toBe(200);
    const total = response.body.data.reduce((sum: number, row: { count: number }) => sum + row.count, 0);
    expect(total).toBeGreaterThanOrEqual(13);
    expect(JSON.stringify(response.body)).not.toMatch(/Prova/);
    expect((await get('tavolo.demo', '/api/cases/stats')).status).toBe(403);
  });
});
