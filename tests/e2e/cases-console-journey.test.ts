import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * The operator's daily work on the demo data, in the console: take charge of a case to assess and
 * record the household; issue a voucher to a provider accredited for the service (a provider whose
 * accreditation has just expired is refused under the field); the provider records redemptions against
 * the balance (more than the balance is refused under the field); GDPR export and anonymisation; the
 * district's housing waitlist, named only for the owner of the case.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
const ids: Record<string, string> = {};

const HOME_CARE = 'Assistenza domiciliare SAD/SADH/ADH in accreditamento';
const PROVIDER = 'Cooperativa Sociale Esempio Assistenza 1 (dati di esempio)';
const EXPIRING = 'Cooperativa Sociale Esempio Assistenza 2 (dati di esempio)';
const CARRIER = 'Cooperativa Sociale Esempio Trasporti 1 (dati di esempio)';
const docId = async (uid: string, filters: object) =>
  ((await app.documents(uid as never).findFirst({ filters } as never)) as unknown as { documentId: string }).documentId;

// Booting Strapi, seeding every engine's demo data and several browser tabs take long on a busy machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  ids.luca = await docId('api::beneficiary.beneficiary', { lastName: 'Esempio', firstName: 'Luca' });
  ids.lucaCase = await docId('api::case.case', { beneficiary: { documentId: ids.luca } });
  ids.anna = await docId('api::beneficiary.beneficiary', { lastName: 'Prova', firstName: 'Anna' });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

/** A signed-in console tab of its own (separate cookies and storage per user). */
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(`Benvenuto, ${username}`).waitFor();
  return page;
}

/** A screenshot of the page from its top (a scrolled page would show the fixed app bar mid-image). */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

