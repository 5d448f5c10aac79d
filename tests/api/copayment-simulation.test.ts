import ExcelJS from 'exceljs';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http, binaryParser } from '../helpers/http';
import { BUSSERO, CERNUSCO, expectFieldError, loadCopaymentFixture, type CopaymentFixture } from './copayment-fixtures';

const SIMULATION = 'api::copayment.copayment-simulation';
let app: Core.Strapi;
let f: CopaymentFixture;
let dataset: string;

const run = (body: object, role: keyof CopaymentFixture['headers'] | null = 'udp') => {
  const request = http(app).post('/api/copayment/simulations');
  return (role ? request.set(f.headers[role]) : request).send(body);
};
type Impact = {
  municipality: { istatCode: string };
  beneficiaries: number;
  current: { revenue: number; netCost: number };
  proposed: { revenue: number; netCost: number };
};
const comune = (body: { data: { municipalities: Impact[] } }, istat: string) =>
  body.data.municipalities.find((m) => m.municipality.istatCode === istat) as Impact;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  f = await loadCopaymentFixture(app);
  dataset = (
    (await app.db
      .query('api::copayment-dataset.copayment-dataset')
      .findOne({ where: { name: { $contains: 'assistenza domiciliare' } } })) as { documentId: string }
  ).documentId;
});
afterAll(stopStrapi);

