import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { http } from '../helpers/http';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let page: Page;
let base: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  page = await browser.newPage({ locale: 'it-IT', viewport: { width: 1400, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

const ITALIAN = 'Percorsi personalizzati di tipo A, B e C verso il lavoro, con tirocini accompagnati in azienda.';
const ENGLISH = 'Personalised paths of type A, B and C towards work, with supported company internships.';

describe('the Ufficio di Piano edits the catalogue in the console', () => {
  it('logs in, filters services by area, edits a description in Italian and English, and the public API shows it', async () => {
    await page.goto(`${base}/console/`);
    await page.locator('input[name="username"]').fill('udp');
    await page.locator('input[name="password"]').fill('Demo!Ambito2026');
    await page.locator('button[type="submit"]').click();
    await page.getByText('Ufficio di Piano').first().waitFor();
    await screenshot(page, '01-dashboard');

    await page.goto(`${base}/console/services`);
    const rows = page.locator('tbody tr');
    await rows.first().waitFor();
    const allServices = await rows.count();

    await page.getByRole('combobox', { name: 'Area' }).click();
    await page.getByRole('option', { name: 'Contrasto alla povertà' }).click();
    await page.waitForFunction((before) => document.querySelectorAll('tbody tr').length < before, allServices);
    const filtered = await rows.allInnerTexts();
    expect(filtered.length).toBeGreaterThan(1);
    for (const row of filtered) expect(row).toContain('Contrasto alla povertà');
    await screenshot(page, '02-services-by-area');

    await rows.filter({ hasText: 'SAIL' }).first().click();
    await page.waitForURL(/\/show/);
    await screenshot(page, '03-service-show');
    await page.getByRole('button', { name: 'Modifica' }).click();
    const description = page.getByLabel('Descrizione', { exact: true });
    await description.waitFor();
    await description.fill(ITALIAN);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Elemento aggiornato').waitFor();
    await screenshot(page, '03-saved-italian');

    await page.getByRole('button', { name: 'Contenuti in inglese' }).click();
    await page.waitForFunction((italian) => {
      const area = [...document.querySelectorAll('textarea')].find((t) => t.value.length > 0);
      return area !== undefined && area.value !== italian;
    }, ITALIAN);
    await description.fill(ENGLISH);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Elemento aggiornato').waitFor();
    await screenshot(page, '04-saved-english');

    const sail = (await app.documents('api::service.service').findFirst({ filters: { code: 'sail' } } as never)) as {
      documentId: string;
    };
    const publicItalian = await http(app).get(`/api/services/${sail.documentId}`);
    const publicEnglish = await http(app).get(`/api/services/${sail.documentId}?locale=en`);
    expect(publicItalian.body.data.description).toBe(ITALIAN);
    expect(publicEnglish.body.data.description).toBe(ENGLISH);
  });
});
