import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot, waitForValue } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

async function logIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(/Benvenuto/).waitFor();
  return page;
}

const cernuscoRevenue = (page: Page) => page.locator('tr[data-istat="015070"] td[data-column="revenueProposed"]').innerText();
const chartMarkup = (page: Page) => page.getByTestId('copayment-impact-chart').locator('svg').innerHTML();

describe('co-payment in the console', () => {
  it('the Ufficio di Piano changes a band of the uniform tariff and sees the impact per comune change', async () => {
    const page = await logIn('udp');
    await page.getByRole('menuitem', { name: 'Simulazione tariffe' }).click();
    await page.locator('#react-admin-title').getByText('Simulazione delle tariffe uniformi').waitFor();
    const bandShare = page.getByLabel('Quota del costo (%) bands.2.sharePercent');
    await bandShare.waitFor();
    await page.getByRole('combobox', { name: 'Campione salvato' }).filter({ hasText: 'assistenza domiciliare' }).waitFor();
    await page.getByRole('button', { name: 'Esegui simulazione' }).click();
    await page.locator('tr[data-istat="015070"]').waitFor();
    await page.getByTestId('copayment-impact-chart').locator('svg path').first().waitFor({ state: 'attached' });
    const before = { revenue: await cernuscoRevenue(page), chart: await chartMarkup(page) };
    expect(await page.locator('tbody tr').count()).toBe(10);
    await screenshot(page, 'copayment-01-simulation');

    await bandShare.fill('45');
    await page.getByText('Proposta modificata, non ancora salvata').waitFor();
    await page.getByRole('button', { name: 'Ricalcola con la proposta' }).click();
    await page.waitForFunction(
      (old) => document.querySelector('tr[data-istat="015070"] td[data-column="revenueProposed"]')?.textContent !== old,
      before.revenue
    );
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="copayment-impact-chart"] svg')?.innerHTML !== old,
      before.chart
    );
    expect(await cernuscoRevenue(page)).not.toBe(before.revenue);
    await screenshot(page, 'copayment-02-recomputed');

    await page.getByRole('button', { name: 'Salva come tariffa uniforme' }).click();
    await page.getByText('Tariffa uniforme salvata').waitFor();
    const saved = await app.db.query('api::copayment-tariff.copayment-tariff').findOne({
      where: { regulation: { code: 'uniforme-2020' }, service: { code: 'sad-sadh-adh' } },
    });
    expect(saved.bands[2].sharePercent).toBe(45);

    await bandShare.fill('150');
    await page.getByRole('button', { name: 'Ricalcola con la proposta' }).click();
    await page.getByText('la quota non può superare il 100 %').first().waitFor();
    await screenshot(page, 'copayment-03-bad-band');

    await page.getByRole('menuitem', { name: 'Tariffe', exact: true }).click();
    await page.locator('tbody tr').nth(19).waitFor();
    await screenshot(page, 'copayment-05-tariffs');
    await page.context().close();
  });

  it('an operator computes a citizen’s share and reads why', async () => {
    const page = await logIn('op.bussero');
    await expect(page.getByRole('menuitem', { name: 'Simulazione tariffe' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Calcolo quota' }).click();
    await page.locator('#react-admin-title').getByText('Calcolo della compartecipazione').waitFor();
    const isee = page.getByLabel(/^ISEE/);
    await isee.waitFor();
    // The comune comes from the operator's profile, loaded after the page: wait for it to be filled in.
    await waitForValue(page.getByLabel(/Comune di residenza/), 'Bussero');

    await isee.fill('-5');
    await page.getByLabel(/Ore nel mese/).fill('20');
    await page.getByRole('button', { name: 'Calcola' }).click();
    await page.getByText('non può essere negativo').first().waitFor();

    await isee.fill('15000');
    await page.getByLabel(/Componenti del nucleo/).fill('2');
    await page.getByRole('button', { name: 'Calcola' }).click();
    const result = page.getByTestId('copayment-quote-result');
    await result.waitFor();
    const text = (await result.innerText()).replace(/\s/g, ' ');
    expect(text).toContain('146,00 €');
    expect(text).toContain('274,00 €');
    expect(text).toContain('Tariffa comunale di Bussero');
    expect(text).toContain('fascia intermedia');
    await screenshot(page, 'copayment-04-quote');
    await page.context().close();
  });
});
