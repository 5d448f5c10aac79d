import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * The UdP builds "Richiesta contributo affitto" in the designer with no JSON and no key typed:
 * presentata → istruttoria → approvata | respinta, approvata → liquidata; operators move to istruttoria,
 * only the UdP approves (a published form must be submitted) or rejects (with a comment); 30 working days
 * on istruttoria. The UI actions of the UdP (clicks, typed fields, choices, keys) are counted and printed.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;

/** Any published demo form will do: the real "Domanda contributo affitto" is another journey's. */
const FORM_TITLE = 'Segnalazione alla rete housing distrettuale';
let formKey: string;

let actions = 0;
/** One UI action of the UdP, counted. */
async function act<T>(step: Promise<T>): Promise<T> {
  actions += 1;
  return step;
}

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

async function snap(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, name);
}

const field = (name: string) => udp.locator(`[name="${name}"]`);

/** Opens the nth select of that label and picks an option (two actions); a multiple select is closed (one more). */
async function choose(label: string, index: number, option: string, multiple = false) {
  const combobox = udp.getByRole('combobox', { name: label, exact: true }).nth(index);
  for (let attempt = 1; ; attempt += 1) {
    await act(combobox.click());
    try {
      await act(udp.getByRole('option', { name: option, exact: true }).click({ timeout: 10_000 }));
      break;
    } catch (error) {
      actions -= 1;
      if (attempt === 3) throw error;
      await udp.keyboard.press('Escape');
    }
  }
  if (multiple) await act(udp.keyboard.press('Escape'));
}

const fill = (name: string, value: string) => act(field(name).fill(value));
const click = (name: string, options: { exact?: boolean } = {}) =>
  act(
    udp
      .getByRole('button', { name, ...options })
      .last()
      .click()
  );

jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  const form = (await app.db
    .query('plugin::forms.form')
    .findOne({ where: { title: { $notNull: true } }, select: ['key', 'title'] })) as { key: string } | null;
  const forms = (await app.db.query('plugin::forms.form').findMany({ select: ['key', 'title'] })) as {
    key: string;
    title: { it: string };
  }[];
  formKey = (forms.find((candidate) => candidate.title.it === FORM_TITLE) ?? form)?.key as string;
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

interface StoredVersion {
  version: number;
  status: string;
  definition: {
    start: { roles: string[] };
    states: { key: string; label: { it: string; en: string }; kind: string; deadline?: Record<string, number> }[];
    transitions: { key: string; from: string | string[]; to: string; roles: string[]; guards?: unknown[]; actions?: unknown[] }[];
  };
}

