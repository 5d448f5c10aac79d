import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Browser, Download, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
let browser: Browser;
let base: string;
const downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'observatory-e2e-'));

/** This year's intakes (the dashboard counts the current year unless told otherwise). */
const YEAR = new Date().getFullYear();
type Intake = { operator: string; comune: string; month: number; needs: string[] };
const INTAKES: Intake[] = [
  { operator: 'op.bussero', comune: 'Bussero', month: 1, needs: ['casa', 'lavoro'] },
  { operator: 'op.bussero', comune: 'Bussero', month: 1, needs: ['casa'] },
  { operator: 'op.bussero', comune: 'Bussero', month: 3, needs: ['reddito', 'casa'] },
  { operator: 'op.carugate', comune: 'Carugate', month: 2, needs: ['lavoro'] },
  { operator: 'op.carugate', comune: 'Carugate', month: 2, needs: ['famiglia-minori'] },
];
/** Counted by hand from INTAKES for Bussero: 3 intakes; casa 3, lavoro 1, reddito 1; January 2, March 1. */
const BUSSERO = {
  intakes: 3,
  byNeed: { 'Casa e abitare': 3, Lavoro: 1, 'Reddito e difficoltà economiche': 1 },
  byMonth: { [`${YEAR}-01`]: 2, [`${YEAR}-03`]: 1 },
};

