import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
let member: Page;
let minutesUrl: string;

const TABLE = "Tavolo d'area Contrasto alla povertà";
const AMENDED = 'Il tavolo condivide i dati SAIL del primo semestre e chiede un report trimestrale.';

/** A signed-in console tab of its own (separate cookies and storage per user). */
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'it-IT',
    viewport: { width: 1400, height: 900 },
    acceptDownloads: true,
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

/** A screenshot of the page from its top. */
async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `governance-${name}`);
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

describe('a tavolo d’area meets, and its minutes are reviewed, approved and published', () => {
  it('the UdP sees a composition issue on the table once a second municipal official is seated', async () => {
    await udp.goto(`${base}/console/governance-bodies`);
    await udp.getByRole('cell', { name: TABLE }).waitFor();
    await snap(udp, '01-bodies');
    await udp.getByRole('cell', { name: TABLE }).click();
    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
    await udp.getByText('Composizione regolare').first().waitFor();

    await udp.getByRole('link', { name: 'Aggiungi componente' }).click();
    await udp.getByRole('textbox', { name: /^Nome/ }).fill('Funzionaria comunale aggiuntiva (segnaposto)');
    await udp.getByRole('combobox', { name: /^Rappresenta/ }).click();
    await udp.getByRole('option', { name: 'Funzionario comunale', exact: true }).click();
    await udp.getByRole('button', { name: 'Salva' }).click();

    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
    const issues = udp.getByTestId('composition-issues');
    await issues.waitFor();
    expect(await issues.innerText()).toMatch(/esattamente 1 funzionario comunale: ce ne sono 2/);
    await udp.getByRole('cell', { name: 'Funzionaria comunale aggiuntiva (segnaposto)' }).waitFor();
    await snap(udp, '02-composition-issue');
  });

  it('the UdP changes the mandated composition and the quorum rule in the console; a bad bound is explained in place', async () => {
    const body = (await app.db.query('plugin::governance.body').findOne({ where: { name: TABLE } })) as {
      compositionRules: { seats?: string[] }[];
    };
    const row = body.compositionRules.findIndex((rule) => rule.seats?.includes('municipal-official'));
    expect(row).toBeGreaterThanOrEqual(0);
    // The body's own edit button (the members' rows have theirs too).
    await udp.getByRole('link', { name: 'Modifica' }).first().click();
    await udp.getByText('Composizione prescritta').waitFor();
    const min = udp.locator(`input[name="compositionRules.${row}.min"]`);
    const max = udp.locator(`input[name="compositionRules.${row}.max"]`);
    await min.fill('3');
    await max.fill('2');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByText('max non può essere minore di min').first().waitFor();
    await snap(udp, '02b-rules-refused');

    await min.fill('1');
    await udp.getByRole('combobox', { name: 'Soglia' }).click();
    await udp.getByRole('option', { name: 'Quota', exact: true }).click();
    await udp.locator('input[name="quorumRule.threshold"]').fill('50');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByRole('heading', { name: TABLE, level: 1 }).waitFor();
    await udp.getByText('Composizione regolare').first().waitFor();
    await udp.getByText('almeno il 50%', { exact: false }).first().waitFor();
    await snap(udp, '02c-rules-changed');
    const saved = (await app.db.query('plugin::governance.body').findOne({ where: { name: TABLE } })) as {
      compositionRules: { min?: number; max?: number }[];
      quorumRule: { threshold: unknown };
    };
    expect(saved.compositionRules[row]).toMatchObject({ min: 1, max: 2 });
    expect(saved.quorumRule.threshold).toBe(0.5);
  });

  it('the UdP convenes a meeting with an agenda and records attendance: quorum reached', async () => {
    await udp.getByRole('link', { name: 'Nuova seduta' }).click();
    await udp
      .getByRole('textbox', { name: /^Titolo/ })
      .first()
      .fill('Seduta di maggio');
    await udp.getByLabel(/^Inizio/).fill('2027-05-12T10:00');
    await udp.getByLabel('Luogo', { exact: true }).fill('Sala consiliare di Cernusco sul Naviglio');
    for (const title of ['Monitoraggio SAIL', 'Varie ed eventuali']) {
      await udp.getByRole('button', { name: 'Aggiungi', exact: true }).click();
      await udp
        .getByRole('textbox', { name: /^Titolo del punto/ })
        .last()
        .fill(title);
    }
    await snap(udp, '03-meeting-form');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByRole('heading', { name: 'Seduta di maggio', level: 1 }).waitFor();

    await udp.locator('input[aria-label="attach-punto-1"]').setInputFiles({
      name: 'relazione-sail.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Relazione del primo semestre SAIL: dati aggregati.\n'),
    });
    // Documents are downloaded through the authorised route (uploads are never served as files).
    const document = udp.getByRole('button', { name: 'relazione-sail.txt' });
    await document.waitFor();
    const [download] = await Promise.all([udp.waitForEvent('download'), document.click()]);
    expect(download.suggestedFilename()).toBe('relazione-sail.txt');

    await udp.getByRole('button', { name: 'Convoca' }).click();
    await udp.getByRole('dialog').getByRole('button', { name: 'Convoca' }).click(); // the step is confirmed
    const sheet = udp.getByRole('table', { name: 'Convocati e presenze' });
    await sheet.waitFor();
    const selects = sheet.getByRole('combobox');
    const invited = await selects.count();
    expect(invited).toBeGreaterThanOrEqual(6);
    await expect(udp.getByTestId('quorum').innerText()).resolves.toMatch(/non raggiunto/);
    for (let i = 0; i < invited; i += 1) {
      const select = selects.nth(i);
      const name = (await select.getAttribute('aria-label')) ?? '';
      await select.click();
      const choice = name.includes('aggiuntiva') ? 'Assente' : name.includes('ATS') ? 'Per delega' : 'Presente';
      await udp.getByRole('option', { name: choice, exact: true }).click();
    }
    await sheet.getByRole('textbox').first().fill('Dott.ssa Delegata ATS');
    await udp.getByRole('button', { name: 'Registra le presenze' }).click();
    await udp.getByText('Presenze registrate').waitFor();
    await udp.getByText('Numero legale raggiunto').waitFor();
    await snap(udp, '04-attendance-quorum');
  });

  it('the UdP drafts the minutes from the agenda and opens the review', async () => {
    await udp.getByRole('button', { name: 'Redigi il verbale' }).click();
    await udp.waitForURL(/governance-minutes\/[^/]+\/show/);
    minutesUrl = udp.url();
    await udp.getByTestId('minutes-state').filter({ hasText: 'Bozza' }).waitFor();
    await udp.getByRole('heading', { name: '1. Monitoraggio SAIL' }).waitFor();
    expect(await udp.getByText(/Presenti:/).innerText()).toContain('Dott.ssa Delegata ATS');

    await udp.getByRole('link', { name: 'Modifica' }).click();
    // The rich-text editors: the opening first, then one per agenda item. The secretary types, with a word in bold.
    const itemText = udp.locator('.ProseMirror').nth(1);
    await itemText.click();
    await udp.keyboard.press('Control+A');
    await udp.keyboard.type('Il tavolo esamina i dati ');
    await udp.keyboard.press('Control+B');
    await udp.keyboard.type('SAIL');
    await udp.keyboard.press('Control+B');
    await udp.keyboard.type('.');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByTestId('minutes-item-punto-1').filter({ hasText: 'Il tavolo esamina i dati SAIL.' }).waitFor();
    expect(await udp.getByTestId('minutes-item-punto-1').locator('strong').innerText()).toBe('SAIL');
    await snap(udp, '05-minutes-draft');

    await udp.getByRole('button', { name: 'Apri la revisione' }).click();
    await udp.getByRole('dialog').getByRole('button', { name: 'Apri la revisione' }).click(); // the step is confirmed
    await udp.getByTestId('minutes-state').filter({ hasText: 'In revisione' }).waitFor();
    await snap(udp, '06-review-open');
  });

  it('tavolo.demo, who attended, proposes an amendment to an item during the review', async () => {
    await member.goto(`${base}/console/governance-minutes`);
    await member.getByRole('cell', { name: 'Verbale – Seduta di maggio' }).click();
    await member.getByRole('heading', { name: '1. Monitoraggio SAIL' }).waitFor();
    await member.getByRole('button', { name: 'Proponi un emendamento o un commento: Monitoraggio SAIL' }).click();
    await member.getByLabel('Testo proposto (sostituisce quello del punto)').fill(AMENDED);
    await member.getByLabel('Motivazione o commento').fill('Serve una cadenza fissa per il monitoraggio.');
    await member.getByRole('button', { name: 'Invia' }).click();
    await member.getByText('Proposta inviata alla segreteria').waitFor();
    await member.getByTestId('amendment').filter({ hasText: 'In attesa di decisione' }).waitFor();
    // A member cannot move the minutes along.
    expect(await member.getByRole('button', { name: "Registra l'approvazione" }).count()).toBe(0);
    await snap(member, '07-amendment-proposed');
  });

  it('the UdP accepts the amendment, approves and publishes the minutes', async () => {
    await udp.goto(minutesUrl);
    const amendment = udp.getByTestId('amendment').filter({ hasText: 'tavolo.demo' });
    await amendment.waitFor();
    await amendment.getByRole('button', { name: 'Accogli' }).click();
    await udp.getByText('Emendamento accolto').waitFor();
    await udp.getByTestId('minutes-item-punto-1').filter({ hasText: AMENDED }).waitFor();
    await udp.getByRole('textbox', { name: 'Testo' }).fill('Preparare il report trimestrale SAIL');
    await udp.getByLabel('Scadenza').fill('2027-07-31');
    await udp.getByRole('button', { name: 'Aggiungi decisione o azione' }).click();
    await udp.getByRole('cell', { name: 'Preparare il report trimestrale SAIL' }).waitFor();
    await snap(udp, '08-amendment-accepted');

    await udp.getByRole('button', { name: "Registra l'approvazione" }).click();
    await udp.getByRole('dialog').getByRole('button', { name: "Registra l'approvazione" }).click(); // the step is confirmed
    await udp.getByTestId('minutes-state').filter({ hasText: 'Approvato' }).waitFor();
    await udp.getByRole('button', { name: 'Pubblica' }).click();
    await udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }).click(); // the step is confirmed
    await udp.getByTestId('minutes-state').filter({ hasText: 'Pubblicato' }).waitFor();
    await udp.getByRole('cell', { name: /Versione 2/ }).waitFor();
    await snap(udp, '09-published');
  });

  it('tavolo.demo reads the published minutes and downloads the PDF', async () => {
    await member.goto(`${base}/console/governance-minutes`);
    const row = member.getByRole('row').filter({ hasText: 'Verbale – Seduta di maggio' });
    await row.getByText('Pubblicato').waitFor();
    await row.click();
    await member.getByTestId('minutes-item-punto-1').filter({ hasText: AMENDED }).waitFor();
    expect(await member.getByRole('button', { name: 'Proponi un emendamento o un commento: Monitoraggio SAIL' }).count()).toBe(0);
    const [download] = await Promise.all([
      member.waitForEvent('download'),
      member.getByRole('button', { name: 'Scarica il PDF' }).click(),
    ]);
    const file = await download.path();
    const fs = await import('node:fs');
    expect(
      fs
        .readFileSync(file as string)
        .subarray(0, 5)
        .toString()
    ).toBe('%PDF-');
    await snap(member, '10-member-reads-published');

    await member.goto(`${base}/console/governance-meetings`);
    await member.getByRole('cell', { name: 'Seduta di maggio' }).waitFor();
    await snap(member, '11-member-meetings');
    await member.goto(`${base}/console/governance-calendar`);
    await member.getByRole('button', { name: 'Crea un link di sottoscrizione' }).click();
    const link = await member.getByLabel('Link di sottoscrizione', { exact: true }).inputValue();
    expect(link).toMatch(/\/api\/governance\/feeds\/[^/]+\/calendar\.ics$/);
    const feed = await fetch(link.startsWith('http') ? link : `${base}${link}`);
    expect(await feed.text()).toContain('Seduta di maggio');
    await snap(member, '12-calendar');
  });
});
