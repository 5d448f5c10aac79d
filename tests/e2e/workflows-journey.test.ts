import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
let operator: Page;
let provider: Page;
let instanceUrl: string;

/**
 * The case the operator starts the new housing workflow on: Anna Prova's (Bussero), which runs the voucher
 * workflow, not housing; referred to ente.demo and accepted, so its staff may follow it.
 */
const CASE_OF = { firstName: 'Anna', lastName: 'Prova' };

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

/** An input of the designer's form by its field path (react-admin names inputs after their source). */
const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);
/** The text under an input (its helper text or its error), found through the input's aria-describedby. */
async function helperText(page: Page, name: string): Promise<string> {
  const described = await field(page, name).getAttribute('aria-describedby');
  return described ? page.locator(`[id="${described}"]`).innerText() : '';
}

/** Opens a react-admin select (by label, the nth of that label) and picks an option. */
async function choose(page: Page, label: string, index: number, option: string) {
  const combobox = page.getByRole('combobox', { name: label, exact: true }).nth(index);
  // The choices load after the form: a list opened early is re-rendered under the pointer, so try again.
  for (let attempt = 1; ; attempt += 1) {
    await combobox.click();
    try {
      await page.getByRole('option', { name: option, exact: true }).click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

/** The workflow panel of the housing instance on the page. */
const card = (page: Page): Locator => page.getByRole('region', { name: 'Iter: Housing distrettuale' });

// Booting Strapi, seeding and four browser tabs take long on a loaded machine.
jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('workflows: the UdP changes a workflow in the designer, staff move a record with it', () => {
  it('the UdP makes a draft, adds a state and a transition, fixes what the server refuses, publishes', async () => {
    udp = await signIn('udp');
    await udp.getByRole('menuitem', { name: 'Progettazione flussi' }).click();
    await udp.getByRole('link', { name: 'Housing distrettuale' }).click();
    await udp.waitForURL('**/console/workflow-designs/housing');
    await udp.getByText('È in uso la versione 1', { exact: false }).waitFor();
    await udp.getByRole('button', { name: 'Nuova bozza' }).click();
    await udp.getByText('Creata la bozza della versione 2').waitFor();
    await udp.getByText('Bozza della versione 2', { exact: true }).waitFor();

    // A new final state with no way in: the server refuses it and says so at the state.
    await udp.getByRole('button', { name: 'Aggiungi stato' }).click();
    await field(udp, 'states.6.label.it').fill('Ritirata dal richiedente');
    await field(udp, 'states.6.label.en').fill('Withdrawn by the applicant');
    await choose(udp, 'Tipo', 6, 'Finale');
    await udp.getByRole('button', { name: 'Salva bozza' }).click();
    await udp.getByText('Il server ha rifiutato la bozza', { exact: false }).waitFor();
    // In words, under the state's name: no key, no path.
    await expect(helperText(udp, 'states.6.label.it')).resolves.toContain(
      'stato «Ritirata dal richiedente» irraggiungibile dallo stato iniziale'
    );
    await snap(udp, 'workflows-01-refused');
    const draftBefore = (await app.db
      .query('plugin::workflows.workflow-version')
      .findOne({ where: { workflow: { key: 'housing' }, version: 2 } })) as {
      definition: { states: unknown[] };
    };
    expect(draftBefore.definition.states).toHaveLength(6);

    // The fix: a transition from the report to the new state, for operators only.
    await udp.getByRole('button', { name: 'Aggiungi passaggio' }).click();
    await choose(udp, 'Da', 5, 'Segnalazione');
    await udp.keyboard.press('Escape');
    await choose(udp, 'A', 5, 'Ritirata dal richiedente');
    await field(udp, 'transitions.5.label.it').fill('Ritira la segnalazione');
    await field(udp, 'transitions.5.label.en').fill('Withdraw the report');
    await choose(udp, 'Ruoli ammessi', 5, 'Operatore comunale');
    await udp.keyboard.press('Escape');
    // A new transition starts as the UdP's: for operators only, "Ufficio di Piano" is taken off.
    await choose(udp, 'Ruoli ammessi', 5, 'Ufficio di Piano');
    await udp.keyboard.press('Escape');
    await field(udp, 'changeNote').fill('Il richiedente può ritirare la segnalazione');
    await udp.getByRole('button', { name: 'Salva bozza' }).click();
    await udp.getByText('Bozza della versione 2 salvata').waitFor();
    await udp.getByText('irraggiungibile dallo stato iniziale', { exact: false }).waitFor({ state: 'detached' });
    // The diagram draws the new state and the new arrow.
    await udp.locator('.react-flow__node', { hasText: 'Ritirata dal richiedente' }).waitFor();
    await udp.locator('.react-flow__edge-text', { hasText: 'Ritira la segnalazione' }).waitFor();
    await snap(udp, 'workflows-02-saved');

    await udp.getByRole('button', { name: 'Pubblica', exact: true }).click();
    // The demo's housing records run on version 1: the UdP may move them, and sees first what would move.
    const dialog = udp.getByRole('dialog');
    await dialog.getByText('Sposta sulla nuova versione le pratiche in corso', { exact: false }).click();
    await dialog.getByRole('status').getByText('da «Segnalazione» a «Segnalazione»', { exact: false }).waitFor();
    await snap(udp, 'workflows-02b-publish-preview');
    // This time they stay on their version.
    await dialog.getByText('Sposta sulla nuova versione le pratiche in corso', { exact: false }).click();
    await dialog.getByRole('status').waitFor({ state: 'detached' });
    await dialog.getByRole('button', { name: 'Pubblica' }).click();
    await udp.getByText('Versione 2 pubblicata').waitFor();

    const versions = (await app.db.query('plugin::workflows.workflow-version').findMany({
      where: { workflow: { key: 'housing' } },
      orderBy: { version: 'asc' },
    })) as {
      version: number;
      status: string;
      definition: { states: { key: string; kind: string }[]; transitions: Record<string, unknown>[] };
    }[];
    expect(versions.map((v) => [v.version, v.status])).toEqual([
      [1, 'retired'],
      [2, 'published'],
    ]);
    expect(versions[1].definition.states.at(-1)).toMatchObject({ key: 'ritirata-dal-richiedente', kind: 'final' });
    expect(versions[1].definition.transitions.at(-1)).toEqual({
      key: 'ritira-la-segnalazione',
      from: 'report',
      to: 'ritirata-dal-richiedente',
      label: { it: 'Ritira la segnalazione', en: 'Withdraw the report' },
      roles: ['operator'],
    });
    await udp.getByRole('tab', { name: 'Versioni' }).click();
    await udp.getByRole('cell', { name: 'Il richiedente può ritirare la segnalazione' }).waitFor();
    await snap(udp, 'workflows-03-versions');
  });

  it('an operator starts the new version on a record; a provider sees the new transition disabled, with why', async () => {
    const record = await app.documents('api::case.case').findFirst({ filters: { beneficiary: CASE_OF } } as never);
    if (!record?.code) throw new Error('the demo has no case of the beneficiary with a code');
    operator = await signIn('op.bussero');
    await operator.getByRole('menuitem', { name: 'Pratiche in iter' }).click();
    await operator.getByRole('link', { name: 'Avvia un iter' }).click();
    await choose(operator, 'Flusso', 0, 'Housing distrettuale');
    await choose(operator, 'Record', 0, record.code);
    await operator.getByRole('button', { name: 'Avvia', exact: true }).click();
    await operator.waitForURL(/\/console\/workflow-instances\/[^/]+\/show$/);
    instanceUrl = operator.url();
    await card(operator).getByText('Versione 2', { exact: true }).waitFor();
    await expect(card(operator).getByRole('button', { name: 'Ritira la segnalazione' }).isEnabled()).resolves.toBe(true);
    await expect(card(operator).getByRole('button', { name: 'Avvia la valutazione' }).isDisabled()).resolves.toBe(true);

    provider = await signIn('ente.demo');
    await provider.goto(instanceUrl);
    const withdraw = card(provider).getByRole('button', { name: 'Ritira la segnalazione' });
    await withdraw.waitFor();
    await expect(withdraw.isDisabled()).resolves.toBe(true);
    await card(provider)
      .getByText(
        'Il ruolo Ente gestore non può eseguire il passaggio «Ritira la segnalazione» (ruoli ammessi: Operatore comunale)'
      )
      .waitFor();
    await expect(card(provider).getByRole('button', { disabled: false }).count()).resolves.toBe(0);
    await snap(provider, 'workflows-04-provider-disabled');
  });

  it('the operator takes the transition with a comment and sees it in the history; a stale page gets the 409 explained', async () => {
    // The UdP has the record open in the state it was in.
    await udp.goto(instanceUrl);
    await card(udp).getByRole('button', { name: 'Avvia la valutazione' }).waitFor();

    await card(operator)
      .getByRole('textbox', { name: /^Commento/ })
      .fill('Il nucleo ha trovato un alloggio da sé');
    await card(operator).getByRole('button', { name: 'Ritira la segnalazione' }).click();
    await operator.getByText('Passaggio "Ritira la segnalazione" eseguito').waitFor();
    await card(operator).getByText("L'iter è concluso.").waitFor();
    const history = card(operator).getByRole('list', { name: 'Storico' });
    await history.getByText('Segnalazione → Ritirata dal richiedente').waitFor();
    await history.getByText('“Il nucleo ha trovato un alloggio da sé”').waitFor();
    await expect(history.getByRole('listitem').count()).resolves.toBe(2);
    await snap(operator, 'workflows-05-history');

    await card(udp).getByRole('button', { name: 'Avvia la valutazione' }).click();
    await card(udp).getByText('Qualcun altro ha appena spostato il record', { exact: false }).waitFor();
    await card(udp).getByText('Il record non è più nello stato «Segnalazione»', { exact: false }).waitFor();
    await card(udp).getByText("L'iter è concluso.").waitFor();
    await snap(udp, 'workflows-06-conflict');

    const documentId = decodeURIComponent(instanceUrl.split('/').at(-2) as string);
    const rows = (await app.db
      .query('plugin::workflows.history')
      .findMany({ where: { instanceId: documentId }, orderBy: { id: 'asc' } })) as {
      transition: string | null;
      toState: string;
      actorUsername: string;
      comment: string | null;
      version: number;
    }[];
    expect(rows.map((row) => [row.transition, row.toState, row.actorUsername, row.comment, row.version])).toEqual([
      [null, 'report', 'op.bussero', null, 2],
      ['ritira-la-segnalazione', 'ritirata-dal-richiedente', 'op.bussero', 'Il nucleo ha trovato un alloggio da sé', 2],
    ]);
  });

  it('my tasks list the tasks of the role and the unread notifications', async () => {
    await udp.getByRole('menuitem', { name: /Le mie attività/ }).click();
    await udp.getByRole('table', { name: 'Le mie attività' }).waitFor();
    await udp.getByRole('region', { name: 'Notifiche' }).getByText('Nuova segnalazione abitativa da valutare').first().waitFor();
    await snap(udp, 'workflows-07-tasks');
  });

  it('the UdP creates a new workflow from its name (the code follows it), then its draft opens in the designer', async () => {
    await udp.goto(`${base}/console/workflow-designs`);
    await udp.getByRole('link', { name: 'Nuovo flusso' }).click();
    await expect(field(udp, 'key').count()).resolves.toBe(0);
    await field(udp, 'name.it').fill('Presa in carico leggera');
    await field(udp, 'name.en').fill('Light take-in-charge');
    await udp.getByRole('combobox', { name: /Si applica a/ }).click();
    await udp.getByRole('option', { name: 'Cartella (presa in carico)', exact: true }).click();
    await udp.getByRole('button', { name: 'Crea e progetta' }).click();
    await udp.waitForURL(/workflow-designs\/presa-in-carico-leggera/);
    await udp.getByText('Bozza della versione 1').first().waitFor();
    await snap(udp, 'workflows-09-created');
    const created = await app.db.query('plugin::workflows.workflow').findOne({ where: { key: 'presa-in-carico-leggera' } });
    expect(created).toMatchObject({
      contentType: 'api::case.case',
      name: { it: 'Presa in carico leggera', en: 'Light take-in-charge' },
    });

    // Renamed before its first publication: the code follows the new name.
    await udp.getByRole('button', { name: 'Rinomina' }).click();
    await udp.getByRole('dialog').getByLabel('Nome (IT)').fill('Presa in carico breve');
    await udp.getByRole('dialog').getByRole('button', { name: 'Rinomina' }).click();
    await udp.waitForURL(/workflow-designs\/presa-in-carico-breve$/);
    await udp.getByRole('heading', { level: 1, name: 'Presa in carico breve' }).waitFor();
    expect(await app.db.query('plugin::workflows.workflow').findOne({ where: { key: 'presa-in-carico-leggera' } })).toBeNull();
  });
});
