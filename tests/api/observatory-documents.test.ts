import type { Core } from '@strapi/strapi';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parse } from 'csv-parse/sync';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http, binaryParser } from '../helpers/http';
import { pdfText } from '../helpers/pdf-text';

/**
 * Demographics with indices computed from Tabella 1's bands (expected values worked out by hand from the
 * table), the evaluation table of 2015-2017 as DOCX and PDF carrying the document's figures, and the
 * CSV/XLSX exports.
 */
let app: Core.Strapi;
const as: Record<string, Record<string, string>> = {};
const download = (url: string, who = 'udp') => http(app).get(url).set(as[who]).buffer(true).parse(binaryParser);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  for (const who of ['udp', 'tavolo.demo', 'op.bussero']) as[who] = await authHeader(app, who);
}, 600000); // booting and seeding on a busy PostgreSQL can take minutes
afterAll(stopStrapi);

describe('demographics: a row per comune and year, indices from the bands beside the published ones', () => {
  it('has the 9 comuni of Tabella 1 for 2018, totals summing to 122,517', async () => {
    const response = await http(app).get('/api/observatory/demographics?year=2018').set(as['tavolo.demo']);
    expect(response.status).toBe(200);
    expect(response.body.data).toHaveLength(9);
    expect(response.body.data.reduce((sum: number, r: { total: number }) => sum + r.total, 0)).toBe(122517);
    expect(response.body.meta.district[0]).toMatchObject({
      year: 2018,
      total: 122517,
      age0to3: 3878,
      over85: 3061,
      municipalities: 9,
    });
    // Whole district by hand: (23457 + 3061) / (3878 + 14157) × 100 and (3878 + 14157 + 23457 + 3061) / (4889 + 7918 + 65157) × 100.
    expect(response.body.meta.district[0].indices.ageingIndex.computed).toBe(147.04);
    expect(response.body.meta.district[0].indices.structuralDependencyIndex.computed).toBe(57.15);
  });

  it('Bellinzago Lombardo: indices by hand from 89, 417, 151, 289, 2059, 781, 83', async () => {
    const response = await http(app).get('/api/observatory/demographics?municipality=015016').set(as.udp);
    const [row] = response.body.data;
    expect(row).toMatchObject({
      year: 2018,
      age0to3: 89,
      age4to14: 417,
      age15to18: 151,
      age19to25: 289,
      age26to64: 2059,
      age65to85: 781,
      over85: 83,
      total: 3869,
      foreignResidents: 313,
    });
    expect(row.indices).toEqual({
      ageingIndex: { computed: 170.75, published: 170.9, difference: -0.15 }, // 864 / 506
      structuralDependencyIndex: { computed: 54.82, published: 54.9, difference: -0.08 }, // 1370 / 2499
      over80Share: { computed: null, published: 4.59, difference: null }, // the bands stop at 85
      over85Share: { computed: 2.15, published: null, difference: null }, // 83 / 3869
      foreignIncidence: { computed: 8.09, published: 8.1, difference: -0.01 }, // 313 / 3869
    });
    expect(row.figures).toMatchObject({ families: 1646, foreignResidents2015: 268, averageIncome2016: 18339 });
  });

  it('Gorgonzola: the foreign incidence published (12.0 %) differs visibly from the bands (2274 / 20836)', async () => {
    const [row] = (await http(app).get('/api/observatory/demographics?municipality=015108').set(as.udp)).body.data;
    expect(row.indices.foreignIncidence).toEqual({ computed: 10.91, published: 12, difference: -1.09 });
    expect(row.indices.ageingIndex.computed).toBe(149.06); // 4527 / 3037
  });

  it('the UdP corrects a row; bad bands are refused naming the field', async () => {
    const [row] = (await http(app).get('/api/observatory/demographics?municipality=015016').set(as.udp)).body.data;
    const bad = await http(app)
      .put(`/api/observatory/demographics/${row.documentId}`)
      .set(as.udp)
      .send({ data: { over85: -1, age0to3: 'tanti' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.')).sort()).toEqual([
      'data.age0to3',
      'data.over85',
    ]);
    const fixed = await http(app)
      .put(`/api/observatory/demographics/${row.documentId}`)
      .set(as.udp)
      .send({ data: { over85: 84 } });
    expect(fixed.body.data).toMatchObject({ over85: 84, total: 3870 });
    expect(
      (
        await http(app)
          .put(`/api/observatory/demographics/${row.documentId}`)
          .set(as['tavolo.demo'])
          .send({ data: { over85: 83 } })
      ).status
    ).toBe(403);
    await http(app)
      .put(`/api/observatory/demographics/${row.documentId}`)
      .set(as.udp)
      .send({ data: { over85: 83 } });
  });
});

describe('the evaluation table 2015-2017 generated from live data', () => {
  const FIGURES = [
    'Persone ricevute dal segretariato sociale – 2017: 357 persone (al 31/12/2017)',
    'Persone con presa in carico leggera (3/4 colloqui) – 2017: 133 persone',
    'Invii al Servizio sociale professionale – 2017: 26 invii (pari al 13%)',
    'Persone in carico – 2015: 124 persone (nuove 79); 2016: 139 persone (nuove 42); 2017: 135 persone (nuove 51)',
    'Assunzioni – 2015: 24 assunzioni; 2016: 36 assunzioni; 2017: 31 assunzioni',
    'Tirocini – 2015: 108 tirocini (89 persone); 2016: 153 tirocini (117 persone); 2017: 100 tirocini (80 persone)',
    'Rapporto – 2015: 24%; 2016: 31%; 2017: 39%',
    'Postazioni – 2015: 104 postazioni; 2016: 104 postazioni; 2017: 104 postazioni',
    'Persone inserite – 2017: 55 persone (di cui 25 minori)',
    '2016: € 179.400 (circa); 2017: € 75.000 (circa)',
    'Ore di mediazione – 2015: 200 ore (a.s. 2015/2016)',
    'FNPS (€ 270.000/anno)',
    'Contributo Fondazione Cariplo € 137.000',
  ];
  const HEADERS = [
    'Nome obiettivo',
    'Tipo di obiettivo',
    'Interventi e azioni',
    'Risorse impiegate',
    'Strumenti',
    'Indicatori di esito e valutazione',
    'Tempistica',
  ];

  it('DOCX: the seven columns and the seed’s figures, only the objectives of the period', async () => {
    const response = await download('/api/observatory/evaluation-table?from=2015&to=2017&format=docx', 'tavolo.demo');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('wordprocessingml');
    expect(response.headers['content-disposition']).toContain('valutazione-esiti-2015-2017.docx');
    const zip = await JSZip.loadAsync(response.body as Buffer);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')
    );
    const text = paragraphs.map((p) =>
      p
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
    );
    for (const header of HEADERS) expect(text).toContain(header);
    for (const figure of FIGURES) expect(text.some((p) => p.includes(figure))).toBe(true);
    expect(text).toContain('Gestione associata delle azioni di supporto alla fragilità in relazione al lavoro (SAIL)');
    expect(text.some((p) => p.includes('Obiettivo strategico 1'))).toBe(false);
    expect((xml.match(/<w:tr[ >]/g) ?? []).length).toBe(1 + 6 + 16); // header, 6 areas, 16 objectives
  });

  it('a value the UdP changes shows in the next table', async () => {
    const [indicator] = (await http(app).get('/api/observatory/indicators?objective=pdz-2015-segretariato-sociale').set(as.udp))
      .body.data;
    await http(app)
      .put(`/api/observatory/indicators/${indicator.documentId}/values/2016`)
      .set(as.udp)
      .send({ data: { value: 12345, source: 'Verifica' } });
    const table = await http(app).get('/api/observatory/evaluation-table?from=2015&to=2017').set(as.udp);
    const cells = table.body.data.sections.flatMap((s: { rows: { cells: { indicators: string[] } }[] }) =>
      s.rows.flatMap((r) => r.cells.indicators)
    );
    expect(cells).toContain(
      'Persone ricevute dal segretariato sociale – 2016: 12.345 persone; 2017: 357 persone (al 31/12/2017)'
    );
  });

  it('PDF: a landscape document over several pages', async () => {
    const response = await download('/api/observatory/evaluation-table?from=2015&to=2017&format=pdf', 'op.bussero');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const pdf = (response.body as Buffer).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect((pdf.match(/\/Type \/Page\b/g) ?? []).length).toBeGreaterThan(2);
    expect(pdf).toMatch(/\/MediaBox \[0 0 841\.89 595\.28\]/);
    // Numbered pages, the approval block, Italian only, and no letter lost to "?".
    const text = pdfText(response.body as Buffer);
    const pages = (pdf.match(/\/Type \/Page\b/g) ?? []).length;
    expect(text).toContain(`Pagina 1 di ${pages}`);
    expect(text).toContain(`Pagina ${pages} di ${pages}`);
    expect(text).toMatch(/Il Responsabile dell'Ufficio di Piano: _+/);
    expect(text).toContain('Generato dai dati del sistema il');
    expect(text).not.toMatch(/generated from|\?{2,}/);
  });

  it('refuses a bad period or format naming the parameter', async () => {
    const backwards = await http(app).get('/api/observatory/evaluation-table?from=2017&to=2015&format=docx').set(as.udp);
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details.errors[0].path).toEqual(['query', 'to']);
    const format = await http(app).get('/api/observatory/evaluation-table?from=2015&to=2017&format=odt').set(as.udp);
    expect(format.body.error.details.errors[0].path).toEqual(['query', 'format']);
    expect((await http(app).get('/api/observatory/evaluation-table?from=2015&to=2017')).status).toBe(403);
  });
});