/** Opens a select or autocomplete and picks an option; the choices may re-render as they load, so retry. */
async function pick(page: Page, label: string, option: string, typed?: string) {
  const box = page.getByRole('combobox', { name: label }).first();
  for (let attempt = 1; ; attempt += 1) {
    await box.click();
    if (typed !== undefined) await box.fill(typed);
    try {
      await page.getByRole('option', { name: option, exact: true }).click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

const caseUrl = () => `${base}/console/cases/${ids.lucaCase}/show`;

describe('the Bussero operator at work', () => {
  it('takes charge of a case to assess: it moves to "my cases" with the operator shown by name; old cases are overdue', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${base}/console/cases`);
    await page.getByRole('tab', { name: 'Da valutare' }).click();
    const row = page.locator('tbody tr').filter({ hasText: 'Esempio Luca' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Non assegnata');
    await snap(page, 'cases-console-01-to-assess');
    await row.click();

    await page.waitForURL(/\/console\/cases\/[^/]+\/show$/);
    await page.getByRole('button', { name: 'Prendi in carico' }).click();
    await page.getByText('Cartella presa in carico').waitFor();
    // The case's assigned operator (the workflow panel may name them too).
    await page.getByText('op.bussero', { exact: true }).first().waitFor();
    await snap(page, 'cases-console-02-taken');

    await page.goto(`${base}/console/cases`);
    await page.getByRole('tab', { name: 'Le mie cartelle' }).click();
    const mine = page.locator('tbody tr').filter({ hasText: 'Esempio Luca' });
    await mine.waitFor();
    expect(await mine.innerText()).toContain('op.bussero');
    await page.getByRole('tab', { name: 'Da valutare' }).click();
    // Luca's was the only Bussero case nobody had taken.
    await page.getByText('Nessuna cartella in questa lista.').waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Esempio Luca');
    // Overdue: open for more than 90 days (Anna's, opened in February), not Luca's of October.
    await page.getByRole('tab', { name: 'Scadute' }).click();
    await page.locator('tbody tr').filter({ hasText: 'Prova Anna' }).waitFor();
    expect(await page.locator('tbody').innerText()).not.toContain('Esempio Luca');
    await page.context().close();
  });

  it('records the household from the case page', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${caseUrl()}/person`);
    await page.getByText('Nucleo familiare non registrato.').waitFor();
    await page.getByRole('link', { name: 'Registra il nucleo' }).click();
    await page.waitForURL(/\/console\/households\/create$/);
    await page.getByRole('button', { name: 'Aggiungi un componente' }).click();
    await page
      .getByRole('textbox', { name: /^Cognome/ })
      .first()
      .fill('Esempio');
    await page.getByRole('textbox', { name: /^Nome/ }).first().fill('Rita');
    await pick(page, 'Relazione', 'Genitore');
    await page.getByLabel('Data di nascita').first().fill('1960-04-02');
    await snap(page, 'cases-console-03-household-form');
    await page.getByRole('button', { name: 'Salva' }).click();

    await page.waitForURL(/\/console\/cases\/[^/]+\/show\/person$/);
    const member = page.locator('tbody tr').filter({ hasText: 'Rita' });
    await member.waitFor();
    expect(await member.innerText()).toContain('Genitore');
    await page.getByRole('link', { name: 'Modifica il nucleo' }).waitFor();
    await snap(page, 'cases-console-04-household');
    await page.context().close();
  });

  it('issues a voucher only to a provider accredited today; a just-expired accreditation is refused under the field', async () => {
    const page = await signIn('op.bussero');
    await page.goto(caseUrl());
    await page.getByRole('link', { name: 'Emetti voucher' }).click();
    await page.waitForURL(/\/console\/vouchers\/create$/);
    // The case's own service (segretariato) has no accredited provider.
    await page.getByText('Nessun ente ha oggi un accreditamento valido per questo servizio').waitFor();
    await page.getByText('Esempio Luca').waitFor();
    await pick(page, 'Servizio', HOME_CARE, 'domiciliare');

    const providerBox = page.getByRole('combobox', { name: 'Ente scelto' });
    await providerBox.click();
    await page.getByRole('option', { name: PROVIDER, exact: true }).waitFor();
    const offered = await page.getByRole('option').allInnerTexts();
    expect(offered).toContain(EXPIRING);
    expect(offered).not.toContain(CARRIER);
    await page.getByRole('option', { name: EXPIRING, exact: true }).click();
    await page.getByLabel('Valore').fill('300');

    // Meanwhile the second provider's accreditation ends (yesterday): the server refuses it.
    const expiring = await docId('api::provider.provider', { name: EXPIRING });
    const service = await docId('api::service.service', { code: 'sad-sadh-adh' });
    const accreditations = (await app.documents('api::accreditation.accreditation').findMany({
      filters: { provider: { documentId: expiring }, service: { documentId: service } },
    } as never)) as unknown as { id: number }[];
    expect(accreditations.length).toBeGreaterThan(0);
    for (const { id } of accreditations) {
      await app.db
        .query('api::accreditation.accreditation')
        .update({ where: { id }, data: { validTo: new Date(Date.now() - 2 * 86400000).toISOString().slice(0, 10) } });
    }
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText(/l'ente non ha un accreditamento valido per il servizio al \d{4}-\d{2}-\d{2}/).waitFor();
    expect(page.url()).toMatch(/\/vouchers\/create$/);
    await snap(page, 'cases-console-05-voucher-refused');

    await pick(page, 'Ente scelto', PROVIDER);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.waitForURL(/\/console\/vouchers\/[^/]+\/show$/);
    await page.getByText('Voucher emesso').waitFor();
    await page.getByText(/^V-\d{4}-\d+$/).waitFor();
    ids.voucherCode = (await page.getByText(/^V-\d{4}-\d+$/).innerText()).trim();
    expect(await page.locator('main').innerText()).toContain('300,00');
    await snap(page, 'cases-console-06-voucher-issued');
    await page.context().close();
  });

  it('the chosen provider records a redemption, sees the balance, and is refused beyond it', async () => {
    const page = await signIn('ente.demo');
    await page.goto(`${base}/console/vouchers`);
    await page.locator('tbody tr').filter({ hasText: ids.voucherCode }).click();
    await page.waitForURL(/\/console\/vouchers\/[^/]+\/show$/);

    await page.getByRole('button', { name: 'Registra utilizzo' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Saldo residuo: 300,00 €').waitFor();
    await dialog.getByLabel('Quantità').fill('4');
    await dialog.getByLabel('Importo').fill('120');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Utilizzo registrato', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('tbody tr').filter({ hasText: '120,00' }).waitFor();

    await page.getByRole('button', { name: 'Registra utilizzo' }).click();
    await dialog.getByText('Saldo residuo: 180,00 €').waitFor();
    await dialog.getByLabel('Quantità').fill('7');
    await dialog.getByLabel('Importo').fill('200');
    await dialog.getByRole('button', { name: 'Salva' }).click();
    await dialog.getByText('supera il saldo disponibile (180.00 €)').waitFor();
    await snap(page, 'cases-console-07-over-redemption');
    await dialog.getByRole('button', { name: 'Annulla' }).click();

    const stored = (await app
      .documents('api::voucher.voucher')
      .findFirst({ filters: { code: ids.voucherCode }, populate: { redemptions: true } } as never)) as unknown as {
      balance: unknown;
      redemptions: unknown[];
    };
    expect(Number(stored.balance)).toBe(180);
    expect(stored.redemptions).toHaveLength(1);
    await page.context().close();
  });

  it('exports a beneficiary as JSON and PDF and anonymises them: the list then shows the pseudonym', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${base}/console/beneficiaries/${ids.anna}/show`);
    await page.getByText('Invalidità civile 100% (dato di esempio)').waitFor();

    const [json] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Esporta i dati (JSON)' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    expect(JSON.stringify(exported)).toContain('Invalidità civile 100% (dato di esempio)');
    expect(JSON.stringify(exported)).not.toContain('Esempio Luca');
    const [pdf] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Esporta i dati (PDF)' }).click(),
    ]);
    expect(
      fs
        .readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString()
    ).toBe('%PDF-');

    await page.getByRole('button', { name: 'Anonimizza' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Anonimizza' }).click();
    await page.getByText('Beneficiario anonimizzato').waitFor();
    await page.getByText(/^Anonimizzato il /).waitFor();
    expect(await page.locator('main').innerText()).not.toContain('Invalidità civile');
    await snap(page, 'cases-console-08-anonymised');

    const stored = (await app
      .documents('api::beneficiary.beneficiary')
      .findOne({ documentId: ids.anna } as never)) as unknown as { lastName: string };
    expect(stored.lastName).not.toBe('Prova');
    await page.goto(`${base}/console/beneficiaries`);
    await page.locator('tbody tr').filter({ hasText: stored.lastName }).waitFor();
    expect(await page.locator('tbody').innerText()).not.toMatch(/Prova\s+Anna/);
    await snap(page, 'cases-console-09-list-pseudonym');
    await page.context().close();
  });

  it('sees the housing waitlist in order, naming only the people of its own cases', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${base}/console/housing-waitlist`);
    const rows = page.getByRole('table', { name: 'Graduatoria per la casa (distretto)' }).locator('tbody tr');
    await rows.first().waitFor();
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('td'), (td) => td.textContent ?? ''))
    );
    const scores = cells.map((row) => Number(row[3]));
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.slice(0, 4)).toEqual([70, 55, 55, 30]);
    // Equal scores: the earlier report first (Gorgonzola's of June before Bussero's of September).
    expect(cells[2][1]).toBe('Sara Finto');
    for (const row of [cells[0], cells[1], cells[3]]) expect(row[1]).toMatch(/^B-[0-9A-F]{6}$/);
    await page.getByRole('link', { name: 'Sara Finto' }).waitFor();
    await snap(page, 'cases-console-10-waitlist-operator');
    await page.context().close();

    const udp = await signIn('udp');
    await udp.goto(`${base}/console/housing-waitlist`);
    const udpRows = udp.getByRole('table', { name: 'Graduatoria per la casa (distretto)' }).locator('tbody tr');
    await udpRows.first().waitFor();
    const names = await udpRows.evaluateAll((trs) => trs.map((tr) => tr.querySelectorAll('td')[1]?.textContent ?? ''));
    expect(names.length).toBeGreaterThanOrEqual(4);
    for (const name of names) expect(name).toMatch(/^B-[0-9A-F]{6}$/);
    await snap(udp, 'cases-console-11-waitlist-udp');
    await udp.context().close();
  });
});
