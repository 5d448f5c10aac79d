import ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, documentIdOf, http, binaryParser } from '../helpers/http';

/** Issue 14 points 4 and 5: new field types, optional English, responses and their export, discard, duplicate. */
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
let bussero: string;
let carugate: string;

const HOUSING_SCORE = {
  '+': [
    { if: [{ '==': [{ var: 'sfratto' }, true] }, 10, 0] },
    { '*': [2, { var: ['figliMinori', 0] }] },
    { if: [{ '==': [{ var: 'disabilita' }, true] }, 5, 0] },
    { if: [{ '==': [{ var: 'isee' }, null] }, 0, { '<': [{ var: 'isee' }, 6000] }, 5, 0] },
  ],
};

/** Italian only (no English anywhere): the contract accepts it. */
const definition = {
  sections: [
    {
      key: 'richiesta',
      title: { it: 'Richiesta' },
      fields: [
        {
          key: 'informativa',
          type: 'staticText',
          label: { it: 'Informativa privacy' },
          text: { it: 'I dati sono trattati dal Comune per la domanda.', en: '' },
        },
        { key: 'richiedente', type: 'text', label: { it: 'Richiedente', en: '' }, required: true },
        { key: 'comune', type: 'reference', target: 'municipality', label: { it: 'Comune di residenza' } },
        { key: 'sfratto', type: 'boolean', label: { it: 'Sfratto esecutivo' } },
        { key: 'figliMinori', type: 'integer', label: { it: 'Figli minori' }, min: 0 },
        { key: 'disabilita', type: 'boolean', label: { it: 'Disabilità nel nucleo' } },
        { key: 'isee', type: 'isee', label: { it: 'ISEE' } },
        { key: 'canone', type: 'decimal', label: { it: 'Canone mensile' }, display: 'currency' },
        {
          key: 'tenure',
          type: 'singleChoice',
          label: { it: 'Abitazione' },
          options: [
            { code: 'affitto', label: { it: 'In affitto' } },
            { code: 'comodato', label: { it: 'In comodato', en: '' } },
          ],
        },
        { key: 'orarioContatto', type: 'time', label: { it: 'Orario preferito per il contatto' }, min: '08:00', max: '18:00' },
        {
          key: 'punteggio',
          type: 'calculated',
          label: { it: 'Punteggio di priorità' },
          resultType: 'number',
          display: 'currency',
          expression: HOUSING_SCORE,
        },
      ],
    },
  ],
};

const create = (key: string, body: Record<string, unknown> = {}) =>
  http(app)
    .post('/api/forms/definitions')
    .set(as.udp)
    .send({ data: { key, title: { it: 'Domanda contributo affitto' }, roles: ['operator', 'udp'], definition, ...body } });

const submit = (who: string, data: Record<string, unknown>) =>
  http(app).post('/api/forms/submissions').set(as[who]).send({ form: 'contributo-affitto', data });

async function readCsv(text: string): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(Readable.from([text.replace(/^\uFEFF/, '')]), {
    parserOptions: { delimiter: ';' },
  } as never);
  const rows: string[][] = [];
  sheet.eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value))))
  );
  return rows;
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as never);
  const rows: string[][] = [];
  workbook.worksheets[0].eachRow((row) =>
    rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value))))
  );
  return rows;
}

// Booting and seeding can take minutes on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const username of ['udp', 'op.bussero', 'op.carugate', 'ente.demo', 'tavolo.demo'])
    as[username] = await authHeader(app, username);
  bussero = await documentIdOf(app, 'api::municipality.municipality', { name: 'Bussero' });
  carugate = await documentIdOf(app, 'api::municipality.municipality', { name: 'Carugate' });
});
afterAll(stopStrapi);

