import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http, binaryParser } from '../helpers/http';

/**
 * Case-file flows on the demo data: referrals (accept, reject with reason, consent revoked cutting the
 * provider's access on the next request), interventions by the provider, vouchers (accreditation,
 * co-payment, redemptions within the balance), the housing waitlist, GDPR rights and the audit trail.
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
const post = (who: Who, url: string, body: unknown = {}) =>
  http(app)
    .post(url)
    .set(headers[who] ?? {})
    .send(body as object);
const ids: Record<string, string> = {};
const docId = async (uid: string, filters: object) =>
  ((await app.documents(uid as never).findFirst({ filters } as never)) as unknown as { documentId: string }).documentId;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ROLES) headers[who] = await authHeader(app, who);
  ids.bussero = await docId('api::municipality.municipality', { name: 'Bussero' });
  ids.sad = await docId('api::service.service', { code: 'sad-sadh-adh' });
  ids.provider = await docId('api::provider.provider', { vatNumber: '90000010000' });
  ids.unaccredited = await docId('api::provider.provider', { vatNumber: '90000140005' });
  ids.anna = await docId('api::beneficiary.beneficiary', { lastName: 'Prova', firstName: 'Anna' });
  ids.luca = await docId('api::beneficiary.beneficiary', { lastName: 'Esempio', firstName: 'Luca' });
  ids.annaCase = await docId('api::case.case', { beneficiary: { documentId: ids.anna } });
  ids.lucaCase = await docId('api::case.case', { beneficiary: { documentId: ids.luca } });
  ids.lucaReferral = await docId('api::referral.referral', { case: { documentId: ids.lucaCase } });
  ids.annaReferral = await docId('api::referral.referral', { case: { documentId: ids.annaCase } });
  ids.annaVoucher = await docId('api::voucher.voucher', { case: { documentId: ids.annaCase } });
});
afterAll(stopStrapi);

describe('referrals', () => {
  it('the provider accepts a pending referral and then sees the case; the operator cannot accept', async () => {
    expect((await get('ente.demo', `/api/cases/${ids.lucaCase}`)).status).toBe(404);
    expect((await post('op.bussero', `/api/referrals/${ids.lucaReferral}/accept`)).status).toBe(403);
    const accepted = await post('ente.demo', `/api/referrals/${ids.lucaReferral}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.data.status).toBe('accepted');
    expect(accepted.body.data.decidedAt).toEqual(expect.any(String));
    expect((await get('ente.demo', `/api/cases/${ids.lucaCase}`)).status).toBe(200);
    expect((await post('ente.demo', `/api/referrals/${ids.lucaReferral}/accept`)).status).toBe(400);
  });

  it('revoking the consent cuts the provider off on the next request', async () => {
    const intervention = { data: { case: ids.lucaCase, periodFrom: '2026-11-01', quantity: 2, unit: 'hours', cost: 42 } };
    const recorded = await post('ente.demo', '/api/interventions', intervention);
    expect(recorded.status).toBe(201);
    expect(recorded.body.data.provider).toBeUndefined();
    expect((await post('op.carugate', `/api/referrals/${ids.lucaReferral}/revoke-consent`)).status).toBe(404);
    expect((await post('op.bussero', `/api/referrals/${ids.lucaReferral}/revoke-consent`)).status).toBe(200);
    expect((await get('ente.demo', `/api/cases/${ids.lucaCase}`)).status).toBe(404);
    expect((await get('ente.demo', `/api/beneficiaries/${ids.luca}`)).status).toBe(404);
    expect(
      (await get('ente.demo', '/api/interventions')).body.data.map((i: { documentId: string }) => i.documentId)
    ).not.toContain(recorded.body.data.documentId);
    expect((await post('ente.demo', '/api/interventions', intervention)).status).toBe(400);
  });

  it('a rejection needs a reason and is kept with it', async () => {
    const created = await post('op.bussero', '/api/referrals', {
      data: {
        case: ids.annaCase,
        toProvider: ids.provider,
        toService: ids.sad,
        reason: 'Secondo invio (prova)',
        consentPurpose: 'Prova',
        consentGiven: true,
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.data.status).toBe('pending');
    const id = created.body.data.documentId;
    const noReason = await post('ente.demo', `/api/referrals/${id}/reject`, {});
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toMatch(/motivo.*reason/);
    const rejected = await post('ente.demo', `/api/referrals/${id}/reject`, { reason: 'Nessuna disponibilità in zona' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.data).toMatchObject({ status: 'rejected', responseNote: 'Nessuna disponibilità in zona' });
  });
});

describe('vouchers', () => {
  const body = (provider: string) => ({
    data: {
      beneficiary: ids.anna,
      case: ids.annaCase,
      service: ids.sad,
      provider,
      value: 500,
      validFrom: '2026-11-01',
      validTo: '2027-06-30',
    },
  });

  it('refuses a provider without a valid accreditation for the service', async () => {
    await app.documents('api::accreditation.accreditation').create({
      data: {
        provider: ids.unaccredited,
        service: ids.sad,
        register: 'Albo scaduto (prova)',
        validFrom: '2022-01-01',
        validTo: '2025-12-31',
        status: 'active',
      },
    } as never);
    const response = await post('op.bussero', '/api/vouchers', body(ids.unaccredited));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/accreditamento valido.*valid accreditation/);
  });

  it('issues a voucher with the co-payment share from the calculator and the full balance', async () => {
    const response = await post('op.bussero', '/api/vouchers', body(ids.provider));
    expect(response.status).toBe(201);
    expect(response.body.data.code).toMatch(/^V-\d{4}-\d{5}$/);
    expect(Number(response.body.data.balance)).toBe(500);
    const share = Number(response.body.data.copaymentShare);
    expect(share).toBeGreaterThanOrEqual(0);
    expect(share).toBeLessThan(500);
    // Without an ISEE the full tariff applies: the share grows.
    await app.documents('api::beneficiary.beneficiary').update({ documentId: ids.anna, data: { iseeValue: null } } as never);
    const full = await post('op.bussero', '/api/vouchers', body(ids.provider));
    expect(Number(full.body.data.copaymentShare)).toBeGreaterThan(share);
    await app.documents('api::beneficiary.beneficiary').update({ documentId: ids.anna, data: { iseeValue: 8200 } } as never);
  });

  it('takes a co-payment share given by the operator within 0..value; outside it 400 in both languages, nothing issued', async () => {
    const computed = Number((await post('op.bussero', '/api/vouchers', body(ids.provider))).body.data.copaymentShare);
    const given = await post('op.bussero', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: 120.5 } });
    expect(given.status).toBe(201);
    expect(Number(given.body.data.copaymentShare)).toBe(120.5);
    expect(
      Number(
        (await post('op.bussero', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: 0 } })).body.data
          .copaymentShare
      )
    ).toBe(0);
    expect(
      Number(
        (await post('op.bussero', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: 500 } })).body.data
          .copaymentShare
      )
    ).toBe(500);
    const count = await app.db.query('api::voucher.voucher').count();
    for (const bad of [500.01, -1, 'molto']) {
      const refused = await post('op.bussero', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: bad } });
      expect([bad, refused.status]).toEqual([bad, 400]);
      expect(refused.body.error.details.errors.map((e: { path: string[] }) => e.path.at(-1))).toContain('copaymentShare');
      expect(refused.body.error.message).toMatch(/ \/ /); // Italian / English
    }
    const outside = await post('op.bussero', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: 600 } });
    expect(outside.body.error.message).toMatch(
      /fra 0 e il valore del voucher \(500\.00 €\).*from 0 to the voucher's value \(€500\.00\)/
    );
    expect(await app.db.query('api::voucher.voucher').count()).toBe(count);

    // On a change: within the (new) value; emptied, the calculator's share comes back.
    const id = given.body.data.documentId;
    const put = (data: object) =>
      http(app)
        .put(`/api/vouchers/${id}`)
        .set(headers['op.bussero'] ?? {})
        .send({ data });
    expect((await put({ copaymentShare: 501 })).status).toBe(400);
    expect((await put({ value: 100 })).status).toBe(400);
    expect(Number((await put({ value: 600, copaymentShare: 550 })).body.data.copaymentShare)).toBe(550);
    expect(Number((await put({ value: 500, copaymentShare: null })).body.data.copaymentShare)).toBe(computed);
    // Provider staff never see the share.
    expect((await post('ente.demo', '/api/vouchers', { data: { ...body(ids.provider).data, copaymentShare: 1 } })).status).toBe(
      403
    );
  });

  it('the provider redeems within the balance; beyond it is refused and nothing changes', async () => {
    const before = await get('ente.demo', `/api/vouchers/${ids.annaVoucher}`);
    expect(before.status).toBe(200);
    expect(before.body.data).not.toHaveProperty('copaymentShare');
    const balance = Number(before.body.data.balance);
    expect(balance).toBe(402);
    const ok = await post('ente.demo', `/api/vouchers/${ids.annaVoucher}/redemptions`, {
      data: { date: '2026-05-31', quantity: 2, amount: 44 },
    });
    expect(ok.status).toBe(201);
    expect(Number(ok.body.data.balance)).toBe(358);
    expect(ok.body.data.redemptions).toHaveLength(3);
    const beyond = await post('ente.demo', `/api/vouchers/${ids.annaVoucher}/redemptions`, {
      data: { date: '2026-06-30', quantity: 20, amount: 358.01 },
    });
    expect(beyond.status).toBe(400);
    expect(beyond.body.error.message).toMatch(/saldo.*balance/);
    expect(Number((await get('ente.demo', `/api/vouchers/${ids.annaVoucher}`)).body.data.balance)).toBe(358);
    expect(
      (
        await post('op.bussero', `/api/vouchers/${ids.annaVoucher}/redemptions`, {
          data: { date: '2026-06-30', quantity: 1, amount: 1 },
        })
      ).status
    ).toBe(403);
  });
});

describe('housing waitlist', () => {
  it('orders by score, then by date, and pseudonymises people of other comuni', async () => {
    const response = await get('op.bussero', '/api/housing/waitlist');
    expect(response.status).toBe(200);
    const rows = response.body.data as {
      position: number;
      score: number;
      reportedAt: string;
      displayName: string;
      pseudonymised: boolean;
      municipality: { name: string };
    }[];
    expect(rows.map((r) => [r.municipality.name, r.score])).toEqual([
      ['Carugate', 70],
      ['Gorgonzola', 55],
      ['Bussero', 55],
      ['Cernusco sul Naviglio', 30],
    ]);
    expect(rows.map((r) => r.position)).toEqual([1, 2, 3, 4]);
    expect(rows[2]).toMatchObject({ displayName: 'Sara Finto', pseudonymised: false });
    expect(rows[0].displayName).toMatch(/^B-[0-9A-F]{6}$/);
    expect(rows[0].pseudonymised).toBe(true);
    const udp = await get('udp', '/api/housing/waitlist');
    expect(udp.status).toBe(200);
    expect(udp.body.data.every((r: { pseudonymised: boolean }) => r.pseudonymised)).toBe(true);
    expect(JSON.stringify(udp.body)).not.toMatch(/Finto|Fittizio/);
    expect((await get('tavolo.demo', '/api/housing/waitlist')).status).toBe(403);
  });
});

describe('GDPR', () => {
  it('exports all of one person and nobody else, as JSON and PDF, to the operator of their comune only', async () => {
    const response = await get('op.bussero', `/api/beneficiaries/${ids.anna}/export`);
    expect(response.status).toBe(200);
    const data = response.body.data;
    expect(data.beneficiary).toMatchObject({ firstName: 'Anna', lastName: 'Prova', disability: expect.any(String) });
    expect(data.households[0].members[0].firstName).toBe('Paolo');
    expect(data.cases.length).toBeGreaterThanOrEqual(1);
    expect(data.interventions.length).toBeGreaterThanOrEqual(2);
    expect(data.vouchers.length).toBeGreaterThanOrEqual(1);
    const text = JSON.stringify(data);
    for (const other of ['Luca', 'Sara', 'Giulia', 'Fittizio', 'Campione', 'Amministrazione']) expect(text).not.toContain(other);
    const pdf = await get('op.bussero', `/api/beneficiaries/${ids.anna}/export?format=pdf`).buffer(true).parse(binaryParser);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toMatch(/application\/pdf/);
    expect((pdf.body as Buffer).subarray(0, 5).toString()).toBe('%PDF-');
    expect((await get('op.carugate', `/api/beneficiaries/${ids.anna}/export`)).status).toBe(404);
    expect((await get('ente.demo', `/api/beneficiaries/${ids.anna}/export`)).status).toBe(403);
    expect((await get('udp', `/api/beneficiaries/${ids.anna}/export`)).status).toBe(403);
  });

  it('anonymises a person while the aggregate counts stay the same', async () => {
    const before = (await get('udp', '/api/cases/stats')).body.data;
    const response = await post('op.bussero', `/api/beneficiaries/${ids.luca}/anonymise`);
    expect(response.status).toBe(200);
    expect((await get('udp', '/api/cases/stats')).body.data).toEqual(before);
    const after = await get('op.bussero', `/api/beneficiaries/${ids.luca}`);
    expect(after.body.data).toMatchObject({
      firstName: 'Anonimo',
      fiscalCode: null,
      courtMeasures: null,
      iseeValue: null,
      birthDate: '1990-01-01',
    });
    expect(after.body.data.anonymisedAt).toEqual(expect.any(String));
    expect((await get('op.bussero', `/api/cases?filters[beneficiary][lastName][$eq]=Esempio`)).body.data).toEqual([]);
  });

  it('the register of processing lists the personal and special-category fields from the schemas', async () => {
    expect((await get('op.bussero', '/api/gdpr/register')).status).toBe(403);
    const response = await get('udp', '/api/gdpr/register');
    expect(response.status).toBe(200);
    const beneficiary = response.body.data.entries.find((e: { uid: string }) => e.uid === 'api::beneficiary.beneficiary');
    expect(beneficiary.personalAttributes).toEqual(expect.arrayContaining(['firstName', 'fiscalCode', 'disability']));
    expect(beneficiary.specialCategoryAttributes.sort()).toEqual(['courtMeasures', 'disability', 'healthNotes', 'iseeValue']);
    expect(beneficiary.purpose).toMatch(/328/);
    expect(response.body.data.entries.map((e: { uid: string }) => e.uid)).toEqual(
      expect.arrayContaining(['api::case.case', 'cases.household-member'])
    );
  });
});

describe('audit trail', () => {
  it('records reads and changes of case files (who, what, when) without personal values', async () => {
    await get('op.bussero', `/api/cases/${ids.annaCase}`);
    await get('op.bussero', `/api/beneficiaries/${ids.anna}`);
    const rows = (await app.db.query('plugin::workflows.audit-record').findMany({ where: { workflowKey: 'case-files' } })) as {
      action: string;
      subjectId: string;
      actorUsername: string;
      at: string;
      details: unknown;
    }[];
    expect(
      rows.find((r) => r.action === 'case-files.read' && r.subjectId === ids.annaCase && r.actorUsername === 'op.bussero')
    ).toBeDefined();
    expect(rows.find((r) => r.action === 'case-files.read' && r.subjectId === ids.anna)).toBeDefined();
    expect(rows.find((r) => r.action === 'case-files.create' && r.actorUsername === 'op.bussero')).toBeDefined();
    expect(rows.find((r) => r.action === 'case-files.revoke-consent' && r.subjectId === ids.lucaReferral)).toBeDefined();
    expect(rows.find((r) => r.action === 'case-files.anonymise' && r.subjectId === ids.luca)).toBeDefined();
    const text = JSON.stringify(rows);
    for (const value of ['Prova', 'Anna', 'Invalidità', '8200', 'Esempio', 'Amministrazione']) expect(text).not.toContain(value);
  });
});
