import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { BUSSERO, expectFieldError, loadCopaymentFixture, type CopaymentFixture } from './copayment-fixtures';

const TARIFF = 'api::copayment-tariff.copayment-tariff';
const REGULATION = 'api::copayment-regulation.copayment-regulation';
let app: Core.Strapi;
let f: CopaymentFixture;
let uniform: string;
let homeCareTariff: string;
let transportTariff: string;

const BANDS = [
  { iseeFrom: 0, iseeTo: 6000, sharePercent: 0 },
  { iseeFrom: 6000, iseeTo: 15000, sharePercent: 25 },
  { iseeFrom: 15000, iseeTo: null, sharePercent: 60 },
];
const put = (id: string, data: object, role: keyof CopaymentFixture['headers'] = 'udp') =>
  http(app).put(`/api/copayment-tariffs/${id}`).set(f.headers[role]).send({ data });
const count = async () => ({ tariffs: await app.db.query(TARIFF).count(), regulations: await app.db.query(REGULATION).count() });
const stored = (id: string) => app.db.query(TARIFF).findOne({ where: { documentId: id } });

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  f = await loadCopaymentFixture(app);
  uniform = ((await app.db.query(REGULATION).findOne({ where: { code: 'uniforme-2020' } })) as { documentId: string }).documentId;
  const tariffOf = async (service: string) =>
    (
      (await app.db
        .query(TARIFF)
        .findOne({ where: { regulation: { documentId: uniform }, service: { documentId: service } } })) as { documentId: string }
    ).documentId;
  homeCareTariff = await tariffOf(f.homeCare);
  transportTariff = await tariffOf(f.transport);
});
afterAll(stopStrapi);

