import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { ActionCounter, launchBrowser, listen, newConsolePage, screenshot, signInAs, waitForValue } from '../helpers/browser';
import { authHeader, http } from '../helpers/http';

/**
 * Issue 14, journey 1: the low-code loop closed in the console. The UdP, with no JSON and no key typed, creates the
 * service "Contributo affitto", builds the scored form "Domanda contributo affitto" and the workflow "Richiesta
 * contributo affitto", publishes both and attaches them to the service; its UI actions are counted. Then an
 * operator of Bussero opens a case of the service (the workflow starts by itself), fills the form on the case page
 * and moves the case to Istruttoria; the UdP reads the case as words without personal data and approves; the
 * operator of Carugate finds nothing of it; an observatory indicator counts the service's approved cases.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
const udpActions = new ActionCounter();

const SERVICE = 'Contributo affitto';
const FORM = 'Domanda contributo affitto';
const WORKFLOW = 'Richiesta contributo affitto';
const PERSON = { lastName: 'Affittoprova', firstName: 'Marta', fiscalCode: 'RSSMRA80A01H501U' };
const YEAR = new Date().getFullYear();
let caseId = '';
let caseCode = '';

const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const combobox = (scope: Page | Locator, name: string | RegExp) =>
  scope.getByRole('combobox', { name, exact: typeof name === 'string' }).last();

/** Whether `inner` is drawn entirely within `outer` (e.g. a diagram's box within the diagram). */
async function inside(inner: Locator, outer: Locator): Promise<boolean> {
  for (let attempt = 0; ; attempt += 1) {
    const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
    if (a && b && a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height) return true;
    if (attempt === 20)
      return (console.log('outside', a, b, await inner.page().locator('.react-flow__viewport').getAttribute('style')), false);
    await inner.page().waitForTimeout(250); // the view is fitted after the boxes are measured
  }
}

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, `low-code-loop-${name}`);
}

