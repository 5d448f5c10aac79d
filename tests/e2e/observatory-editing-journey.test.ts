import type { Browser, Locator, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';
import { authHeader, http } from '../helpers/http';

let app: Core.Strapi;
let browser: Browser;
let base: string;

const YEAR = new Date().getFullYear();
type Intake = { operator: string; comune: string; month: number; needs: string[] };
/** This year's segretariato intakes, filed by the operators through the forms engine. */
const INTAKES: Intake[] = [
  { operator: 'op.bussero', comune: 'Bussero', month: 1, needs: ['casa', 'lavoro'] },
  { operator: 'op.bussero', comune: 'Bussero', month: 2, needs: ['casa'] },
  { operator: 'op.bussero', comune: 'Bussero', month: 3, needs: ['reddito'] },
  { operator: 'op.carugate', comune: 'Carugate', month: 2, needs: ['casa'] },
];
/** Counted by hand from INTAKES: intakes that report housing this year, in the district and in Bussero. */
const HOUSING = { district: 3, bussero: 2 };

const OBJECTIVE = { name: 'Sostegno all’abitare nei 9 comuni', code: `abitare-${YEAR}` };
const INDICATOR = { name: 'Accessi con bisogno abitativo', code: `accessi-abitare-${YEAR}` };

async function fileIntakes(): Promise<void> {
  const comuni = (await app.db.query('api::municipality.municipality').findMany({ select: ['documentId', 'name'] })) as {
    documentId: string;
    name: string;
  }[];
  for (const [i, intake] of INTAKES.entries()) {
    const response = await http(app)
      .post('/api/forms/submissions')
      .set(await authHeader(app, intake.operator))
      .send({
        form: 'segretariato-intake',
        data: {
          accessDate: `${YEAR}-${String(intake.month).padStart(2, '0')}-1${i}`,
          municipality: comuni.find((c) => c.name === intake.comune)!.documentId,
          accessChannel: 'spontaneo',
          firstName: 'Persona',
          lastName: `Prova ${i}`,
          phone: '333 123 4567',
          needAreas: intake.needs,
          requestText: 'Chiede un alloggio',
          outcome: 'informazione',
          privacyNoticeGiven: true,
        },
      });
    if (response.status !== 201) throw new Error(`intake ${i}: ${response.status} ${JSON.stringify(response.body)}`);
  }
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  await fileIntakes();
  base = await listen(app);
  browser = await launchBrowser();
}, 600000); // Strapi and the demo data: minutes on a loaded machine with PostgreSQL.

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

async function logIn(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(/Benvenuto/).waitFor();
  return page;
}

/** Opens a select (MUI) by its label and picks an option. */
async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp): Promise<void> {
  await scope.getByRole('combobox', { name: label }).click();
  const page = 'page' in scope ? scope.page() : scope;
  await page.getByRole('option', { name: option }).click();
}

/** The text of a preview or values table cell for one year. */
const yearRow = (scope: Locator, year: number) => scope.locator(`tr[data-year="${year}"]`);

/** Waits until `locator`'s text contains `text` (values the page refreshes after a save or a computation). */
async function waitForText(locator: Locator, text: string): Promise<void> {
  await locator.filter({ hasText: text }).first().waitFor();
}