describe('definitions: optional English, time and static text, currency display', () => {
  it('accepts a form with no English at all, and publishes it', async () => {
    const created = await create('contributo-affitto');
    expect(created.status).toBe(201);
    expect((await http(app).post('/api/forms/definitions/contributo-affitto/publish').set(as.udp)).status).toBe(200);
  });

  it('names a key with a space in words, never with the regular expression', async () => {
    const bad = structuredClone(definition);
    (bad.sections[0].fields[1] as { key: string }).key = 'nome richiedente';
    const response = await http(app)
      .put('/api/forms/definitions/contributo-affitto/draft')
      .set(as.udp)
      .send({ data: { definition: bad } });
    expect(response.status).toBe(400);
    const detail = response.body.error.details.errors.find(
      (e: { path: string[] }) => e.path.join('.') === 'definition.sections.0.fields.1.key'
    );
    expect(detail.it).toMatch(/lettera minuscola.*senza spazi/);
    expect(detail.en).toMatch(/lower-case letter.*no spaces/);
    expect(JSON.stringify(response.body)).not.toContain('[a-z]');
  });

  it('refuses a static text without text and a time outside HH:MM, naming the field', async () => {
    const bad = structuredClone(definition) as { sections: { fields: Record<string, unknown>[] }[] };
    delete bad.sections[0].fields[0].text;
    bad.sections[0].fields[9].min = '8.00';
    const response = await http(app)
      .put('/api/forms/definitions/contributo-affitto/draft')
      .set(as.udp)
      .send({ data: { definition: bad } });
    expect(response.status).toBe(400);
    const paths = response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['definition.sections.0.fields.0.text', 'definition.sections.0.fields.9.min']));
    // The refused draft changed nothing: discard it if one was created (none should be).
    const form = await http(app).get('/api/forms/definitions/contributo-affitto').set(as.udp);
    expect(form.body.data.versions.map((v: { status: string }) => v.status)).toEqual(['published']);
  });

  it('stores no answer for a static text, checks the time, computes the score', async () => {
    const wrongTime = await submit('op.bussero', { richiedente: 'Mario Rossi', orarioContatto: '19:30' });
    expect(wrongTime.status).toBe(400);
    expect(wrongTime.body.error.details.errors[0].path).toEqual(['data', 'orarioContatto']);
    const badShape = await submit('op.bussero', { richiedente: 'Mario Rossi', orarioContatto: '9:30' });
    expect(badShape.status).toBe(400);
    expect(badShape.body.error.details.errors[0].it).toMatch(/orario non valido/);
    const ok = await submit('op.bussero', {
      richiedente: 'Mario Rossi',
      comune: bussero,
      sfratto: true,
      figliMinori: 2,
      disabilita: false,
      isee: 5000,
      canone: 450.5,
      tenure: 'affitto',
      orarioContatto: '09:30',
      informativa: 'ignored',
    });
    expect(ok.status).toBe(201);
    expect(ok.body.data.data).not.toHaveProperty('informativa');
    expect(ok.body.data.data.punteggio).toBe(19);
    expect(ok.body.data.data.orarioContatto).toBe('09:30');
  });
});