describe('the Ufficio di Piano edits tariffs', () => {
  it('changes the bands of the uniform tariff, and quotes follow', async () => {
    const response = await put(homeCareTariff, { bands: BANDS });
    expect(response.status).toBe(200);
    expect(response.body.data.bands).toEqual(BANDS);
    const quote = await http(app)
      .post('/api/copayment/quote')
      .set(f.headers.operator)
      .send({
        service: f.homeCare,
        municipality: f.comune(BUSSERO),
        isee: 10000,
        householdSize: 1,
        quantity: 10,
        scheme: 'uniform',
      });
    // Band 2 (25 %) of € 21 = 5.25 → 5.30 (nearest 10 cents, halves up) × 10 h.
    expect(quote.body).toMatchObject({ citizenShare: 53, rule: { band: { number: 2, of: 3 } } });
  });

  describe('refuses a broken tariff with a 400 naming the field, and saves nothing', () => {
    let before: Awaited<ReturnType<typeof count>>;
    beforeAll(async () => {
      before = await count();
    });
    afterAll(async () => {
      expect(await count()).toEqual(before);
      expect((await stored(homeCareTariff)).bands).toEqual(BANDS);
      expect((await stored(transportTariff)).iseeFloor).toBe(6000);
    });

    it.each([
      [
        'overlapping bands',
        [
          { iseeFrom: 0, iseeTo: 8000, sharePercent: 0 },
          { iseeFrom: 6000, iseeTo: null, sharePercent: 30 },
        ],
        'bands.1.iseeFrom',
        'si sovrappone',
      ],
      [
        'a missing band (gap)',
        [
          { iseeFrom: 0, iseeTo: 5000, sharePercent: 0 },
          { iseeFrom: 9000, iseeTo: null, sharePercent: 30 },
        ],
        'bands.1.iseeFrom',
        'manca la fascia',
      ],
      ['no band from 0', [{ iseeFrom: 3000, iseeTo: null, sharePercent: 30 }], 'bands.0.iseeFrom', 'manca la fascia da 0'],
      ['no open last band', [{ iseeFrom: 0, iseeTo: 9000, sharePercent: 30 }], 'bands.0.iseeTo', 'manca la fascia oltre'],
      ['a share above 100 %', [{ iseeFrom: 0, iseeTo: null, sharePercent: 120 }], 'bands.0.sharePercent', '100 %'],
      ['a negative ISEE', [{ iseeFrom: -100, iseeTo: null, sharePercent: 10 }], 'bands.0.iseeFrom', 'negativo'],
      [
        'a share going down',
        [
          { iseeFrom: 0, iseeTo: 9000, sharePercent: 40 },
          { iseeFrom: 9000, iseeTo: null, sharePercent: 20 },
        ],
        'bands.1.sharePercent',
        'diminuire',
      ],
      ['no bands at all', [], 'bands', 'almeno una fascia'],
    ])('%s', async (_label, bands, path, italian) => {
      expect(expectFieldError(await put(homeCareTariff, { bands }), path).it).toContain(italian);
    });

    it('a floor above the ceiling, a share above 100 % on a linear tariff', async () => {
      const floor = expectFieldError(await put(transportTariff, { iseeFloor: 40000 }), 'iseeFloor');
      expect(floor.en).toContain('must be below the full-tariff threshold');
      expectFieldError(await put(transportTariff, { maxSharePercent: 150 }), 'maxSharePercent');
      expectFieldError(await put(transportTariff, { rule: 'bands' }), 'bands');
      expectFieldError(await put(transportTariff, { unitCost: -5 }), 'unitCost');
      expectFieldError(await put(transportTariff, { rounding: 'up' }), 'rounding');
    });

    it('an unknown or repeated service, an unknown or missing regulation, a bad household factor', async () => {
      const create = (data: object) => http(app).post('/api/copayment-tariffs').set(f.headers.udp).send({ data });
      const tariff = { unit: 'hour', unitCost: 20, rule: 'bands', bands: BANDS };
      expectFieldError(await create({ ...tariff, regulation: uniform, service: 'no-such-service' }), 'service');
      expectFieldError(await create({ ...tariff, regulation: 'no-such-regulation', service: f.homeCare }), 'regulation');
      expectFieldError(await create({ ...tariff, service: f.homeCare }), 'regulation');
      const twice = expectFieldError(await create({ ...tariff, regulation: uniform, service: f.homeCare }), 'service');
      expect(twice.en).toContain('already has a tariff');
      expectFieldError(
        await put(homeCareTariff, { householdFactors: [{ householdSize: 0, coefficient: 1 }] }),
        'householdFactors.0.householdSize'
      );
      expectFieldError(await put(homeCareTariff, { colour: 'red' }), 'colour');
    });

    it('a regulation without its comune, with an unknown one, overlapping another version, ending before it starts', async () => {
      const create = (data: object) => http(app).post('/api/copayment-regulations').set(f.headers.udp).send({ data });
      const version = { code: 'test-version', name: 'Versione di prova', validFrom: '2030-01-01' };
      expectFieldError(await create({ ...version, scheme: 'municipal' }), 'municipality');
      expectFieldError(await create({ ...version, scheme: 'municipal', municipality: 'no-such-comune' }), 'municipality');
      expectFieldError(await create({ ...version, scheme: 'uniform', municipality: f.comune(BUSSERO) }), 'municipality');
      const overlap = expectFieldError(await create({ ...version, scheme: 'uniform' }), 'validFrom');
      expect(overlap.it).toContain('si sovrappone');
      expectFieldError(await create({ ...version, scheme: 'uniform', validTo: '2029-12-31' }), 'validTo');
      expectFieldError(await create({ ...version, scheme: 'national' }), 'scheme');
    });
  });

  it('adds a new version once the old one is closed; deleting it deletes its tariffs', async () => {
    expect(
      (
        await http(app)
          .put(`/api/copayment-regulations/${uniform}`)
          .set(f.headers.udp)
          .send({ data: { validTo: '2029-12-31' } })
      ).status
    ).toBe(200);
    const created = await http(app)
      .post('/api/copayment-regulations')
      .set(f.headers.udp)
      .send({ data: { code: 'uniforme-2030', name: 'Tariffe uniformi 2030', scheme: 'uniform', validFrom: '2030-01-01' } });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const tariff = await http(app)
      .post('/api/copayment-tariffs')
      .set(f.headers.udp)
      .send({ data: { regulation: id, service: f.homeCare, unit: 'hour', unitCost: 22, rule: 'bands', bands: BANDS } });
    expect(tariff.status).toBe(201);
    expect((await http(app).delete(`/api/copayment-regulations/${id}`).set(f.headers.udp)).status).toBe(204);
    expect(await app.db.query(TARIFF).count({ where: { documentId: tariff.body.data.documentId } })).toBe(0);
  });
});

describe('access to regulations and tariffs', () => {
  it('operators read them but cannot change them', async () => {
    const list = await http(app).get('/api/copayment-tariffs?populate=regulation').set(f.headers.operator);
    expect(list.status).toBe(200);
    expect(list.body.data.length).toBeGreaterThanOrEqual(20);
    expect((await http(app).get('/api/copayment-regulations').set(f.headers.operator)).status).toBe(200);
    expect((await put(homeCareTariff, { unitCost: 1 }, 'operator')).status).toBe(403);
    expect((await http(app).post('/api/copayment-regulations').set(f.headers.operator).send({ data: {} })).status).toBe(403);
    expect((await http(app).delete(`/api/copayment-tariffs/${homeCareTariff}`).set(f.headers.operator)).status).toBe(403);
    expect((await http(app).get('/api/copayment-datasets').set(f.headers.operator)).status).toBe(403);
  });

  it('the public, table members and provider staff cannot even read them', async () => {
    for (const path of ['/api/copayment-tariffs', '/api/copayment-regulations', '/api/copayment-datasets']) {
      expect((await http(app).get(path)).status).toBe(403);
      expect((await http(app).get(path).set(f.headers.tableMember)).status).toBe(403);
      expect((await http(app).get(path).set(f.headers.provider)).status).toBe(403);
    }
    expect((await put(homeCareTariff, { unitCost: 1 }, 'tableMember')).status).toBe(403);
    expect((await stored(homeCareTariff)).unitCost).toBe(21);
  });
});