describe('the Ufficio di Piano maintains the observatory from the console', () => {
  it('creates an objective and an indicator computed over the data (with a preview), records values, edits a population row', async () => {
    const page = await logIn('udp');

    // A new objective; a code already in use is refused by the server, its message under "Codice".
    await page.getByRole('menuitem', { name: 'Obiettivi' }).click();
    await page.locator('tbody tr').first().waitFor();
    await page.getByRole('link', { name: 'Crea' }).click();
    await page.getByRole('textbox', { name: 'Nome obiettivo' }).fill(OBJECTIVE.name);
    await page.getByLabel('Strategico').check();
    await choose(page, /^Area/, 'Contrasto alla povertà');
    await page.getByLabel('Codice').fill('pdz-2020-segretariato-sociale');
    await page.getByLabel('Bisogni', { exact: true }).fill('Nuclei in emergenza abitativa; lista di attesa della rete housing.');
    await page
      .getByLabel('Interventi e azioni')
      .fill('Criteri di priorità uniformi, posti della rete housing, accompagnamento educativo.');
    await page.getByLabel('Servizi collegati').fill('housing');
    await page
      .getByRole('option', { name: /housing/i })
      .first()
      .click();
    await page.getByLabel('Decisioni della governance collegate').fill('criteri');
    await page.getByRole('option', { name: /criteri di priorità uniformi/ }).click();
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('codice già usato', { exact: true }).waitFor();
    await expect(page.getByRole('textbox', { name: 'Codice' }).getAttribute('aria-invalid')).resolves.toBe('true');
    await screenshot(page, 'observatory-edit-01-objective-refused');
    await page.getByLabel('Codice').fill(OBJECTIVE.code);
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByRole('heading', { level: 1, name: OBJECTIVE.name }).waitFor();
    await page.getByText("Adottare criteri di priorità uniformi per l'accesso alla rete housing distrettuale.").waitFor();
    await screenshot(page, 'observatory-edit-02-objective');

    // An indicator of this objective: intakes reporting a housing need, counted by the system.
    await page.getByRole('link', { name: 'Aggiungi indicatore' }).click();
    await page.getByRole('textbox', { name: 'Nome indicatore' }).fill(INDICATOR.name);
    await page.getByLabel('Unità').fill('persone');
    await page.getByLabel('Codice').fill(INDICATOR.code);
    await waitForText(page.getByRole('combobox', { name: /^Obiettivo/ }), OBJECTIVE.name);
    await choose(page, /^Modulo/, 'Scheda di accesso – Segretariato sociale');
    await choose(page, /^Campo data/, 'Data del colloquio (accessDate)');
    const preview = page.getByTestId('indicator-preview');
    // No condition yet: every intake of the year.
    await waitForText(yearRow(preview, YEAR), String(INTAKES.length));
    await page.getByRole('button', { name: 'Aggiungi una condizione' }).click();
    const condition = page.locator('.RaSimpleFormIterator-line').first();
    await choose(condition, /^Campo/, 'Aree di bisogno (needAreas)');
    await choose(condition, /^Condizione/, 'comprende');
    await choose(condition, /^Valore/, 'Casa e abitare');
    await waitForText(yearRow(preview, YEAR), `${HOUSING.district} persone`);
    await choose(preview, /^Comune/, 'Bussero');
    await waitForText(yearRow(preview, YEAR), `${HOUSING.bussero} persone`);
    await screenshot(page, 'observatory-edit-03-indicator-preview');
    await page.getByRole('button', { name: 'Salva' }).click();

    // Saved: the edit page records this year's computed value and last year's from a report.
    const snapshot = page.getByTestId('indicator-snapshot');
    await snapshot.waitFor();
    await snapshot.getByLabel('Anno').fill(String(YEAR));
    await snapshot.getByRole('button', { name: 'Registra il valore calcolato' }).click();
    const values = page.getByTestId('indicator-values');
    await waitForText(yearRow(values, YEAR), 'Calcolato dal sistema');
    const manual = page.getByTestId('indicator-set-value');
    await manual.getByLabel('Anno').fill(String(YEAR - 1));
    await manual.getByLabel('Valore').fill('41');
    await manual.getByLabel('Fonte').fill(`Relazione del segretariato ${YEAR - 1}`);
    await manual.getByRole('button', { name: 'Registra il valore' }).click();
    await waitForText(yearRow(values, YEAR - 1), `Relazione del segretariato ${YEAR - 1}`);
    await screenshot(page, 'observatory-edit-04-indicator-values');
    const stored = await app.db
      .query('plugin::observatory.indicator')
      .findOne({ where: { code: INDICATOR.code }, populate: { values: true, objective: true } });
    expect(stored.objective.code).toBe(OBJECTIVE.code);
    expect(stored.computation.answers).toEqual([{ field: 'needAreas', op: 'includes', value: 'casa' }]);
    const byYear = Object.fromEntries(
      stored.values.map((v: { year: number; value: unknown; source: string }) => [v.year, [Number(v.value), v.source]])
    );
    expect(byYear[YEAR][0]).toBe(HOUSING.district);
    expect(byYear[YEAR - 1]).toEqual([41, `Relazione del segretariato ${YEAR - 1}`]);

    // The indicators list shows the latest value; the objective's page both years.
    await page.getByRole('menuitem', { name: 'Indicatori', exact: true }).click();
    await waitForText(page.locator('tbody tr').filter({ hasText: INDICATOR.name }), `${YEAR}: ${HOUSING.district} persone`);
    await page.getByRole('menuitem', { name: 'Obiettivi' }).click();
    await choose(page, /^Periodo/, `${YEAR}-${YEAR + 2}`);
    await page.locator('tbody tr').filter({ hasText: OBJECTIVE.name }).click();
    const card = page.getByTestId('observatory-indicator').filter({ hasText: INDICATOR.name });
    await waitForText(yearRow(card, YEAR - 1), '41');
    await waitForText(yearRow(card, YEAR), String(HOUSING.district));
    await screenshot(page, 'observatory-edit-05-objective-with-indicator');

    // A population row: the UdP corrects Bussero's 0-3 band and types the published ageing index.
    await page.getByRole('menuitem', { name: 'Dati demografici' }).click();
    const bussero = page.locator('tbody tr').filter({ hasText: 'Bussero' }).first();
    await bussero.getByRole('link', { name: 'Modifica' }).click();
    const young = page.getByLabel('0-3 anni');
    await young.waitFor();
    const row = await app.db.query('plugin::observatory.demographic').findOne({ where: { municipality: { name: 'Bussero' } } });
    const newYoung = row.age0to3 + 100;
    await young.fill(String(newYoung));
    const ageing = ((row.age65to85 + row.over85) / (newYoung + row.age4to14)) * 100; // over 65 / 0-14 × 100, by hand
    const ageingCell = page.getByTestId('demographic-indices').locator('tr[data-index="ageingIndex"]');
    await waitForText(ageingCell, ageing.toLocaleString('it-IT', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
    await ageingCell.getByRole('spinbutton').fill('150');
    await waitForText(
      ageingCell,
      (Math.round((ageing - 150) * 10) / 10).toLocaleString('it-IT', { minimumFractionDigits: 1, signDisplay: 'exceptZero' })
    );
    await screenshot(page, 'observatory-edit-06-population');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.locator('tbody tr').first().waitFor();
    await waitForText(page.locator('tbody tr').filter({ hasText: 'Bussero' }).first(), newYoung.toLocaleString('it-IT'));
    const saved = await app.db.query('plugin::observatory.demographic').findOne({ where: { id: row.id } });
    expect(saved.age0to3).toBe(newYoung);
    expect(saved.published.ageingIndex).toBe(150);
    expect(saved.figures).toEqual(row.figures); // the other per-comune tables are kept
    await page.context().close();
  });

  it('an operator sees no editing buttons, and the server refuses their writes (403)', async () => {
    const page = await logIn('op.bussero');
    await page.getByRole('menuitem', { name: 'Obiettivi' }).click();
    await page.locator('tbody tr').first().waitFor();
    await expect(page.getByRole('link', { name: 'Crea' }).count()).resolves.toBe(0);
    await page.locator('tbody tr').first().click();
    await page.getByText('Indicatori di esito e valutazione').waitFor();
    await expect(page.getByRole('link', { name: 'Modifica' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Aggiungi indicatore' }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: 'Modifica e registra valori' }).count()).resolves.toBe(0);
    await page.getByRole('menuitem', { name: 'Dati demografici' }).click();
    await page.locator('tbody tr').first().waitFor();
    await expect(page.getByRole('link', { name: 'Modifica' }).count()).resolves.toBe(0);
    await screenshot(page, 'observatory-edit-07-operator');
    await page.context().close();

    const operator = await authHeader(app, 'op.bussero');
    const indicator = await app.db
      .query('plugin::observatory.indicator')
      .findOne({ where: { method: 'manual' }, populate: { values: true } });
    const demographic = await app.db
      .query('plugin::observatory.demographic')
      .findOne({ where: { municipality: { name: 'Bussero' } } });
    const writes = [
      http(app)
        .post('/api/observatory/objectives')
        .set(operator)
        .send({ data: { code: 'op-objective', name: 'x', type: 'specifico', periodFrom: 2024, periodTo: 2025 } }),
      http(app)
        .put(`/api/observatory/indicators/${indicator.documentId}/values/2020`)
        .set(operator)
        .send({ data: { value: 1, source: 'operatore' } }),
      http(app)
        .post('/api/observatory/indicators/preview?from=2024&to=2024')
        .set(operator)
        .send({ data: { computation: { source: 'meetings', aggregate: 'count' } } }),
      http(app)
        .put(`/api/observatory/demographics/${demographic.documentId}`)
        .set(operator)
        .send({ data: { age0to3: 1 } }),
    ];
    for (const write of writes) expect((await write).status).toBe(403);
    expect(await app.db.query('plugin::observatory.objective').findOne({ where: { code: 'op-objective' } })).toBeNull();
    const after = await app.db
      .query('plugin::observatory.indicator')
      .findOne({ where: { id: indicator.id }, populate: { values: true } });
    expect(after.values.map((v: { year: number }) => v.year).sort()).toEqual(
      indicator.values.map((v: { year: number }) => v.year).sort()
    );
    expect((await app.db.query('plugin::observatory.demographic').findOne({ where: { id: demographic.id } })).age0to3).toBe(
      demographic.age0to3
    );
  });

  it('the server names an unknown linked decision (400) and creates nothing', async () => {
    const response = await http(app)
      .post('/api/observatory/objectives')
      .set(await authHeader(app, 'udp'))
      .send({
        data: {
          code: 'with-unknown-decision',
          name: 'x',
          type: 'specifico',
          periodFrom: 2024,
          periodTo: 2025,
          decisions: ['not-a-decision'],
        },
      });
    expect(response.status).toBe(400);
    expect(response.body.error.details.errors.map((e: { path: string[] }) => e.path.join('.'))).toEqual(['data.decisions']);
    expect(response.body.error.details.errors[0].it).toContain('not-a-decision');
    expect(await app.db.query('plugin::observatory.objective').findOne({ where: { code: 'with-unknown-decision' } })).toBeNull();
  });
});