describe('the UdP designs "Richiesta contributo affitto" with no JSON and no key typed', () => {
  it('creates the workflow from its name, draws states and transitions from pickers, publishes', async () => {
    udp = await signIn('udp');
    await act(udp.getByRole('menuitem', { name: 'Progettazione flussi' }).click());
    await act(udp.getByRole('link', { name: 'Nuovo flusso' }).click());
    await fill('name.it', 'Richiesta contributo affitto');
    await choose('Si applica a', 0, 'Cartella (presa in carico)');
    await click('Crea e progetta');
    await udp.waitForURL(/workflow-designs\/richiesta-contributo-affitto$/);
    await udp.getByText('Bozza della versione 1', { exact: true }).waitFor();

    // The starter's two states become Presentata and Liquidata: their keys follow, and so does "Chiudi".
    await fill('states.0.label.it', 'Presentata');
    await fill('states.1.label.it', 'Liquidata');
    await click('Aggiungi stato');
    await fill('states.2.label.it', 'Istruttoria');
    await fill('states.2.deadline.workingDays', '30');
    await click('Aggiungi stato');
    await fill('states.3.label.it', 'Approvata');
    await click('Aggiungi stato');
    await fill('states.4.label.it', 'Respinta');
    await choose('Tipo', 4, 'Finale');

    // The starter's transition: operators (and the UdP) move a new request to Istruttoria.
    await fill('transitions.0.label.it', 'Avvia istruttoria');
    await choose('A', 0, 'Istruttoria');

    await click('Aggiungi passaggio');
    // A new transition is the UdP's by default ("Ufficio di Piano" already chosen): only the UdP approves, rejects, pays.
    await fill('transitions.1.label.it', 'Approva');
    await choose('Da', 1, 'Istruttoria', true);
    await choose('A', 1, 'Approvata');
    await click('Aggiungi condizione');
    await choose('Condizione', 0, 'Modulo compilato per questo record');
    await choose('Modulo', 0, FORM_TITLE);

    await click('Aggiungi passaggio');
    await fill('transitions.2.label.it', 'Respingi');
    await choose('Da', 2, 'Istruttoria', true);
    await choose('A', 2, 'Respinta');
    await act(udp.getByLabel('Commento obbligatorio', { exact: true }).nth(2).check());

    await click('Aggiungi passaggio');
    await fill('transitions.3.label.it', 'Liquida');
    await choose('Da', 3, 'Approvata', true);
    await choose('A', 3, 'Liquidata');

    // No key and no JSON on the screen.
    await expect(udp.locator('[name$=".key"]').count()).resolves.toBe(0);
    await expect(udp.getByText('JSON', { exact: false }).count()).resolves.toBe(1); // the "Avanzate (JSON)" switch only
    await udp.locator('.react-flow__node', { hasText: 'Respinta' }).waitFor();
    await click('Salva bozza');
    await udp.getByText('Bozza della versione 1 salvata').waitFor();
    await snap(udp, 'workflows-designer-01-drawn');

    await click('Pubblica', { exact: true });
    await act(udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }).click());
    await udp.getByText('Versione 1 pubblicata').waitFor();

    console.log(`UI actions of the UdP to build and publish the workflow: ${actions}`);
    expect(actions).toBeLessThanOrEqual(50);

    const stored = (await app.db.query('plugin::workflows.workflow-version').findOne({
      where: { workflow: { key: 'richiesta-contributo-affitto' }, version: 1 },
    })) as StoredVersion;
    expect(stored.status).toBe('published');
    const { states, transitions } = stored.definition;
    expect(states.map((state) => [state.key, state.kind, state.label.en])).toEqual([
      ['presentata', 'initial', 'Presentata'],
      ['liquidata', 'final', 'Liquidata'],
      ['istruttoria', 'normal', 'Istruttoria'],
      ['approvata', 'normal', 'Approvata'],
      ['respinta', 'final', 'Respinta'],
    ]);
    expect(states[2].deadline).toEqual({ workingDays: 30 });
    expect(transitions).toEqual([
      expect.objectContaining({ key: 'avvia-istruttoria', from: 'presentata', to: 'istruttoria', roles: ['udp', 'operator'] }),
      expect.objectContaining({
        key: 'approva',
        from: 'istruttoria',
        to: 'approvata',
        roles: ['udp'],
        guards: [{ type: 'form', form: formKey }],
      }),
      expect.objectContaining({
        key: 'respingi',
        from: 'istruttoria',
        to: 'respinta',
        roles: ['udp'],
        actions: [{ type: 'comment', required: true }],
      }),
      expect.objectContaining({ key: 'liquida', from: 'approvata', to: 'liquidata', roles: ['udp'] }),
    ]);
    expect(transitions[0].guards).toBeUndefined();
  });

  it("renaming a state in a new draft renames it everywhere; the server's refusal is told at the state, in words", async () => {
    await click('Nuova bozza');
    await udp.getByText('Bozza della versione 2', { exact: true }).waitFor();
    // A new state, then renamed: the transition that enters it follows the new name's key.
    await click('Aggiungi stato');
    await fill('states.5.label.it', 'Sospesa');
    await click('Aggiungi passaggio');
    await fill('transitions.4.label.it', 'Sospendi');
    await choose('Da', 4, 'Istruttoria', true);
    await choose('A', 4, 'Sospesa');
    await fill('states.5.label.it', 'In attesa di documenti');
    await click('Salva bozza');
    // Nothing leaves "In attesa di documenti": the refusal is under its name, with no key and no path.
    const described = await field('states.5.label.it').getAttribute('aria-describedby');
    const helper = udp.locator(`[id="${described}"]`);
    await helper.getByText('In attesa di documenti', { exact: false }).waitFor();
    const text = await helper.innerText();
    expect(text).not.toMatch(/states\.|sospesa|in-attesa-di-documenti/);
    await snap(udp, 'workflows-designer-02-refused');
    const draft = (await app.db.query('plugin::workflows.workflow-version').findOne({
      where: { workflow: { key: 'richiesta-contributo-affitto' }, version: 2 },
    })) as StoredVersion;
    expect(draft.definition.states).toHaveLength(5);

    // A way out: from the waiting state back to Istruttoria. Saved: the renamed key is everywhere.
    await click('Aggiungi passaggio');
    await fill('transitions.5.label.it', 'Riprendi');
    await choose('Da', 5, 'In attesa di documenti', true);
    await choose('A', 5, 'Istruttoria');
    await click('Salva bozza');
    await udp.getByText('Bozza della versione 2 salvata').waitFor();
    const saved = (await app.db.query('plugin::workflows.workflow-version').findOne({
      where: { workflow: { key: 'richiesta-contributo-affitto' }, version: 2 },
    })) as StoredVersion;
    expect(saved.definition.states[5].key).toBe('in-attesa-di-documenti');
    expect(saved.definition.transitions.slice(4).map((transition) => [transition.from, transition.to])).toEqual([
      ['istruttoria', 'in-attesa-di-documenti'],
      ['in-attesa-di-documenti', 'istruttoria'],
    ]);
    expect(JSON.stringify(saved.definition)).not.toContain('sospesa"');
  });
});