describe('POST /api/copayment/simulations', () => {
  it('compares, per comune, revenue and net cost of today with the uniform tariff, on the demo sample', async () => {
    const response = await run({ service: f.homeCare, dataset });
    expect(response.status).toBe(201);
    const { data } = response.body;
    expect(data.municipalities).toHaveLength(9);
    expect(data.totals.beneficiaries).toBeGreaterThanOrEqual(190);
    expect(data.source).toEqual({ kind: 'dataset', name: 'Campione dimostrativo – assistenza domiciliare' });
    expect(data.exampleData).toBe(true);
    for (const m of data.municipalities as Impact[]) {
      expect(m.beneficiaries).toBeGreaterThan(0);
      expect(Math.round((m.proposed.revenue - m.current.revenue) * 100)).toBe(
        Math.round(-(m.proposed.netCost - m.current.netCost) * 100)
      );
    }
    expect(new Set(data.municipalities.map((m: Impact) => m.current.revenue)).size).toBe(9);
    const sum = data.municipalities.reduce((s: number, m: Impact) => s + Math.round(m.proposed.revenue * 100), 0);
    expect(Math.round(data.totals.proposed.revenue * 100)).toBe(sum);
    const again = await http(app).get(`/api/copayment/simulations/${data.documentId}`).set(f.headers.udp);
    expect(again.body.data).toEqual(data);
  });

  it('recomputes with a changed band, without saving the proposal', async () => {
    const before = (await run({ service: f.homeCare, dataset })).body;
    const bands = [...before.data.uniformTariff.bands];
    bands[2] = { ...bands[2], sharePercent: 40 };
    bands[3] = { ...bands[3], sharePercent: 55 };
    const after = await run({ service: f.homeCare, dataset, proposal: { bands } });
    expect(after.status).toBe(201);
    expect(after.body.data.uniformTariff).toMatchObject({ changed: true, bands });
    expect(after.body.data.totals.proposed.revenue).toBeGreaterThan(before.data.totals.proposed.revenue);
    expect(after.body.data.totals.current).toEqual(before.data.totals.current);
    const stored = await app.db.query('api::copayment-tariff.copayment-tariff').findOne({
      where: { service: { documentId: f.homeCare }, regulation: { code: 'uniforme-2020' } },
    });
    expect(stored.bands[2].sharePercent).toBe(30);
  });

  it('takes JSON rows and CSV text (comma or semicolon, comune by name, ISTAT code or documentId)', async () => {
    const rows = [
      { municipality: f.comune(BUSSERO), isee: 15000, householdSize: 2, quantity: 20 },
      { municipality: 'Cernusco sul Naviglio', isee: 4000, householdSize: 1, quantity: 10 },
    ];
    const json = await run({ service: f.homeCare, rows });
    expect(json.status).toBe(201);
    // Bussero today: 146 (see the quote test); uniform: 190.
    expect(comune(json.body, BUSSERO)).toMatchObject({ beneficiaries: 1, current: { revenue: 146 }, proposed: { revenue: 190 } });
    const csv = await run({
      service: f.homeCare,
      csv: `municipality,isee,householdSize,quantity\n${BUSSERO},15000,2,20\nCernusco sul Naviglio,4000,1,10\n`,
    });
    expect(csv.body.data.totals).toEqual(json.body.data.totals);
    const italian = await run({
      service: f.homeCare,
      csv: 'Comune;ISEE;Componenti;Ore\nBussero;15.000,00;2;20\n"cernusco sul naviglio";4000;1;10',
    });
    expect(italian.body.data.totals).toEqual(json.body.data.totals);
    expect(comune(italian.body, CERNUSCO).current.revenue).toBe(0);
  });

  it('reads the CSV with a parser: a BOM, a quoted cell holding the separator', async () => {
    const csv = '\uFEFFComune;ISEE;Componenti;Ore\r\n"Bussero";"15.000,00";2;20\r\n"Cernusco sul Naviglio";4000;1;"10"\r\n';
    const rows = await run({ service: f.homeCare, csv });
    expect(rows.status).toBe(201);
    expect(rows.body.data.totals.beneficiaries).toBe(2);
    // The separator inside quotes stays in the cell: the comune is then unknown, named by row and column label.
    const quoted = await run({ service: f.homeCare, csv: '\uFEFFComune;ISEE;Componenti;Ore\n"Bussero; frazione";1000;1;4\n' });
    const error = expectFieldError(quoted, 'csv.2.municipality');
    expect(error.it).toContain('Bussero; frazione');
    expect(quoted.body.error.message).toContain('riga 2, colonna «Comune»');
    expect(quoted.body.error.message).toContain('row 2, column "Comune"');
  });

  it('a bad CSV row answers 400 naming the row and the column by its label, in Italian and English', async () => {
    const response = await run({ service: f.homeCare, csv: 'Comune;ISEE;Componenti;Ore\nBussero;1000;1;4\nBussero;-3;1;4\n' });
    const error = expectFieldError(response, 'csv.3.isee');
    expect(error.where).toEqual({ it: 'riga 3, colonna «ISEE»', en: 'row 3, column "ISEE"' });
    expect(response.body.error.message).toMatch(/riga 3, colonna «ISEE»: .+ \/ .*row 3, column "ISEE": /);
    expect(response.body.error.message).not.toContain('csv.3.isee');
    const unclosed = await run({ service: f.homeCare, csv: 'Comune;ISEE;Componenti;Ore\nBussero;1000;1;4\n"Gessate;1;1;4\n' });
    expect(unclosed.status).toBe(400);
    expect(unclosed.body.error.message).toContain('riga 3');
  });

  describe('refuses bad input with a 400 naming the field, and saves nothing', () => {
    let before: number;
    beforeAll(async () => {
      before = await app.db.query(SIMULATION).count();
    });
    afterAll(async () => {
      expect(await app.db.query(SIMULATION).count()).toBe(before);
    });
    const row = { municipality: 'Bussero', isee: 1000, householdSize: 1, quantity: 4 };

    it.each([
      ['a negative ISEE in a row', { rows: [row, { ...row, isee: -50 }] }, 'rows.1.isee'],
      ['an unknown comune in a row', { rows: [{ ...row, municipality: 'Milano' }] }, 'rows.0.municipality'],
      ['an unknown field in a row', { rows: [{ ...row, surname: 'Rossi' }] }, 'rows.0.surname'],
      ['no rows', { rows: [] }, 'rows'],
      ['a bad CSV line', { csv: 'comune,isee,componenti,ore\nBussero,1000,1,4\nBussero,-3,1,4' }, 'csv.3.isee'],
      ['a CSV without a column', { csv: 'comune,isee,ore\nBussero,1000,4' }, 'csv.1.householdSize'],
      ['two sources at once', { rows: [row], csv: 'x' }, 'rows'],
      ['an unknown dataset', { dataset: 'no-such-dataset' }, 'dataset'],
      [
        'overlapping bands in the proposal',
        {
          rows: [row],
          proposal: {
            bands: [
              { iseeFrom: 0, iseeTo: 9000, sharePercent: 0 },
              { iseeFrom: 5000, iseeTo: null, sharePercent: 50 },
            ],
          },
        },
        'proposal.bands.1.iseeFrom',
      ],
      [
        'a share above 100 % in the proposal',
        { rows: [row], proposal: { bands: [{ iseeFrom: 0, iseeTo: null, sharePercent: 101 }] } },
        'proposal.bands.0.sharePercent',
      ],
      [
        'a floor above the ceiling in the proposal',
        { rows: [row], proposal: { rule: 'linear', iseeFloor: 9000, iseeCeiling: 1000 } },
        'proposal.iseeFloor',
      ],
      ['an unknown field in the proposal', { rows: [row], proposal: { discount: 5 } }, 'proposal.discount'],
      ['an impossible date', { rows: [row], date: '2021-13-01' }, 'date'],
    ])('%s', async (_label, body, path) => {
      expectFieldError(await run({ service: f.homeCare, ...body }), path);
    });

    it('an unknown service, a dataset of another service', async () => {
      expectFieldError(await run({ service: 'no-such-service', dataset }), 'service');
      expectFieldError(await run({ service: f.transport, dataset }), 'dataset');
    });
  });
});