jest.setTimeout(900_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('the low-code loop: what the UdP configures reaches the operators’ case work', () => {
  it('the UdP creates the service, builds and publishes the form and the workflow, and attaches them to the service', async () => {
    const { click, fill, check } = {
      click: (target: Locator) => udpActions.click(target),
      fill: (target: Locator, text: string) => udpActions.fill(target, text),
      check: (target: Locator) => udpActions.check(target),
    };
    const choose = (box: Locator, option: string | RegExp, exact = false) => udpActions.choose(box, option, { exact });
    udp = await signInAs(await newConsolePage(browser), base, 'udp', udpActions);

    // 1. The service, in the area that covers housing; its code follows the name.
    await click(udp.getByRole('menuitem', { name: 'Servizi' }));
    await click(udp.getByRole('link', { name: 'Crea' }));
    await fill(textbox(udp, 'Nome'), SERVICE);
    await waitForValue(textbox(udp, 'Codice'), 'contributo-affitto');
    await click(combobox(udp, 'Area'));
    await click(udp.getByRole('option', { name: 'Contrasto alla povertà' }));
    await choose(combobox(udp, 'Modalità di affidamento'), 'Gestione diretta');
    await snap(udp, '01-service-new');
    await click(udp.getByRole('button', { name: 'Salva' }));
    await udp.getByText('Elemento creato').waitFor();

    // 2. The form with the housing priority score, by clicks only.
    await click(udp.getByRole('menuitem', { name: 'Progettazione moduli' }));
    await click(udp.getByRole('link', { name: 'Nuovo modulo' }));
    await fill(textbox(udp, 'Titolo (italiano)'), FORM);
    await click(udp.getByRole('button', { name: 'Crea e progetta' }));
    await udp.waitForURL('**/console/form-designs/domanda-contributo-affitto');
    const fieldPanel = udp.getByRole('region', { name: 'Proprietà del campo' });
    const addField = async (type: string, label: string) => {
      await click(udp.getByRole('button', { name: 'Aggiungi campo', exact: true }));
      await click(udp.getByRole('menuitem', { name: type, exact: true }));
      await fill(textbox(fieldPanel, 'Etichetta (IT)'), label);
    };
    await fill(textbox(udp.getByRole('region', { name: 'Proprietà della sezione' }), 'Titolo (IT)'), 'Richiesta');
    await addField('Sì / No', 'Sfratto esecutivo');
    await addField('Numero intero', 'Figli minori');
    await addField('Sì / No', 'Disabilità nel nucleo');
    await addField('Valore ISEE', 'ISEE del nucleo');
    await addField('Campo calcolato', 'Punteggio di priorità');
    const addRule = () => click(fieldPanel.getByRole('button', { name: 'Aggiungi regola' }));
    await addRule(); // points if the first yes/no ("Sfratto esecutivo") is yes
    await fill(textbox(fieldPanel, 'Punti della regola 1'), '10');
    await addRule();
    await choose(combobox(fieldPanel, /^Tipo di regola 2/), 'Punti per ogni unità'); // the first number: "Figli minori"
    await fill(textbox(fieldPanel, 'Punti per unità (regola 2)'), '2');
    await addRule();
    await choose(combobox(fieldPanel, /^Campo della regola 3/), /^Disabilità nel nucleo/);
    await fill(textbox(fieldPanel, 'Punti della regola 3'), '5');
    await addRule();
    await choose(combobox(fieldPanel, /^Tipo di regola 4/), 'Punti per fasce');
    await choose(combobox(fieldPanel, /^Campo della regola 4/), /^ISEE del nucleo/);
    await fill(textbox(fieldPanel, 'Fascia 1: valore inferiore a'), '6000');
    await fill(textbox(fieldPanel, 'Fascia 1: punti'), '5');
    await snap(udp, '02-form-designer');
    await click(udp.getByRole('button', { name: 'Pubblica', exact: true }));
    await click(udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }));
    await udp.getByText('Versione 1 pubblicata').waitFor();

    // 3. The workflow, drawn from pickers: presentata → istruttoria → approvata | respinta, approvata → liquidata.
    const field = (name: string) => udp.locator(`[name="${name}"]`);
    const button = (name: string, exact = false) => udp.getByRole('button', { name, exact }).last();
    const nth = (label: string, index: number) => udp.getByRole('combobox', { name: label, exact: true }).nth(index);
    const chooseFrom = async (index: number, state: string) => {
      await choose(nth('Da', index), state, true);
      await udpActions.press(udp, 'Escape'); // "Da" is a multiple choice: close it
    };
    await click(udp.getByRole('menuitem', { name: 'Progettazione flussi' }));
    await click(udp.getByRole('link', { name: 'Nuovo flusso' }));
    await fill(field('name.it'), WORKFLOW);
    await choose(nth('Si applica a', 0), 'Cartella (presa in carico)', true);
    await click(button('Crea e progetta'));
    await udp.waitForURL(/workflow-designs\/richiesta-contributo-affitto$/);
    await udp.getByText('Bozza della versione 1', { exact: true }).waitFor();
    await fill(field('states.0.label.it'), 'Presentata');
    await fill(field('states.1.label.it'), 'Liquidata');
    await click(button('Aggiungi stato'));
    await fill(field('states.2.label.it'), 'Istruttoria');
    await fill(field('states.2.deadline.workingDays'), '30');
    await click(button('Aggiungi stato'));
    await fill(field('states.3.label.it'), 'Approvata');
    await click(button('Aggiungi stato'));
    await fill(field('states.4.label.it'), 'Respinta');
    await choose(nth('Tipo', 4), 'Finale', true);
    // The starter's transition is the operators' (and the UdP's): a new request goes to Istruttoria.
    await fill(field('transitions.0.label.it'), 'Avvia istruttoria');
    await choose(nth('A', 0), 'Istruttoria', true);
    // New transitions are the UdP's only: approve (the form must be submitted), reject (with a comment), pay.
    await click(button('Aggiungi passaggio'));
    await fill(field('transitions.1.label.it'), 'Approva');
    await chooseFrom(1, 'Istruttoria');
    await choose(nth('A', 1), 'Approvata', true);
    await click(button('Aggiungi condizione'));
    await choose(nth('Condizione', 0), 'Modulo compilato per questo record', true);
    await choose(nth('Modulo', 0), FORM, true);
    await click(button('Aggiungi passaggio'));
    await fill(field('transitions.2.label.it'), 'Respingi');
    await chooseFrom(2, 'Istruttoria');
    await choose(nth('A', 2), 'Respinta', true);
    await check(udp.getByLabel('Commento obbligatorio', { exact: true }).nth(2));
    await click(button('Aggiungi passaggio'));
    await fill(field('transitions.3.label.it'), 'Liquida');
    await chooseFrom(3, 'Approvata');
    await choose(nth('A', 3), 'Liquidata', true);
    await expect(udp.locator('[name$=".key"]').count()).resolves.toBe(0);
    // The diagram follows the drawing: the last state added is inside it, not out of view.
    const diagram = udp.locator('.react-flow');
    const lastState = diagram.locator('.react-flow__node', { hasText: 'Respinta' });
    await lastState.waitFor();
    await expect(inside(lastState, diagram)).resolves.toBe(true);
    await click(button('Salva bozza'));
    await udp.getByText('Bozza della versione 1 salvata').waitFor();
    await snap(udp, '03-workflow-designer');
    await click(button('Pubblica', true));
    await click(udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }));
    await udp.getByText('Versione 1 pubblicata').waitFor();

    // 4. Back to the service: "Percorso della pratica" gets the workflow and the form, with pickers only.
    await click(udp.getByRole('menuitem', { name: 'Servizi' }));
    await fill(udp.getByPlaceholder('Cerca'), SERVICE);
    await click(
      udp
        .getByRole('row')
        .filter({ has: udp.getByRole('cell', { name: SERVICE, exact: true }) })
        .first()
    );
    await udp.waitForURL(/\/console\/services\/[^/]+\/show$/);
    await click(udp.getByRole('button', { name: 'Modifica', exact: true }));
    await udp.waitForURL(/\/console\/services\/[^/]+$/);
    // The edit page draws its form once the service is loaded: wait for the section, then for the picker by its label.
    const pathHeading = udp.getByRole('heading', { name: 'Percorso della pratica' });
    await pathHeading.waitFor({ timeout: 120_000 });
    const path = udp.locator('section').filter({ has: pathHeading });
    const workflowPicker = udp.getByRole('combobox', { name: /^Flusso della pratica/ });
    await workflowPicker.waitFor({ timeout: 120_000 });
    await choose(workflowPicker, WORKFLOW);
    await click(path.getByRole('button', { name: 'Aggiungi' }));
    await choose(combobox(path, 'Modulo'), FORM);
    await choose(combobox(path, 'Scopo'), 'Valutazione');
    await check(path.getByRole('checkbox', { name: 'Operatore comunale' }));
    await choose(combobox(path, 'Richiesto per il passaggio'), 'Approva (Istruttoria → Approvata)');
    await snap(udp, '04-service-path');
    await click(udp.getByRole('button', { name: 'Salva' }));
    await udp.getByText('Elemento aggiornato').waitFor();

    console.log(`UI actions of the UdP (sign-in, service, scored form, workflow, case path): ${udpActions.count}`);
    expect(udpActions.count).toBeLessThanOrEqual(120);

    const service = (await app.db.query('api::service.service').findOne({
      where: { code: 'contributo-affitto' },
      select: ['caseWorkflow', 'caseForms'],
      populate: { area: { select: ['code'] } },
    })) as { caseWorkflow: string; caseForms: unknown; area: { code: string } };
    expect(service).toMatchObject({
      caseWorkflow: 'richiesta-contributo-affitto',
      caseForms: [{ form: 'domanda-contributo-affitto', purpose: 'valutazione', roles: ['operator'], requiredBefore: 'approva' }],
      area: { code: 'contrasto-poverta' },
    });
    const workflow = (await app.db.query('plugin::workflows.workflow-version').findOne({
      where: { workflow: { key: 'richiesta-contributo-affitto' }, version: 1 },
    })) as {
      status: string;
      definition: {
        states: { key: string; deadline?: unknown }[];
        transitions: { key: string; roles: string[]; guards?: unknown[] }[];
      };
    };
    expect(workflow.status).toBe('published');
    expect(workflow.definition.states.find((state) => state.key === 'istruttoria')?.deadline).toEqual({ workingDays: 30 });
    expect(workflow.definition.transitions.map((transition) => [transition.key, transition.roles])).toEqual([
      ['avvia-istruttoria', ['udp', 'operator']],
      ['approva', ['udp']],
      ['respingi', ['udp']],
      ['liquida', ['udp']],
    ]);
    expect(workflow.definition.transitions[1].guards).toEqual([{ type: 'form', form: 'domanda-contributo-affitto' }]);
  });

  it('op.bussero opens a case of the service, fills the form on the case page (score shown), moves it to Istruttoria', async () => {
    const page = await signInAs(await newConsolePage(browser), base, 'op.bussero');
    await page.goto(`${base}/console/cases/create`);
    await page.getByLabel('Cognome', { exact: true }).fill(PERSON.lastName);
    await page.getByLabel('Nome', { exact: true }).fill(PERSON.firstName);
    await page.getByLabel('Codice fiscale', { exact: true }).fill(PERSON.fiscalCode);
    await page.getByRole('combobox', { name: 'Comune' }).filter({ hasText: 'Bussero' }).waitFor();
    const service = page.getByRole('combobox', { name: 'Servizio' });
    await service.click();
    await service.fill('Contributo');
    await page.getByRole('option', { name: SERVICE, exact: true }).click();
    await page.getByRole('button', { name: 'Registra e apri la cartella' }).click();
    await page.waitForURL(/\/console\/cases\/[^/]+\/show$/);
    caseId = page.url().split('/').at(-2) as string;

    // The workflow started by itself; the form is to fill, and approving waits for it.
    const form = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: FORM }) });
    await form.getByText('Da compilare').waitFor();
    await page.getByText('Presentata', { exact: true }).first().waitFor();
    // The case is in the service's area, and, its workflow running, no other workflow is offered to start.
    await page.getByText('Contrasto alla povertà', { exact: true }).first().waitFor();
    await page.getByRole('button', { name: 'Avvia istruttoria' }).waitFor();
    await expect(page.getByRole('button', { name: /^Avvia: / }).count()).resolves.toBe(0);
    await snap(page, '05-case-new');
    await form.getByRole('button', { name: `Compila: ${FORM}` }).click();
    await page.getByRole('radiogroup', { name: 'Sfratto esecutivo' }).getByRole('radio', { name: 'Sì' }).check();
    await textbox(page, 'Figli minori').fill('3');
    await page.getByRole('radiogroup', { name: 'Disabilità nel nucleo' }).getByRole('radio', { name: 'No' }).check();
    await textbox(page, 'ISEE del nucleo').fill('5000');
    await waitForValue(textbox(page, 'Punteggio di priorità'), '21');
    await snap(page, '06-case-form-score');
    await page.getByRole('button', { name: 'Invia il modulo' }).click();
    await page.getByText('Modulo salvato nella pratica').waitFor();
    await form.getByText('Compilato', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Avvia istruttoria' }).click();
    await page.getByText('Istruttoria', { exact: true }).first().waitFor();
    const stored = (await app.db.query('api::case.case').findOne({ where: { documentId: caseId }, select: ['code'] })) as {
      code: string;
    };
    caseCode = stored.code;
    // Only the UdP approves: the operator sees the step, disabled.
    await expect(page.getByRole('button', { name: 'Approva' }).isDisabled()).resolves.toBe(true);
    await snap(page, '07-case-istruttoria');
    const instance = (await app.db.query('plugin::workflows.instance').findOne({ where: { subjectId: caseId } })) as {
      state: string;
      workflowKey: string;
    };
    expect(instance).toMatchObject({ workflowKey: 'richiesta-contributo-affitto', state: 'istruttoria' });
    await page.context().close();
  });

  it('the UdP reads the case in words, with no personal data, and approves it', async () => {
    await udp.getByRole('menuitem', { name: 'Pratiche in iter' }).click();
    const row = udp.getByRole('row').filter({ hasText: WORKFLOW });
    await row.getByText(/Contributo affitto · Bussero · aperta dal \d{2}\/\d{2}\/\d{4}/).waitFor();
    await row.first().getByRole('link', { name: 'Apri' }).click();
    await udp.getByRole('button', { name: 'Approva' }).waitFor();
    await udp
      .getByText(/Contributo affitto · Bussero/)
      .first()
      .waitFor();
    await snap(udp, '08-udp-instance');
    const shown = await udp.locator('main').innerText();
    for (const personal of Object.values(PERSON)) expect(shown).not.toContain(personal);
    await udp.getByRole('button', { name: 'Approva' }).click();
    await udp.getByText('Approvata', { exact: true }).first().waitFor();
    await snap(udp, '09-udp-approved');
    const instance = (await app.db.query('plugin::workflows.instance').findOne({ where: { subjectId: caseId } })) as {
      state: string;
    };
    expect(instance.state).toBe('approvata');
  });

  it('op.carugate finds nothing of it, in the console and through the API', async () => {
    const page = await signInAs(await newConsolePage(browser), base, 'op.carugate');
    await page.getByRole('menuitem', { name: 'Cartelle' }).click();
    await page.getByLabel('Codice', { exact: true }).fill(caseCode);
    await page.getByText('Nessun risultato', { exact: false }).first().waitFor();
    await snap(page, '10-carugate-cases');
    await page.getByRole('menuitem', { name: 'Pratiche in iter' }).click();
    await page
      .getByText(/ · Carugate · |Nessun risultato/)
      .first()
      .waitFor();
    await snap(page, '10b-carugate-instances');
    expect(await page.locator('main').innerText()).not.toContain(WORKFLOW);
    await page.context().close();

    const carugate = await authHeader(app, 'op.carugate');
    const cases = await http(app)
      .get('/api/cases')
      .query({ 'pagination[pageSize]': 100, 'filters[code][$eq]': caseCode })
      .set(carugate);
    expect(cases.status).toBe(200);
    expect(cases.body.data).toEqual([]);
    expect([403, 404]).toContain((await http(app).get(`/api/cases/${caseId}`).set(carugate)).status);
    const people = await http(app).get('/api/beneficiaries').query({ 'filters[lastName][$eq]': PERSON.lastName }).set(carugate);
    expect(people.status).toBe(200);
    expect(people.body.data).toEqual([]);
    const instances = await http(app)
      .get('/api/workflows/instances')
      .query({ workflow: 'richiesta-contributo-affitto' })
      .set(carugate);
    expect(instances.status).toBe(200);
    expect(JSON.stringify(instances.body)).not.toContain(caseId);
    const submissions = await http(app).get('/api/forms/submissions').query({ form: 'domanda-contributo-affitto' }).set(carugate);
    expect(JSON.stringify(submissions.body)).not.toContain(caseId);
  });

  it('an observatory indicator, made in the console, counts the service’s cases by state', async () => {
    await udp.getByRole('menuitem', { name: 'Indicatori' }).click();
    await udp.getByRole('link', { name: 'Crea' }).click();
    await textbox(udp, 'Nome indicatore').fill('Domande di contributo affitto approvate');
    await udp.getByLabel('Unità').fill('pratiche');
    await new ActionCounter().choose(combobox(udp, /^Cosa si conta/), 'Pratiche avviate di un procedimento');
    await new ActionCounter().choose(combobox(udp, /^Procedimento/), WORKFLOW);
    // By state: none rejected, one approved.
    const preview = udp.getByTestId('indicator-preview');
    const thisYear = preview.locator(`tr[data-year="${YEAR}"]`);
    // States by their names, exactly: no key in brackets.
    await new ActionCounter().choose(combobox(udp, /^Solo le pratiche ora negli stati/), 'Respinta', { exact: true });
    await udp.keyboard.press('Escape');
    await thisYear.filter({ hasText: '0 pratiche' }).waitFor();
    await new ActionCounter().choose(combobox(udp, /^Solo le pratiche ora negli stati/), 'Respinta', { exact: true });
    await udp.getByRole('option', { name: 'Approvata', exact: true }).click();
    await udp.keyboard.press('Escape');
    await thisYear.filter({ hasText: '1 pratiche' }).waitFor();
    await snap(udp, '11-indicator-preview');
    await udp.getByRole('button', { name: 'Salva' }).click();
    await udp.getByTestId('indicator-snapshot').waitFor();
    const stored = (await app.db
      .query('plugin::observatory.indicator')
      .findOne({ where: { name: 'Domande di contributo affitto approvate' } })) as {
      computation: unknown;
    } | null;
    expect(stored?.computation).toEqual({
      source: 'workflow-instances',
      aggregate: 'count',
      workflow: 'richiesta-contributo-affitto',
      states: ['approvata'],
    });
  });
});