describe('exports', () => {
  it('indicators as CSV for Italian offices: `;`, byte-order mark, Italian headers (English on request)', async () => {
    const response = await http(app).get('/api/observatory/exports/indicators?format=csv').set(as.udp);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.text.startsWith('\uFEFF')).toBe(true);
    const rows: string[][] = parse(response.text, { bom: true, delimiter: ';' });
    expect(rows[0]).toEqual([
      'Codice obiettivo',
      'Obiettivo',
      'Periodo',
      'Codice indicatore',
      'Indicatore',
      'Unità',
      'Anno',
      'Valore',
      'Nota',
      'Fonte',
    ]);
    expect(rows).toContainEqual([
      'pdz-2015-sail',
      'Gestione associata delle azioni di supporto alla fragilità in relazione al lavoro (SAIL)',
      '2015-2017',
      'pdz15-sail-in-carico',
      'Persone in carico',
      'persone',
      '2016',
      '139',
      'nuove 42',
      'Documento di programmazione 2018-2020, sez. 1 – Tabella di valutazione degli esiti 2015-2017',
    ]);
    const english: string[][] = parse(
      (await http(app).get('/api/observatory/exports/indicators?format=csv&locale=en').set(as.udp)).text,
      { bom: true, delimiter: ';' }
    );
    expect(english[0].slice(0, 2)).toEqual(['Objective code', 'Objective']);
    expect((await http(app).get('/api/observatory/exports/indicators?format=csv&locale=fr').set(as.udp)).status).toBe(400);
  });

  it('demographics as XLSX: Italian headers, print set-up, a totals row under the residents', async () => {
    const response = await download('/api/observatory/exports/demographics?format=xlsx');
    expect(response.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.body as never);
    const sheet = workbook.getWorksheet('Popolazione')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 5)).toEqual(['Comune', 'Codice ISTAT', 'Anno', '0-3 anni', '4-14 anni']);
    expect(header.join(' ')).not.toMatch(/age0to3|over85\b|foreignIncidence/);
    const values = sheet.getSheetValues().filter(Array.isArray) as unknown[][];
    const gorgonzola = values.find((r) => r[1] === 'Gorgonzola')!;
    const cell = (row: unknown[], name: string) => row[header.indexOf(name) + 1];
    expect(sheet.rowCount).toBe(11);
    expect(cell(gorgonzola, 'Totale residenti')).toBe(20836);
    expect(cell(gorgonzola, 'Incidenza stranieri (%) calcolato')).toBe(10.91);
    expect(cell(gorgonzola, 'Incidenza stranieri (%) pubblicato')).toBe(12);
    const totals = values[values.length - 1];
    expect(totals[1]).toBe('Totale');
    const sum = values.slice(1, -1).reduce((n, r) => n + Number(cell(r, 'Totale residenti')), 0);
    expect(cell(totals, 'Totale residenti')).toMatchObject({ formula: expect.stringMatching(/^SUM\(/), result: sum });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it('an unknown list is not found; table members may not export', async () => {
    expect((await http(app).get('/api/observatory/exports/users?format=csv').set(as.udp)).status).toBe(404);
    expect((await http(app).get('/api/observatory/exports/indicators').set(as['tavolo.demo'])).status).toBe(403);
  });
});
