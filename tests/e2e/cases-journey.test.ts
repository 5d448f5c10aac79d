import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;

/** A visibly fake walk-in citizen of Bussero, with a fiscal code of valid form and check letter. */
const PERSON = { lastName: 'Provetta', firstName: 'Giada', fiscalCode: 'PRVGDA90A41B292L' };
const REASON = 'Richiede aiuto domiciliare per la madre (esempio e2e).';
const PROVIDER = 'Cooperativa Sociale Esempio Assistenza 1 (dati di esempio)';
const HOME_CARE = 'Assistenza domiciliare SAD/SADH/ADH in accreditamento';

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  // Booting Strapi and loading every engine's demo data takes long on a busy machine.
}, 420000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

/** A signed-in console tab of its own (separate cookies and storage per user). */
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 900 } });
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

/** Picks an option of an autocomplete by typing part of its text. */
async function choose(page: Page, label: string | RegExp, typed: string, option: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.click();
  await box.fill(typed);
  await page.getByRole('option', { name: option, exact: true }).click();
}

jest.setTimeout(240000);

describe('a walk-in citizen at the Bussero front desk, referred to the demo provider', () => {
  let caseUrl = '';
  let beneficiaryUrl = '';

  it('the Bussero operator registers the citizen, opens the case file and refers it', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${base}/console/cases`);
    await page.getByRole('tab', { name: 'Da valutare' }).waitFor();
    await snap(page, 'cases-01-worklists');

    await page.getByRole('link', { name: 'Nuovo accesso' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nuovo accesso al segretariato sociale' }).waitFor();
    await page.getByLabel('Cognome', { exact: true }).fill(PERSON.lastName);
    await page.getByLabel('Nome', { exact: true }).fill(PERSON.firstName);
    await page.getByLabel('Codice fiscale', { exact: true }).fill(PERSON.fiscalCode);
    await page.getByLabel('Data di nascita').fill('1990-01-01');
    await page.getByLabel('Telefono').fill('333 000 0000');
    // Bussero is op.bussero's only comune: it is already chosen.
    await page.getByRole('combobox', { name: 'Comune' }).filter({ hasText: 'Bussero' }).waitFor();
    await choose(page, 'Servizio', 'segretariato', 'Servizio di segretariato sociale');
    await page.getByLabel('Sintesi').fill('Prima accoglienza allo sportello (esempio e2e).');
    await snap(page, 'cases-02-intake');
    await page.getByRole('button', { name: 'Registra e apri la cartella' }).click();

    await page.waitForURL(/\/console\/cases\/[^/]+\/show$/);
    await page.getByText('Persona registrata e cartella aperta').waitFor();
    caseUrl = page.url();
    const code = page.getByText(/^C-\d{4}-\d+$/).first();
    await code.waitFor();
    await page.getByRole('link', { name: `${PERSON.lastName} ${PERSON.firstName}` }).waitFor();
    await snap(page, 'cases-03-case-page');

    await page.getByRole('link', { name: `${PERSON.lastName} ${PERSON.firstName}` }).click();
    await page.waitForURL(/\/console\/beneficiaries\/[^/]+\/show$/);
    beneficiaryUrl = page.url();
    await page.getByText(PERSON.fiscalCode).waitFor();
    await page.getByRole('button', { name: 'Esporta i dati (JSON)' }).waitFor();
    await snap(page, 'cases-04-beneficiary');

    await page.goto(caseUrl);
    await page.getByRole('link', { name: 'Invia a un ente' }).click();
    await page.waitForURL(/\/console\/referrals\/create$/);
    await choose(page, "All'ente", 'Esempio Assistenza 1', PROVIDER);
    await choose(page, 'Al servizio', 'domiciliare', HOME_CARE);
    await page.getByLabel("Motivo dell'invio").fill(REASON);
    await page.getByLabel('Finalità del consenso').fill('Assistenza domiciliare da parte dell’ente scelto');
    await page.getByLabel('Consenso del cittadino').check();
    await snap(page, 'cases-05-referral');
    await page.getByRole('button', { name: 'Salva' }).click();

    await page.waitForURL(/\/console\/cases\/[^/]+\/show\/referrals$/);
    const referralRow = page.locator('tbody tr').filter({ hasText: REASON });
    await referralRow.waitFor();
    expect(await referralRow.innerText()).toContain('In attesa');
    await snap(page, 'cases-06-referred');
    await page.context().close();
  });

  it('the Carugate operator cannot find the citizen by list, search or direct URL', async () => {
    const page = await signIn('op.carugate');
    await page.goto(`${base}/console/beneficiaries`);
    await page.locator('tbody tr').first().waitFor();
    expect(await page.locator('tbody').innerText()).not.toContain(PERSON.lastName);

    await page.getByLabel('Cognome contiene').fill(PERSON.lastName);
    await page
      .getByText('Nessun risultato')
      .or(page.getByText(/nessun|no results/i))
      .first()
      .waitFor();
    expect(await page.locator('main').innerText()).not.toContain(PERSON.firstName);
    await page.getByLabel('Cognome contiene').fill('');
    await page.getByLabel('Codice fiscale').fill(PERSON.fiscalCode);
    await page
      .getByText(/nessun|no results/i)
      .first()
      .waitFor();
    await snap(page, 'cases-07-carugate-search');

    for (const url of [caseUrl, beneficiaryUrl]) {
      await page.goto(url);
      await page
        .getByText(/non trovat|non esiste|not found/i)
        .first()
        .waitFor();
      expect(await page.locator('body').innerText()).not.toContain(PERSON.lastName);
    }
    await snap(page, 'cases-08-carugate-direct-url');
    await page.context().close();
  });

  it('the demo provider finds the referral in its inbox, accepts it and records an intervention', async () => {
    const page = await signIn('ente.demo');
    await page.goto(`${base}/console/referrals`);
    const row = page.locator('tbody tr').filter({ hasText: REASON });
    await row.waitFor();
    await snap(page, 'cases-09-provider-inbox');
    await row.click();
    await page.getByRole('button', { name: 'Accetta' }).click();
    await page.getByText('Invio accettato: la cartella è ora visibile').waitFor();
    await page.getByRole('link', { name: 'Apri la cartella' }).click();

    await page.waitForURL(/\/console\/cases\/[^/]+\/show$/);
    expect(page.url()).toBe(caseUrl);
    await page.getByText(PERSON.lastName).first().waitFor();
    await snap(page, 'cases-10-provider-case');
    await page.getByRole('link', { name: 'Registra intervento' }).click();
    await page.waitForURL(/\/console\/interventions\/create$/);
    await choose(page, 'Servizio', 'domiciliare', HOME_CARE);
    await page.getByLabel('Quantità').fill('2');
    await page.getByLabel('Costo').fill('42.5');
    await page.getByLabel('Note').fill('Prima visita a domicilio (esempio e2e).');
    await snap(page, 'cases-11-intervention');
    await page.getByRole('button', { name: 'Salva' }).click();

    await page.waitForURL(/\/show\/interventions$/);
    const intervention = page.locator('tbody tr').filter({ hasText: 'Prima visita a domicilio' });
    await intervention.waitFor();
    expect(await intervention.innerText()).toContain('Ore');
    await snap(page, 'cases-12-intervention-recorded');

    const stored = (await app.documents('api::intervention.intervention').findFirst({
      filters: { notes: 'Prima visita a domicilio (esempio e2e).' },
      populate: { provider: { fields: ['name'] } },
    } as never)) as unknown as { quantity: number; provider: { name: string } | null };
    expect(Number(stored.quantity)).toBe(2);
    expect(stored.provider?.name).toBe(PROVIDER);
    await page.context().close();
  });
});
