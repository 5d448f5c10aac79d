import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { BUSSERO, expectFieldError, GESSATE, loadCopaymentFixture, type CopaymentFixture } from './copayment-fixtures';

let app: Core.Strapi;
let f: CopaymentFixture;
const quote = (body: unknown, role: keyof CopaymentFixture['headers'] | null = 'operator') => {
  const request = http(app).post('/api/copayment/quote');
  return (role ? request.set(f.headers[role]) : request).send(body as object);
};
const citizen = () => ({ service: f.homeCare, municipality: f.comune(BUSSERO), isee: 15000, householdSize: 2, quantity: 20 });

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  f = await loadCopaymentFixture(app);
});
afterAll(stopStrapi);

describe('POST /api/copayment/quote', () => {
  it("gives an operator the citizen's and the comune's share, from the comune's own tariff by default", async () => {
    const response = await quote(citizen());
    expect(response.status).toBe(200);
    // Bussero (example): linear 5,000 → 25,000, up to 70 %: 35 % of € 21 = 7.35 → 7.30 (down to 10 cents) × 20 h.
    expect(response.body).toMatchObject({
      citizenShare: 146,
      municipalityShare: 274,
      grossCost: 420,
      scheme: 'municipal',
      rule: { type: 'linear', band: null, sharePercent: 35 },
      details: { unit: 'hour', unitCost: 21, unitShare: 7.3, rounding: 'down-10-cents', monthlyCap: 250, capped: false },
    });
    expect(response.body.explanation.it).toContain('Tariffa comunale di Bussero');
    expect(response.body.explanation.it).toContain('fascia intermedia');
    expect(response.body.explanation.en).toContain('intermediate band');
  });

  it('uses the uniform district tariff when asked, naming the band', async () => {
    const response = await quote({ ...citizen(), scheme: 'uniform' });
    expect(response.status).toBe(200);
    // Band 4 of 6 (15,000 – 20,000): 45 % of € 21 = 9.45 → 9.50 (nearest 10 cents) × 20 h = 190.
    expect(response.body).toMatchObject({ citizenShare: 190, municipalityShare: 230, scheme: 'uniform' });
    expect(response.body.rule).toMatchObject({
      type: 'band',
      band: { number: 4, of: 6, iseeFrom: 15000, iseeTo: 20000 },
      sharePercent: 45,
    });
    expect(response.body.explanation.it).toContain('fascia 4 di 6');
    expect(response.body.explanation.en).toContain('band 4 of 6');
    expect(response.body.regulation).toMatchObject({ code: 'uniforme-2020', exampleData: true });
  });

  it('applies the family factor and the monthly cap, and splits the cost to the cent', async () => {
    const large = await quote({ ...citizen(), scheme: 'uniform', isee: 16500, householdSize: 4, quantity: 7.25 });
    // 16,500 ÷ 1.2 = 13,750 → band 3 (30 %): 6.30 per hour × 7.25 h = 45.675 → 45.68.
    expect(large.body).toMatchObject({ citizenShare: 45.68, details: { referenceIsee: 13750, householdCoefficient: 1.2 } });
    expect(Math.round(large.body.citizenShare * 100) + Math.round(large.body.municipalityShare * 100)).toBe(
      Math.round(large.body.grossCost * 100)
    );
    const capped = await quote({ ...citizen(), isee: 60000, quantity: 60 });
    expect(capped.body).toMatchObject({ citizenShare: 250, details: { capped: true } });
    expect(capped.body.explanation.it).toContain('Tetto mensile');
  });

  it('answers the udp too', async () => {
    expect((await quote(citizen(), 'udp')).status).toBe(200);
  });

  it.each([
    ['a negative ISEE', { isee: -1 }, 'isee', 'non può essere negativo'],
    ['an ISEE as text', { isee: '12000' }, 'isee', 'deve essere un numero'],
    ['an ISEE with tenths of a cent', { isee: 12000.125 }, 'isee', 'decimali'],
    ['a household of 0', { householdSize: 0 }, 'householdSize', 'almeno 1'],
    ['half a person', { householdSize: 2.5 }, 'householdSize', 'intero'],
    ['a negative quantity', { quantity: -3 }, 'quantity', 'negativo'],
    ['an unknown service', { service: 'no-such-service' }, 'service', 'servizio sconosciuto'],
    ['an unknown comune', { municipality: 'no-such-comune' }, 'municipality', 'comune sconosciuto'],
    ['an unknown scheme', { scheme: 'regional' }, 'scheme', 'non ammesso'],
    ['an impossible date', { date: '2020-02-30' }, 'date', 'data non valida'],
    ['an unknown field', { name: 'Mario Rossi' }, 'name', 'campo sconosciuto'],
    ['a missing ISEE', { isee: undefined }, 'isee', 'obbligatorio'],
  ])('refuses %s with a 400 naming the field', async (_label, change, path, italian) => {
    const response = await quote({ ...citizen(), ...change });
    expect(expectFieldError(response, path).it).toContain(italian);
  });

  it('refuses a body that is not an object, and a day when no tariff is in force', async () => {
    expectFieldError(await quote([citizen()]), 'body');
    expectFieldError(await quote({ ...citizen(), date: '2015-01-01' }), 'service');
    const notJson = await http(app)
      .post('/api/copayment/quote')
      .set(f.headers.operator)
      .set('Content-Type', 'application/json')
      .send('{"isee": ');
    expect(notJson.status).toBe(400);
  });

  it("falls back to the uniform tariff when the comune has none, and says so; refuses 'municipal' then", async () => {
    const gessate = f.comune(GESSATE);
    const tariff = (await app.db.query('api::copayment-tariff.copayment-tariff').findOne({
      where: { service: { documentId: f.transport }, regulation: { municipality: { documentId: gessate } } },
    })) as { documentId: string };
    expect((await http(app).delete(`/api/copayment-tariffs/${tariff.documentId}`).set(f.headers.udp)).status).toBe(204);
    const body = { service: f.transport, municipality: gessate, isee: 10000, householdSize: 1, quantity: 10 };
    const fallback = await quote(body);
    expect(fallback.status).toBe(200);
    expect(fallback.body.scheme).toBe('uniform');
    expect(fallback.body.explanation.it).toContain('non ha una tariffa propria');
    expectFieldError(await quote({ ...body, scheme: 'municipal' }), 'scheme');
  });

  it('is refused to the public, table members and provider staff', async () => {
    expect((await quote(citizen(), null)).status).toBe(403);
    expect((await quote(citizen(), 'tableMember')).status).toBe(403);
    expect((await quote(citizen(), 'provider')).status).toBe(403);
  });
});
