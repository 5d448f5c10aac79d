import fs from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot, waitForValue } from '../helpers/browser';

/**
 * Issue 14 point 4: the UdP builds "Domanda contributo affitto" with the housing priority score
 * ("10 if eviction, 2 per minor, 5 if disability, 5 if ISEE < 6,000") entirely by clicks — no JSON,
 * no key typed, no English required — and publishes it; an operator fills it and sees the score; the
 * UdP finds the response among the form's responses and downloads them. The UdP's UI actions are counted.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
let actions = 0;

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

/** One UI action of the UdP (a click or a filled box), counted. */
async function click(target: Locator) {
  actions += 1;
  await target.click();
}
async function fill(target: Locator, text: string) {
  actions += 1;
  await target.fill(text);
}
async function choose(scope: Locator, combobox: RegExp, option: RegExp | string) {
  await click(scope.getByRole('combobox', { name: combobox }));
  await click(udp.getByRole('option', { name: option }));
}

const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const fieldPanel = () => udp.getByRole('region', { name: 'Proprietà del campo' });

async function addField(type: string, label: string) {
  await click(udp.getByRole('button', { name: 'Aggiungi campo', exact: true }));
  await click(udp.getByRole('menuitem', { name: type, exact: true }));
  await fill(textbox(fieldPanel(), 'Etichetta (IT)'), label);
}

// Booting and seeding can take minutes on a loaded machine.
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