describe('simulation datasets (UdP only)', () => {
  const create = (rows: unknown) =>
    http(app)
      .post('/api/copayment-datasets')
      .set(f.headers.udp)
      .send({ data: { name: 'Rilevazione 2026', service: f.homeCare, rows } });

  it('keeps rows with the comune as ISTAT code, whatever name the UdP used', async () => {
    const response = await create([{ municipality: 'cassina de pecchi', isee: 8000, householdSize: 1, quantity: 12 }]);
    expect(response.status).toBe(201);
    expect(response.body.data.rows).toEqual([{ municipality: '015060', isee: 8000, householdSize: 1, quantity: 12 }]);
    const simulation = await run({ service: f.homeCare, dataset: response.body.data.documentId });
    expect(simulation.body.data.totals.beneficiaries).toBe(1);
  });

  it('refuses bad rows naming row and field, and saves nothing', async () => {
    const before = await app.db.query('api::copayment-dataset.copayment-dataset').count();
    expectFieldError(await create([{ municipality: 'Bussero', isee: -1, householdSize: 1, quantity: 2 }]), 'rows.0.isee');
    expectFieldError(
      await create([{ municipality: 'Atlantide', isee: 1, householdSize: 1, quantity: 2 }]),
      'rows.0.municipality'
    );
    expectFieldError(await create('not rows'), 'rows');
    expect(await app.db.query('api::copayment-dataset.copayment-dataset').count()).toBe(before);
  });
});

describe('GET /api/copayment/simulations/:id/export.xlsx', () => {
  it('exports the comparison per comune and the tariff used', async () => {
    const simulation = (await run({ service: f.homeCare, dataset })).body.data;
    const response = await http(app)
      .get(`/api/copayment/simulations/${simulation.documentId}/export.xlsx`)
      .set(f.headers.udp)
      .buffer(true)
      .parse(binaryParser);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toContain('.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const [comparison, tariff] = workbook.worksheets;
    const values = (comparison.getSheetValues() as unknown[][]).filter(Boolean).map((row) => row.slice(1));
    const header = values.findIndex((row) => row[0] === 'Comune / Municipality');
    expect(header).toBeGreaterThan(0);
    const body = values.slice(header + 1);
    expect(body).toHaveLength(10);
    const cernusco = body.find((row) => row[1] === CERNUSCO) as unknown[];
    const expected = comune({ data: simulation }, CERNUSCO);
    expect(cernusco[6]).toBe(expected.current.revenue);
    expect(cernusco[9]).toBe(expected.proposed.revenue);
    expect(body[9][0]).toBe('Totale Ambito / District total');
    expect(tariff.getCell('B2').value).toBe('hour');
  });

  it('answers 404 for an unknown simulation', async () => {
    expect((await http(app).get('/api/copayment/simulations/nope/export.xlsx').set(f.headers.udp)).status).toBe(404);
  });
});

describe('access to simulations', () => {
  it('only the Ufficio di Piano runs and reads them', async () => {
    const body = { service: f.homeCare, dataset };
    for (const role of ['operator', 'tableMember', 'provider'] as const) expect((await run(body, role)).status).toBe(403);
    expect((await run(body, null)).status).toBe(403);
    const id = (await run(body)).body.data.documentId;
    expect((await http(app).get(`/api/copayment/simulations/${id}`).set(f.headers.operator)).status).toBe(403);
    expect((await http(app).get(`/api/copayment/simulations/${id}/export.xlsx`).set(f.headers.tableMember)).status).toBe(403);
  });
});