/** Operators fill the segretariato intake form through the forms engine, as they would at the front desk. */
async function fileIntakes(): Promise<void> {
  const comuni = (await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'name'] })) as {
    documentId: string;
    name: string;
  }[];
  for (const [i, intake] of INTAKES.entries()) {
    const comune = comuni.find((c) => c.name === intake.comune)!.documentId;
    const response = await http(app)
      .post('/api/forms/submissions')
      .set(await authHeader(app, intake.operator))
      .send({
        form: 'segretariato-intake',
        data: {
          accessDate: `${YEAR}-${String(intake.month).padStart(2, '0')}-1${i}`,
          municipality: comune,
          accessChannel: 'spontaneo',
          firstName: 'Persona',
          lastName: `Prova ${i}`,
          phone: '333 123 4567',
          needAreas: intake.needs,
          requestText: 'Chiede informazioni',
          outcome: 'informazione',
          privacyNoticeGiven: true,
        },
      });
    if (response.status !== 201) throw new Error(`intake ${i}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  await fileIntakes();
  base = await listen(app);
  browser = await launchBrowser();
}, 600000); // Strapi, the demo data and the intakes: minutes on a loaded machine with PostgreSQL.

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
  fs.rmSync(downloads, { recursive: true, force: true });
});

async function logIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(/Benvenuto/).waitFor();
  return page;
}

async function save(download: Download): Promise<string> {
  const file = path.join(downloads, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

/** A sheet's rows as objects keyed by the first cell (label → count in the second column). */
function column(sheet: ExcelJS.Worksheet): Record<string, number> {
  const result: Record<string, number> = {};
  sheet.eachRow((row, number) => {
    const values = row.values as unknown[];
    if (number === 1 || values[1] === 'Totale') return;
    result[String(values[1])] = Number(values[values.length - 1]);
  });
  return result;
}

const chartSvg = (page: Page, testId: string) =>
  page.getByTestId(testId).locator('svg path').first().waitFor({ state: 'attached' });

describe('the observatory in the console', () => {
  it('the Ufficio di Piano filters the dashboard by comune, exports it as XLSX and generates the evaluation table as DOCX', async () => {
    const page = await logIn('udp');
    await page.getByRole('menuitem', { name: 'Cruscotto osservatorio' }).click();
    await page.locator('#react-admin-title').getByText('Osservatorio – cruscotto').waitFor();
    await expect(page.getByTestId('observatory-intakes').innerText()).resolves.toBe(String(INTAKES.length));
    await chartSvg(page, 'observatory-by-need');
    await chartSvg(page, 'observatory-by-municipality');
    await chartSvg(page, 'observatory-by-month');
    await screenshot(page, 'observatory-01-dashboard');

    await page.getByRole('combobox', { name: /^Comune/ }).click();
    await page.getByRole('option', { name: 'Bussero' }).click();
    await page.waitForFunction(
      (expected) => document.querySelector('[data-testid="observatory-intakes"]')?.textContent === expected,
      String(BUSSERO.intakes)
    );
    await expect(page.getByText('Accessi al segretariato sociale · Bussero').count()).resolves.toBe(1);
    await expect(page.getByTestId('observatory-by-need').innerText()).resolves.toContain('Casa e abitare');
    await expect(page.getByTestId('observatory-by-need').innerText()).resolves.not.toContain('Famiglia e minori');
    await page
      .getByTestId('observatory-pyramid-card')
      .getByText(/Piramide delle età – Bussero/)
      .waitFor();
    await screenshot(page, 'observatory-02-bussero');

    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Esporta Excel (XLSX)' }).click(),
    ]);
    const xlsxFile = await save(xlsx);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxFile);
    const sheets = workbook.worksheets.map((s) => s.name);
    expect(sheets).toEqual(['Bisogni', 'Comuni', 'Mesi', 'Popolazione', 'Andamento indicatori']);
    const needs = workbook.getWorksheet('Bisogni')!;
    expect(needs.getRow(needs.rowCount).values).toEqual([undefined, 'Totale', { formula: 'SUM(B2:B4)', result: 5 }]);
    expect(column(workbook.getWorksheet('Bisogni')!)).toEqual(BUSSERO.byNeed);
    expect(column(workbook.getWorksheet('Mesi')!)).toEqual(BUSSERO.byMonth);
    const comuni = column(workbook.getWorksheet('Comuni')!);
    expect(Object.keys(comuni)).toEqual(['Bussero']);
    expect(comuni.Bussero).toBe(BUSSERO.intakes);

    await page.getByRole('button', { name: 'Genera tabella di valutazione' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tabella di valutazione degli obiettivi' });
    await expect(dialog.getByLabel('Dal anno').inputValue()).resolves.toBe('2015');
    await expect(dialog.getByLabel("All'anno").inputValue()).resolves.toBe('2017');
    await dialog.getByLabel('Word (DOCX)').check();
    await screenshot(page, 'observatory-03-evaluation-dialog');
    const [docx] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Genera e scarica' }).click(),
    ]);
    const docxFile = await save(docx);
    expect(docx.suggestedFilename()).toMatch(/2015-2017\.docx$/);
    const zip = await JSZip.loadAsync(fs.readFileSync(docxFile));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    const text = documentXml.replace(/<[^>]+>/g, ' ');
    for (const header of ['Nome obiettivo', 'Tipo di obiettivo', 'Indicatori di esito e valutazione', 'Tempistica'])
      expect(text).toContain(header);
    await page.getByText('Tabella di valutazione generata').waitFor();
    await page.context().close();
  });

  it('shows objectives with their indicator trends and the population table with computed and published indices', async () => {
    const page = await logIn('udp');
    await page.getByRole('menuitem', { name: 'Obiettivi' }).click();
    await page.locator('tbody tr').first().waitFor();
    await screenshot(page, 'observatory-04-objectives');
    await page.locator('tbody tr').first().click();
    await page.getByText('Indicatori di esito e valutazione').waitFor();
    await screenshot(page, 'observatory-05-objective');

    // The UdP records the 2018 value of a manual indicator, with its source.
    const first = page.getByTestId('observatory-indicator').first();
    const indicatorName = await first.locator('h3').innerText();
    const before = await first.locator('tr[data-year]').count();
    await first.getByRole('link', { name: 'Modifica e registra valori' }).click();
    const form = page.getByTestId('indicator-set-value');
    await form.waitFor();
    await form.getByLabel('Anno').fill('2018');
    await form.getByLabel('Valore').fill('371');
    await form.getByLabel('Fonte').fill('Relazione del segretariato 2018');
    await screenshot(page, 'observatory-07-indicator-values');
    await form.getByRole('button', { name: 'Registra il valore' }).click();
    await page.getByTestId('indicator-values').locator('tr[data-year="2018"]').waitFor();
    await page.goBack();
    const saved = page.getByTestId('observatory-indicator').filter({ hasText: indicatorName }).locator('tr[data-year="2018"]');
    await saved.waitFor();
    expect(await saved.innerText()).toContain('Relazione del segretariato 2018');
    await expect(
      page.getByTestId('observatory-indicator').filter({ hasText: indicatorName }).locator('tr[data-year]').count()
    ).resolves.toBe(before + 1);
    const stored = await app.db
      .query('plugin::observatory.indicator')
      .findOne({ where: { name: indicatorName }, populate: { values: true } });
    const value2018 = stored.values.find((v: { year: number }) => v.year === 2018);
    expect([Number(value2018.value), value2018.source]).toEqual([371, 'Relazione del segretariato 2018']);

    await page.getByRole('menuitem', { name: 'Dati demografici' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.locator('tbody tr').first().click();
    await chartSvg(page, 'observatory-pyramid');
    await screenshot(page, 'observatory-06-demographics');
    await page.context().close();
  });

  it('a table member reads the objectives but neither the intake dashboard nor the exports', async () => {
    const page = await logIn('tavolo.demo');
    await page.getByRole('menuitem', { name: 'Obiettivi' }).waitFor();
    await expect(page.getByRole('menuitem', { name: 'Cruscotto osservatorio' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Obiettivi' }).click();
    await page.locator('tbody tr').first().waitFor();
    await expect(page.getByRole('button', { name: 'Esporta Excel (XLSX)' }).count()).resolves.toBe(0);
    await page.context().close();
  });
});