describe('forms: a scored questionnaire built with clicks, filled, and read back as data', () => {
  it('the UdP builds "Domanda contributo affitto" with the housing priority score and publishes it', async () => {
    udp = await signIn('udp');
    await click(udp.getByRole('menuitem', { name: 'Progettazione moduli' }));
    await click(udp.getByRole('link', { name: 'Nuovo modulo' }));
    await fill(textbox(udp, 'Titolo (italiano)'), 'Domanda contributo affitto');
    await click(udp.getByRole('button', { name: 'Crea e progetta' }));
    await udp.waitForURL('**/console/form-designs/domanda-contributo-affitto');

    await fill(textbox(udp.getByRole('region', { name: 'Proprietà della sezione' }), 'Titolo (IT)'), 'Richiesta');
    await addField('Testo informativo (nessuna risposta)', 'Informativa privacy');
    await fill(
      textbox(fieldPanel(), 'Testo da mostrare (IT)'),
      'I dati sono trattati dal Comune per istruire la domanda di contributo.'
    );
    await addField('Sì / No', 'Sfratto esecutivo');
    await addField('Numero intero', 'Figli minori');
    await addField('Sì / No', 'Disabilità nel nucleo');
    await addField('Valore ISEE', 'ISEE del nucleo');
    await addField('Campo calcolato', 'Punteggio di priorità');

    const score = fieldPanel();
    const addRule = () => click(score.getByRole('button', { name: 'Aggiungi regola' }));
    await addRule(); // points if "Sfratto esecutivo" is yes (the first yes/no field)
    await fill(textbox(score, 'Punti della regola 1'), '10');
    await addRule();
    await choose(score, /^Tipo di regola 2/, 'Punti per ogni unità'); // the first number: "Figli minori"
    await fill(textbox(score, 'Punti per unità (regola 2)'), '2');
    await addRule();
    await choose(score, /^Campo della regola 3/, /^Disabilità nel nucleo/);
    await fill(textbox(score, 'Punti della regola 3'), '5');
    await addRule();
    await choose(score, /^Tipo di regola 4/, 'Punti per fasce');
    await choose(score, /^Campo della regola 4/, /^ISEE del nucleo/);
    await fill(textbox(score, 'Fascia 1: valore inferiore a'), '6000');
    await fill(textbox(score, 'Fascia 1: punti'), '5');

    const preview = udp.getByRole('region', { name: 'Anteprima' });
    await preview.getByRole('radiogroup', { name: 'Sfratto esecutivo' }).getByRole('radio', { name: 'Sì' }).check();
    await textbox(preview, 'Figli minori').fill('2');
    await waitForValue(textbox(preview, 'Punteggio di priorità'), '14');
    await screenshot(udp, 'forms-scoring-01-designer');

    await click(udp.getByRole('button', { name: 'Pubblica', exact: true }));
    await click(udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }));
    await udp.getByText('Versione 1 pubblicata').waitFor();
    console.log(`UI actions of the UdP to build and publish the scored form: ${actions}`);
    expect(actions).toBeLessThanOrEqual(50);

    const stored = (await app.db
      .query('plugin::forms.form-version')
      .findOne({ where: { form: { key: 'domanda-contributo-affitto' }, version: 1 } })) as {
      status: string;
      definition: { sections: { key: string; fields: { key: string; type: string; expression?: unknown }[] }[] };
    };
    expect(stored.status).toBe('published');
    const [section] = stored.definition.sections;
    expect(section.key).toBe('richiesta');
    expect(section.fields.map((field) => field.key)).toEqual([
      'informativaPrivacy',
      'sfrattoEsecutivo',
      'figliMinori',
      'disabilitaNucleo',
      'iseeNucleo',
      'punteggioPriorita',
    ]);
    expect(section.fields[5].expression).toEqual({
      '+': [
        { if: [{ '==': [{ var: 'sfrattoEsecutivo' }, true] }, 10, 0] },
        { '*': [2, { var: ['figliMinori', 0] }] },
        { if: [{ '==': [{ var: 'disabilitaNucleo' }, true] }, 5, 0] },
        { if: [{ '==': [{ var: 'iseeNucleo' }, null] }, 0, { '<': [{ var: 'iseeNucleo' }, 6000] }, 5, 0] },
      ],
    });
    // No English was typed: none is stored, so the English form shows the Italian, never "New field" or "Option A".
    expect(JSON.stringify(stored.definition)).not.toMatch(/New field|New section|Option A|"en"/);
  });

  it('an operator fills it and sees the score; the UdP finds the response and downloads the responses', async () => {
    const operator = await signIn('op.bussero');
    await operator.getByRole('menuitem', { name: 'Moduli' }).click();
    await operator.getByRole('link', { name: 'Compila: Domanda contributo affitto' }).click();
    await operator.getByText('I dati sono trattati dal Comune', { exact: false }).waitFor();
    await operator.getByRole('radiogroup', { name: 'Sfratto esecutivo' }).getByRole('radio', { name: 'Sì' }).check();
    await textbox(operator, 'Figli minori').fill('3');
    await operator.getByRole('radiogroup', { name: 'Disabilità nel nucleo' }).getByRole('radio', { name: 'No' }).check();
    await textbox(operator, 'ISEE del nucleo').fill('5000');
    await waitForValue(textbox(operator, 'Punteggio di priorità'), '21');
    await operator.getByRole('button', { name: 'Invia il modulo' }).click();
    await operator.getByText('Modulo inviato').waitFor();

    await udp.getByRole('tab', { name: 'Risposte' }).click();
    const table = udp.getByRole('table', { name: 'Risposte' });
    await table.getByRole('columnheader', { name: 'Punteggio di priorità' }).waitFor();
    await table.getByRole('row', { name: /op\.bussero .*Sì 3 No 5000 21/ }).waitFor();
    await screenshot(udp, 'forms-scoring-02-responses');
    const [download] = await Promise.all([
      udp.waitForEvent('download'),
      udp.getByRole('button', { name: 'Scarica CSV' }).click(),
    ]);
    const csv = fs.readFileSync((await download.path()) as string, 'utf8');
    expect(download.suggestedFilename()).toBe('risposte-domanda-contributo-affitto.csv');
    const [header, row] = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(row[header.indexOf('Punteggio di priorità')]).toBe('21');
    expect(row[header.indexOf('Sfratto esecutivo')]).toBe('Sì');
    expect(header).not.toContain('Informativa privacy');
  });
});
