import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { authHeader, http } from '../helpers/http';
import { launchBrowser, listen, screenshot, waitForValue } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;
let operator: Page;

const KEY = 'colloquio-e2e';
const BIRTH_DATE = '1950-03-10';

/** Whole years from a date to today in Italy, as the engine computes an age. */
function ageToday(birth: string): number {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Rome' }).format(new Date());
  const [y, m, d] = today.split('-').map(Number);
  const [by, bm, bd] = birth.split('-').map(Number);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

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

const textbox = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

/** In the designer: adds a field of a type to the (only) section and gives it its labels and key. */
async function addField(type: string, it: string, en: string, key: string) {
  await udp.getByRole('button', { name: 'Aggiungi campo', exact: true }).click();
  await udp.getByRole('menuitem', { name: type, exact: true }).click();
  const panel = udp.getByRole('region', { name: 'Proprietà del campo' });
  await textbox(panel, 'Etichetta (IT)').fill(it);
  await textbox(panel, 'Etichetta (EN)').fill(en);
  await textbox(panel, 'Chiave').fill(key);
  await textbox(panel, 'Chiave').press('Enter');
  return panel;
}

async function choose(scope: Page | Locator, combobox: RegExp, option: string) {
  await scope.getByRole('combobox', { name: combobox }).click();
  await udp.getByRole('option', { name: option, exact: true }).click();
}

async function saveAndPublish(version: number) {
  await udp.getByRole('button', { name: 'Pubblica', exact: true }).click();
  await udp.getByRole('dialog').getByRole('button', { name: 'Pubblica' }).click();
  await udp.getByText(`Versione ${version} pubblicata`).waitFor();
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('forms: the UdP designs and publishes, an operator fills, versions stay pinned', () => {
  let submissionId: string;

  it('the UdP creates a form with a conditional and a calculated field, previews it and publishes it', async () => {
    udp = await signIn('udp');
    await udp.getByRole('menuitem', { name: 'Progettazione moduli' }).click();
    await udp.getByRole('link', { name: 'Nuovo modulo' }).click();
    await textbox(udp, 'Chiave').fill(KEY);
    await textbox(udp, 'Titolo (italiano)').fill('Colloquio di prova');
    await textbox(udp, 'Titolo (inglese)').fill('Trial interview');
    await udp.getByRole('button', { name: 'Crea e progetta' }).click();
    await udp.waitForURL(`**/console/form-designs/${KEY}`);

    const section = udp.getByRole('region', { name: 'Proprietà della sezione' });
    await textbox(section, 'Titolo (IT)').fill('Persona');
    await textbox(section, 'Titolo (EN)').fill('Person');
    let panel = await addField('Data', 'Data di nascita', 'Birth date', 'birthDate');
    await panel.getByLabel('Obbligatorio').check();
    panel = await addField('Campo calcolato', 'Età', 'Age', 'age');
    await choose(panel, /^Tipo di calcolo/, 'Età da una data');
    await choose(panel, /^Campo data/, 'Data di nascita (birthDate)');
    panel = await addField('Sì / No', 'Vive solo/a', 'Lives alone', 'livesAlone');
    await panel.getByLabel('Obbligatorio').check();
    panel = await addField('Testo breve', 'Familiare di riferimento', 'Reference relative', 'caregiver');
    await panel.getByLabel('Obbligatorio').check();
    await panel.getByRole('button', { name: 'Aggiungi condizione' }).click();
    await choose(panel, /^Campo 1/, 'Vive solo/a (livesAlone)');
    await choose(panel, /^Confronto 1/, 'è no');
    panel = await addField('Numero intero', 'Figli minori', 'Minor children', 'children');
    await textbox(panel, 'Massimo').fill('10');

    const preview = udp.getByRole('region', { name: 'Anteprima' });
    await textbox(preview, 'Data di nascita').fill(BIRTH_DATE);
    await waitForValue(textbox(preview, 'Età'), String(ageToday(BIRTH_DATE)));
    await expect(textbox(preview, 'Familiare di riferimento').count()).resolves.toBe(0);
    await preview.getByRole('radiogroup', { name: 'Vive solo/a' }).getByRole('radio', { name: 'No' }).check();
    await textbox(preview, 'Familiare di riferimento').waitFor();
    await snap(udp, 'forms-01-designer');

    await udp.getByRole('button', { name: 'Salva bozza' }).click();
    await udp.getByText('Bozza della versione 1 salvata').waitFor();
    await saveAndPublish(1);

    const stored = (await app.db.query('plugin::forms.form-version').findOne({ where: { form: { key: KEY }, version: 1 } })) as {
      status: string;
      definition: { sections: { fields: Record<string, unknown>[] }[] };
    };
    expect(stored.status).toBe('published');
    const fields = stored.definition.sections[0].fields;
    expect(fields.map((field) => field.key)).toEqual(['birthDate', 'age', 'livesAlone', 'caregiver', 'children']);
    expect(fields[1]).toMatchObject({ type: 'calculated', expression: { age: [{ var: 'birthDate' }] }, resultType: 'integer' });
    expect(fields[3]).toMatchObject({ required: true, visibleWhen: { '==': [{ var: 'livesAlone' }, false] } });
    expect(fields[4]).toMatchObject({ type: 'integer', max: 10 });
  });

  it('an operator fills it: a wrong value is refused on its field, the right one is saved', async () => {
    operator = await signIn('op.bussero');
    await operator.getByRole('menuitem', { name: 'Moduli' }).click();
    await operator.getByRole('link', { name: 'Compila: Colloquio di prova' }).click();
    await textbox(operator, 'Data di nascita').fill(BIRTH_DATE);
    await waitForValue(textbox(operator, 'Età'), String(ageToday(BIRTH_DATE)));
    await operator.getByRole('radiogroup', { name: 'Vive solo/a' }).getByRole('radio', { name: 'No' }).check();
    await textbox(operator, 'Figli minori').fill('15');
    await operator.getByRole('button', { name: 'Invia il modulo' }).click();
    await expect(operator.locator('#field-children-helper-text').innerText()).resolves.toBe('non può superare 10');
    await expect(operator.locator('#field-caregiver-helper-text').innerText()).resolves.toBe('obbligatorio');
    await operator.getByText('Il modulo ha 2 errori da correggere').waitFor();
    // The keyboard lands on the first wrong input in the form's order.
    await expect(operator.evaluate(() => document.activeElement?.id)).resolves.toBe('field-caregiver');
    await snap(operator, 'forms-02-refused');
    expect(await app.db.query('plugin::forms.submission').count({ where: { form: { key: KEY } } })).toBe(0);

    const refused = await http(app)
      .post('/api/forms/submissions')
      .set(await authHeader(app, 'op.bussero'))
      .send({ form: KEY, data: { birthDate: BIRTH_DATE, livesAlone: true, children: 15 } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['data', 'children'], it: 'non può superare 10' }),
    ]);

    await textbox(operator, 'Figli minori').fill('2');
    await textbox(operator, 'Familiare di riferimento').fill('Maria Rossi');
    await operator.getByRole('button', { name: 'Invia il modulo' }).click();
    await operator.getByText('Modulo inviato').waitFor();
    await operator.waitForURL(/\/console\/form-submissions\/[^/]+$/);
    submissionId = decodeURIComponent(operator.url().split('/').pop() as string);
    await operator.getByText('Versione 1', { exact: true }).first().waitFor();
    await snap(operator, 'forms-03-saved');

    const saved = (await app.db
      .query('plugin::forms.submission')
      .findOne({ where: { documentId: submissionId }, populate: { formVersion: true } })) as {
      data: Record<string, unknown>;
      formVersion: { version: number };
    };
    expect(saved.formVersion.version).toBe(1);
    expect(saved.data).toEqual({
      birthDate: BIRTH_DATE,
      age: ageToday(BIRTH_DATE),
      livesAlone: false,
      caregiver: 'Maria Rossi',
      children: 2,
    });
  });

  it('the UdP publishes version 2; the first submission still opens under version 1', async () => {
    await udp.reload();
    await udp.getByRole('button', { name: 'Figli minori children · Numero intero' }).click();
    await udp.getByRole('button', { name: 'Duplica: Figli minori' }).click();
    const panel = udp.getByRole('region', { name: 'Proprietà del campo' });
    await textbox(panel, 'Etichetta (IT)').fill('Figli maggiorenni');
    await textbox(panel, 'Etichetta (EN)').fill('Adult children');
    await textbox(panel, 'Chiave').fill('adultChildren');
    await textbox(panel, 'Chiave').press('Enter');

    // A cross-field rule, built without typing code: at most 7 minor children, the message on that field.
    const rules = udp.getByRole('region', { name: 'Regole tra campi' });
    await rules.getByRole('button', { name: 'Aggiungi regola' }).click();
    const rule = rules.getByRole('group', { name: 'Regola 1' });
    const assert = rule.getByRole('group', { name: 'Deve essere vero che' });
    await assert.getByRole('button', { name: 'Aggiungi condizione' }).click();
    await choose(assert, /^Campo 1/, 'Figli minori (children)');
    await choose(assert, /^Confronto 1/, 'è minore di');
    await textbox(assert, 'Valore 1').fill('8');
    await textbox(rule, 'Messaggio (IT)').fill('Al massimo 7 figli minori per questo servizio');
    await textbox(rule, 'Messaggio (EN)').fill('At most 7 minor children for this service');
    await rule.getByRole('combobox', { name: /^Campi su cui mostrare il messaggio/ }).click();
    await udp.getByRole('option', { name: 'Figli minori (children)' }).click();
    await udp.getByRole('option', { name: 'Data di nascita (birthDate)' }).click(); // the new rule's default field, deselected
    await udp.keyboard.press('Escape');
    // A condition naming a field the form does not have is reported on the rule, live.
    await assert.getByLabel('Mostra JSON Logic').check();
    const json = textbox(assert, 'Condizione (JSON Logic)');
    await json.fill('{"<": [{"var": "minorChildren"}, 8]}');
    await rule.getByRole('alert', { name: 'Problemi della regola 1' }).getByText('minorChildren', { exact: false }).waitFor();
    await snap(udp, 'forms-04-rule-problem');
    await json.fill('{"<": [{"var": "children"}, 8]}');
    await expect(rule.getByRole('alert', { name: 'Problemi della regola 1' }).count()).resolves.toBe(0);

    await udp
      .getByRole('textbox', { name: 'Nota sulle modifiche' })
      .fill('Aggiunti i figli maggiorenni e il limite di figli minori');
    await saveAndPublish(2);
    const v2 = (await app.db.query('plugin::forms.form-version').findOne({ where: { form: { key: KEY }, version: 2 } })) as {
      definition: { rules?: unknown[] };
    };
    expect(v2.definition.rules).toEqual([
      {
        key: 'rule_1',
        assert: { '<': [{ var: 'children' }, 8] },
        message: { it: 'Al massimo 7 figli minori per questo servizio', en: 'At most 7 minor children for this service' },
        paths: ['children'],
      },
    ]);
    const checked = await http(app)
      .post(`/api/forms/definitions/${KEY}/validate`)
      .set(await authHeader(app, 'op.bussero'))
      .send({ data: { birthDate: BIRTH_DATE, livesAlone: true, children: 9 } });
    expect(checked.status).toBe(400);
    expect(checked.body.error.details.errors).toEqual([
      expect.objectContaining({ path: ['data', 'children'], it: 'Al massimo 7 figli minori per questo servizio' }),
    ]);

    await udp.getByRole('tab', { name: 'Versioni' }).click();
    await udp.getByRole('cell', { name: 'Figli maggiorenni (adultChildren)' }).waitFor();
    await snap(udp, 'forms-05-versions');

    await operator.getByRole('menuitem', { name: 'Le mie compilazioni' }).click();
    await operator.getByRole('row', { name: /Colloquio di prova 1 .* Modificabile/ }).waitFor();
    await operator.getByRole('link', { name: 'Colloquio di prova' }).click();
    await operator.getByText('Compilato con la versione 1 del modulo', { exact: false }).waitFor();
    await operator.getByText('Versione sostituita').waitFor();
    await waitForValue(textbox(operator, 'Figli minori'), '2');
    await expect(textbox(operator, 'Figli maggiorenni').count()).resolves.toBe(0);
    await snap(operator, 'forms-06-pinned');

    const opened = await http(app)
      .get(`/api/forms/submissions/${submissionId}`)
      .set(await authHeader(app, 'op.bussero'));
    expect(opened.body.data).toMatchObject({ version: 1, versionStatus: 'retired', editable: true });
    const published = await http(app)
      .get(`/api/forms/definitions/${KEY}/published`)
      .set(await authHeader(app, 'op.bussero'));
    expect(published.body.data.version).toBe(2);
    expect(published.body.data.definition.sections[0].fields.map((field: { key: string }) => field.key)).toContain(
      'adultChildren'
    );
  });
});