describe('responses of a form: filters, columns, export with the same access as reads', () => {
  beforeAll(async () => {
    expect(
      (
        await submit('op.bussero', {
          richiedente: 'Anna Bianchi',
          comune: bussero,
          figliMinori: 1,
          isee: 12000,
          tenure: 'comodato',
        })
      ).status
    ).toBe(201);
    expect(
      (await submit('op.carugate', { richiedente: '=Verdi Luca', comune: carugate, sfratto: true, isee: 3000 })).status
    ).toBe(201);
    expect((await submit('udp', { richiedente: 'Senza Comune' })).status).toBe(201);
  });

  const responses = (who: string, query = '') =>
    http(app).get(`/api/forms/definitions/contributo-affitto/responses${query}`).set(as[who]);

  it('shows the UdP every response, with columns from the fields (no static text) and readable answers', async () => {
    const response = await responses('udp');
    expect(response.status).toBe(200);
    expect(response.body.meta.pagination.total).toBe(4);
    const columns = response.body.meta.columns.map((c: { key: string }) => c.key);
    expect(columns).toContain('punteggio');
    expect(columns).not.toContain('informativa');
    const mario = response.body.data.find((row: { values: Record<string, unknown> }) => row.values.richiedente === 'Mario Rossi');
    expect(mario.values).toMatchObject({ comune: 'Bussero', sfratto: 'Sì', tenure: 'In affitto', punteggio: 19 });
    expect(mario.comune).toEqual({ id: bussero, name: 'Bussero' });
  });

  it('filters by comune, version, dates and searched text', async () => {
    const inBussero = await responses('udp', `?comune=${bussero}`);
    expect(inBussero.body.data.map((row: { values: { richiedente: string } }) => row.values.richiedente).sort()).toEqual([
      'Anna Bianchi',
      'Mario Rossi',
    ]);
    expect((await responses('udp', '?q=verdi')).body.data).toHaveLength(1);
    expect((await responses('udp', '?version=1')).body.meta.pagination.total).toBe(4);
    expect((await responses('udp', '?version=2')).body.meta.pagination.total).toBe(0);
    expect((await responses('udp', '?to=2000-01-01')).body.meta.pagination.total).toBe(0);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
    expect((await responses('udp', `?from=${today}&to=${today}`)).body.meta.pagination.total).toBe(4);
  });

  it('shows an operator only their own responses, in every format', async () => {
    const own = await responses('op.carugate');
    expect(own.status).toBe(200);
    expect(own.body.data.map((row: { values: { richiedente: string } }) => row.values.richiedente)).toEqual(['=Verdi Luca']);
    const csv = await responses('op.carugate', '?format=csv');
    expect(csv.text).not.toContain('Mario');
    const searched = await responses('op.carugate', '?q=Mario');
    expect(searched.body.data).toEqual([]);
  });

  it('exports CSV (semicolons, BOM, Italian headers, formulas defused) that a parser reads back', async () => {
    const response = await responses('udp', `?format=csv&comune=${bussero}`);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/csv/);
    expect(response.headers['content-disposition']).toContain('risposte-contributo-affitto.csv');
    expect(response.text.charCodeAt(0)).toBe(0xfeff);
    const rows = await readCsv(response.text);
    expect(rows[0]).toEqual(
      expect.arrayContaining(['Versione', 'Comune', 'Richiedente', 'Punteggio di priorità', 'Orario preferito per il contatto'])
    );
    expect(rows[0]).not.toContain('Informativa privacy');
    expect(rows).toHaveLength(3);
    const header = rows[0];
    const mario = rows.find((row) => row.includes('Mario Rossi')) as string[];
    expect(mario[header.indexOf('Punteggio di priorità')]).toBe('19');
    expect(mario[header.indexOf('Abitazione')]).toBe('In affitto');
    const all = await responses('udp', '?format=csv&q=verdi');
    expect(all.text).toContain("'=Verdi Luca");
  });

  it('exports XLSX read back by a parser, with the same rows', async () => {
    const response = await responses('udp', '?format=xlsx').buffer(true).parse(binaryParser);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const rows = await readXlsx(response.body as Buffer);
    expect(rows).toHaveLength(5);
    expect(rows[0]).toContain('Richiedente');
    expect(rows.some((row) => row.includes('=Verdi Luca'))).toBe(true);
    const own = await responses('op.bussero', '?format=xlsx').buffer(true).parse(binaryParser);
    const ownRows = await readXlsx(own.body as Buffer);
    expect(
      ownRows
        .slice(1)
        .map((row) => row[rows[0].indexOf('Richiedente')])
        .sort()
    ).toEqual(['Anna Bianchi', 'Mario Rossi']);
  });

  it('refuses bad parameters with a 400 naming them, and callers without a login', async () => {
    const bad = await responses('udp', '?format=pdf&from=ieri&version=zero');
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: { path: string[] }) => e.path[0]).sort()).toEqual(['format', 'from', 'version']);
    expect((await responses('udp', '?colour=red')).status).toBe(400);
    expect((await http(app).get('/api/forms/definitions/contributo-affitto/responses')).status).toBe(403);
    expect((await http(app).get('/api/forms/definitions/no-such-form/responses').set(as.udp)).status).toBe(404);
  });
});

