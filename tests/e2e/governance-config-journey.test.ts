import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * Issue 14 point 6, in the console only: the UdP sets the minutes template of the tavoli d'area, creates a
 * tavolo following a service, links `tavolo.demo` as a member (and invites someone with no account),
 * convenes, records attendance (confirming unrecorded rows, reopening once), drafts the minutes from the
 * template; `tavolo.demo` amends; the UdP accepts one amendment, rejects one with a reason, approves and
 * publishes, confirming each irreversible step.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
let member: Page;
let minutesUrl: string;

const TABLE = "Tavolo d'area Abitare (prova)";
const AMENDED = 'Il tavolo avvia la mappatura degli alloggi temporanei disponibili nei 9 comuni.';

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'it-IT',
    viewport: { width: 1400, height: 900 },
    timezoneId: 'Europe/Rome',
  });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(`Benvenuto, ${username}`).waitFor();
  return page;
}

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `governance-config-${name}`);
}

/** The confirmation dialog of an irreversible step: its text, then its confirm button. */
async function confirmStep(page: Page, button: string, text: RegExp): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  expect(await dialog.innerText()).toMatch(text);
  await dialog.getByRole('button', { name: button }).click();
  await dialog.waitFor({ state: 'hidden' });
}

async function pick(page: Page, combobox: Locator, option: string) {
  await combobox.click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  udp = await signIn('udp');
  member = await signIn('tavolo.demo');
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('the UdP configures a new tavolo in the console and runs its first meeting to published minutes', () => {
  it('the UdP sets the minutes template of the tavoli d’area: fixed items around the agenda', async () => {
    await udp.goto(`${base}/console/governance-minutes-templates`);
    await udp.getByRole('cell', { name: "Tavolo d'area" }).click();
    await udp.getByText("Modello di verbale – Tavolo d'area").waitFor();
    // the default holds the agenda alone: it becomes the first fixed item, the agenda moves to third place
    const kinds = () => udp.getByRole('combobox', { name: /^Tipo di punto/ });
    await pick(udp, kinds().first(), 'Punto fisso');
    for (let i = 0; i < 3; i += 1) await udp.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    await pick(udp, kinds().nth(2), 'Punti all’ordine del giorno');
    const titles = udp.getByRole('textbox', { name: /^Titolo del punto/ });
    await titles.nth(0).fill('Verifica del numero legale');
    await titles.nth(1).fill('Approvazione del verbale precedente');
    await titles.nth(2).fill('Varie ed eventuali');
    await snap(udp, '01-template');
    await udp.getByRole('button', { name: 'Salva' }).click();
    const row = udp.getByRole('row').filter({ hasText: "Tavolo d'area" });
    await row.getByText('Modello dell’Ufficio di Piano').waitFor();
    expect(await row.innerText()).toContain(
      'Verifica del numero legale · Approvazione del verbale precedente · [ordine del giorno] · Varie ed eventuali'
    );
  });

  it('the UdP creates the tavolo, following a service', async () => {
    await udp.goto(`${base}/console/governance-bodies/create`);
    await udp.getByRole('textbox', { name: /^Codice/ }).fill('tavolo-abitare-prova');
    await udp.getByRole('textbox', { name: /^Nome/ }).fill(TABLE);
    await pick(udp, udp.getByRole('combobox', { name: /^Tipo/ }), "Tavolo d'area");
    await udp.getByRole('combobox', { name: 'Servizi seguiti' }).click();
    await udp.getByRole('option', { name: /Rete Housing distrettuale/ }).click();
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
    await udp
      .getByText(/Rete Housing distrettuale/)
      .first()
      .waitFor();
  });

  it('the UdP links tavolo.demo as a member by searching the accounts, and invites a person with no account', async () => {
    await udp.getByRole('link', { name: 'Aggiungi componente' }).click();
    await udp.getByRole('textbox', { name: /^Nome/ }).fill('Referente del Terzo Settore');
    await pick(udp, udp.getByRole('combobox', { name: /^Rappresenta/ }), 'Terzo Settore');
    await udp.getByRole('textbox', { name: 'Cerca per nome, nome utente o e-mail' }).fill('tavolo');
    await udp.getByRole('button', { name: 'Cerca', exact: true }).click();
    await udp.getByRole('button', { name: 'Collega tavolo.demo' }).click();
    await udp.getByTestId('linked-account').filter({ hasText: 'tavolo.demo' }).waitFor();
    await snap(udp, '02-member-linked');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
    await udp.getByRole('row').filter({ hasText: 'Referente del Terzo Settore' }).getByText('tavolo.demo').waitFor();

    await udp.getByRole('link', { name: 'Aggiungi componente' }).click();
    await udp.getByRole('textbox', { name: /^Nome/ }).fill('Funzionaria del Comune di Gessate');
    await pick(udp, udp.getByRole('combobox', { name: /^Rappresenta/ }), 'Funzionario comunale');
    await udp.getByRole('textbox', { name: 'Cerca per nome, nome utente o e-mail' }).fill('gessate');
    await udp.getByRole('button', { name: 'Cerca', exact: true }).click();
    await udp.getByText('Nessun account trovato').waitFor();
    await udp.getByRole('button', { name: 'Salva' }).click();
    const row = udp.getByRole('row').filter({ hasText: 'Funzionaria del Comune di Gessate' });
    await row.getByText('nessun account').waitFor();
    await row.getByRole('link', { name: 'Modifica' }).click();
    await udp.getByRole('button', { name: 'Invita per e-mail' }).click();
    await udp
      .getByRole('dialog')
      .getByRole('textbox', { name: /Indirizzo e-mail/ })
      .fill('funzionaria@comune.gessate.example');
    await udp.getByRole('button', { name: 'Registra l’invito' }).click();
    await udp.getByText(/L’e-mail NON è stata spedita/).waitFor();
    await udp.getByTestId('invitation').filter({ hasText: 'funzionaria@comune.gessate.example' }).waitFor();
    await snap(udp, '03-invited');
    const table = (await app.db.query('plugin::governance.body').findOne({ where: { code: 'tavolo-abitare-prova' } })) as {
      documentId: string;
    };
    const account = await app.db.query('plugin::users-permissions.user').findOne({
      where: { email: 'funzionaria@comune.gessate.example' },
      populate: { role: { select: ['type'] } },
    });
    expect(account).toMatchObject({ blocked: true, confirmed: false, role: { type: 'table-member' } });
    await udp.goto(`${base}/console/governance-bodies/${table.documentId}/show`);
    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
  });

  it('the UdP convenes (confirming), records attendance with a row left unrecorded, reopens and completes it', async () => {
    await udp.getByRole('link', { name: 'Nuova seduta' }).click();
    await udp
      .getByRole('textbox', { name: /^Titolo/ })
      .first()
      .fill('Prima seduta del tavolo');
    await udp.getByLabel(/^Inizio/).fill('2027-06-09T15:00');
    await udp.getByLabel('Luogo', { exact: true }).fill('Sede dell’Ufficio di Piano');
    await udp.getByRole('button', { name: 'Aggiungi', exact: true }).click();
    await udp
      .getByRole('textbox', { name: /^Titolo del punto/ })
      .last()
      .fill('Avvio del tavolo');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByRole('heading', { name: 'Prima seduta del tavolo', level: 1 }).waitFor();

    await udp.getByRole('button', { name: 'Convoca' }).click();
    await confirmStep(udp, 'Convoca', /non si torna alla bozza/);
    const sheet = udp.getByRole('table', { name: 'Convocati e presenze' });
    await sheet.waitFor();
    await pick(udp, sheet.getByRole('combobox', { name: 'Presenza di Referente del Terzo Settore' }), 'Presente');
    await udp.getByRole('button', { name: 'Registra le presenze' }).click();
    await confirmStep(udp, 'Registra comunque', /1 convocato è ancora «Da registrare»/);
    await udp.getByText('Presenze registrate').waitFor();
    await udp.getByRole('button', { name: 'Riapri le presenze' }).click();
    await udp.getByText('Seduta riaperta').waitFor();
    await pick(udp, sheet.getByRole('combobox', { name: 'Presenza di Funzionaria del Comune di Gessate' }), 'Presente');
    await udp.getByRole('button', { name: 'Registra le presenze' }).click();
    await udp.getByText('Presenze registrate').waitFor();
    await udp.getByText('Numero legale raggiunto').waitFor();
    await snap(udp, '04-attendance');
  });

  it('the UdP drafts the minutes from the template and opens the review (confirming)', async () => {
    await udp.getByRole('button', { name: 'Redigi il verbale' }).click();
    await udp.waitForURL(/governance-minutes\/[^/]+\/show/);
    minutesUrl = udp.url();
    for (const heading of [
      '1. Verifica del numero legale',
      '2. Approvazione del verbale precedente',
      '3. Avvio del tavolo',
      '4. Varie ed eventuali',
    ])
      await udp.getByRole('heading', { name: heading }).waitFor();
    // reopening is gone once the minutes exist
    await snap(udp, '05-minutes-from-template');
    await udp.getByRole('button', { name: 'Apri la revisione' }).click();
    await confirmStep(udp, 'Apri la revisione', /propongono emendamenti/);
    await udp.getByTestId('minutes-state').filter({ hasText: 'In revisione' }).waitFor();
  });

  it('tavolo.demo, linked by the UdP, proposes two amendments', async () => {
    await member.goto(`${base}/console/governance-minutes`);
    await member.getByRole('cell', { name: 'Verbale – Prima seduta del tavolo' }).click();
    await member.getByRole('heading', { name: '3. Avvio del tavolo' }).waitFor();
    const propose = async (item: string, text: string) => {
      await member.getByRole('button', { name: `Proponi un emendamento o un commento: ${item}` }).click();
      await member.getByLabel('Testo proposto (sostituisce quello del punto)').fill(text);
      await member.getByRole('button', { name: 'Invia' }).click();
      await member.getByTestId('amendment').filter({ hasText: text }).filter({ hasText: 'In attesa di decisione' }).waitFor();
    };
    await propose('Avvio del tavolo', AMENDED);
    await propose('Varie ed eventuali', 'Nessuna varia.');
    expect(await member.getByTestId('amendment').filter({ hasText: 'In attesa di decisione' }).count()).toBe(2);
    await snap(member, '06-amendments');
  });

  it('the UdP accepts one, rejects the other with a reason, approves and publishes (confirming each step)', async () => {
    await udp.goto(minutesUrl);
    const pending = udp.getByTestId('amendment').filter({ hasText: 'In attesa di decisione' });
    await pending.first().waitFor();
    await udp.getByTestId('amendment').filter({ hasText: AMENDED }).getByRole('button', { name: 'Accogli' }).click();
    await udp.getByText('Emendamento accolto').waitFor();
    await udp.getByTestId('minutes-item-punto-1').filter({ hasText: AMENDED }).waitFor();

    await udp.getByTestId('amendment').filter({ hasText: 'Nessuna varia.' }).getByRole('button', { name: 'Respingi' }).click();
    const dialog = udp.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Respingi' }).click();
    await dialog.getByText('Indicare il motivo del rifiuto').waitFor();
    await dialog.getByRole('textbox', { name: 'Motivo del rifiuto' }).fill('Le varie si verbalizzano in seduta.');
    await dialog.getByRole('button', { name: 'Respingi' }).click();
    await udp.getByText('Emendamento respinto').waitFor();
    await udp.getByText('Motivo: Le varie si verbalizzano in seduta.').waitFor();
    await snap(udp, '07-decided');

    await udp.getByRole('button', { name: "Registra l'approvazione" }).click();
    await confirmStep(udp, "Registra l'approvazione", /non cambia più/);
    await udp.getByTestId('minutes-state').filter({ hasText: 'Approvato' }).waitFor();
    await udp.getByRole('button', { name: 'Pubblica' }).click();
    await confirmStep(udp, 'Pubblica', /non si ritira/);
    await udp.getByTestId('minutes-state').filter({ hasText: 'Pubblicato' }).waitFor();
    // the kept version says whose amendment made it, on which item (no bare id)
    await udp.getByText('Emendamento di Referente del Terzo Settore accolto sul punto «Avvio del tavolo»').waitFor();
    await snap(udp, '08-published');

    await member.goto(`${base}/console/governance-minutes`);
    const row = member.getByRole('row').filter({ hasText: 'Verbale – Prima seduta del tavolo' });
    await row.getByText('Pubblicato').waitFor();
    await row.click();
    await member.getByTestId('minutes-item-punto-1').filter({ hasText: AMENDED }).waitFor();
  });
});