describe('discarding drafts and duplicating forms', () => {
  it('deletes a never-published form (only a draft v1), and nothing else', async () => {
    expect((await create('solo-bozza')).status).toBe(201);
    expect((await http(app).delete('/api/forms/definitions/solo-bozza').set(as['op.bussero'])).status).toBe(403);
    expect((await http(app).delete('/api/forms/definitions/solo-bozza').set(as.udp)).status).toBe(204);
    expect((await http(app).get('/api/forms/definitions/solo-bozza').set(as.udp)).status).toBe(404);
    const published = await http(app).delete('/api/forms/definitions/contributo-affitto').set(as.udp);
    expect(published.status).toBe(400);
    expect(published.body.error.message).toMatch(/già pubblicato.*\/.*was published/);
  });

  it('discards a later draft back to the published version; a lone draft v1 takes the form with it', async () => {
    const changed = structuredClone(definition);
    changed.sections[0].title = { it: 'Richiesta modificata' };
    expect(
      (
        await http(app)
          .put('/api/forms/definitions/contributo-affitto/draft')
          .set(as.udp)
          .send({ data: { definition: changed } })
      ).status
    ).toBe(200);
    const discarded = await http(app).delete('/api/forms/definitions/contributo-affitto/draft').set(as.udp);
    expect(discarded.status).toBe(200);
    expect(discarded.body.data).toEqual({ deletedForm: false });
    const form = await http(app).get('/api/forms/definitions/contributo-affitto').set(as.udp);
    expect(form.body.data.versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([
      [1, 'published'],
    ]);
    expect((await http(app).delete('/api/forms/definitions/contributo-affitto/draft').set(as.udp)).status).toBe(400);
    expect((await create('bozza-unica')).status).toBe(201);
    expect((await http(app).delete('/api/forms/definitions/bozza-unica/draft').set(as.udp)).body.data).toEqual({
      deletedForm: true,
    });
    expect((await http(app).get('/api/forms/definitions/bozza-unica').set(as.udp)).status).toBe(404);
  });

  it('duplicates a form as a new one: key from the new name, draft v1 with the same definition, same roles', async () => {
    const copy = await http(app)
      .post('/api/forms/definitions/contributo-affitto/duplicate')
      .set(as.udp)
      .send({ data: { title: { it: 'Domanda contributo affitto 2027' } } });
    expect(copy.status).toBe(201);
    expect(copy.body.data.key).toBe('domanda-contributo-affitto-2027');
    expect(copy.body.data.roles).toEqual(['operator', 'udp']);
    expect(copy.body.data.versions).toHaveLength(1);
    expect(copy.body.data.versions[0]).toMatchObject({ version: 1, status: 'draft', definition });
    const again = await http(app)
      .post('/api/forms/definitions/contributo-affitto/duplicate')
      .set(as.udp)
      .send({ data: { title: { it: 'Domanda contributo affitto 2027' } } });
    expect(again.body.data.key).toBe('domanda-contributo-affitto-2027-2');
    const noTitle = await http(app)
      .post('/api/forms/definitions/contributo-affitto/duplicate')
      .set(as.udp)
      .send({ data: { title: { it: '' } } });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toContain('title.it');
    expect(
      (
        await http(app)
          .post('/api/forms/definitions/contributo-affitto/duplicate')
          .set(as['op.bussero'])
          .send({ data: { title: { it: 'X y' } } })
      ).status
    ).toBe(403);
  });
});
