import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';
import { authHeader, documentIdOf, http } from '../helpers/http';

/**
 * What the UdP configures on a service reaches the operator's case page (issue 14.1-2): the UdP attaches a
 * published form and a published workflow to a service in the console ("Percorso della pratica", pickers only);
 * the operator opens a case of it (the workflow starts by itself), sees the form "Da compilare", the blocked
 * transition naming the missing form, fills the form in place, and moves the case on; the UdP reads the case in
 * its workflow list as words, never as an id.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
const ids: Record<string, string> = {};
const t = (it: string, en: string) => ({ it, en });
const CASE = 'api::case.case';

jest.setTimeout(600_000);

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  // The form and the workflow are designed and published beforehand (their designers have journeys of their own).
  const udp = await authHeader(app, 'udp');
  const send = async (url: string, body: object, status: number) => {
    const response = await http(app).post(url).set(udp).send(body);
    if (response.status !== status) throw new Error(`${url}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.data;
  };
  await send(
    '/api/forms/definitions',
    {
      data: {
        key: 'domanda-contributo-affitto',
        title: t('Domanda contributo affitto', 'Rent contribution application'),
        roles: ['operator', 'udp'],
        definition: {
          sections: [
            {
              key: 'domanda',
              title: t('Domanda', 'Application'),
              fields: [
                {
                  type: 'integer',
                  key: 'minori',
                  label: t('Minori nel nucleo', 'Minors in the household'),
                  required: true,
                  min: 0,
                  max: 20,
                },
              ],
            },
          ],
        },
      },
    },
    201
  );
  await send('/api/forms/definitions/domanda-contributo-affitto/publish', {}, 200);
  await send(
    '/api/workflows/definitions',
    {
      data: {
        key: 'richiesta-contributo-affitto',
        name: t('Richiesta contributo affitto', 'Rent contribution request'),
        contentType: CASE,
        definition: {
          start: { roles: ['operator', 'udp'] },
          states: [
            { key: 'presentata', label: t('Presentata', 'Submitted'), kind: 'initial', colour: '#1565c0' },
            {
              key: 'istruttoria',
              label: t('Istruttoria', 'Review'),
              kind: 'normal',
              colour: '#f9a825',
              deadline: { workingDays: 30 },
            },
            { key: 'approvata', label: t('Approvata', 'Approved'), kind: 'final', colour: '#2e7d32' },
          ],
          transitions: [
            {
              key: 'avvia-istruttoria',
              from: 'presentata',
              to: 'istruttoria',
              label: t('Avvia istruttoria', 'Start review'),
              roles: ['operator'],
            },
            { key: 'approva', from: 'istruttoria', to: 'approvata', label: t('Approva', 'Approve'), roles: ['udp'] },
          ],
        },
      },
    },
    201
  );
  await send('/api/workflows/definitions/richiesta-contributo-affitto/publish', {}, 200);
  const area = await documentIdOf(app, 'api::area.area', { code: 'contrasto-poverta' });
  ids.service = (
    await send(
      '/api/services',
      { data: { code: 'contributo-affitto', name: 'Contributo affitto', procurementMode: 'gestione-diretta', area } },
      201
    )
  ).documentId;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

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

/** Opens a select and picks an option by its visible name; the choices may arrive after the page, so retry. */
async function pick(page: Page, label: string, option: string | RegExp) {
  const box = page.getByRole('combobox', { name: label }).last();
  for (let attempt = 1; ; attempt += 1) {
    await box.click();
    try {
      await page.getByRole('option', { name: option }).first().click({ timeout: 10_000 });
      return;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}

describe('a service configured by the UdP drives the case page', () => {
  let caseUrl = '';

  it('the UdP attaches the published workflow and form to the service, with pickers only', async () => {
    const page = await signIn('udp');
    await page.goto(`${base}/console/services/${ids.service}`);
    const path = page.locator('section').filter({ has: page.getByRole('heading', { name: 'Percorso della pratica' }) });
    await path.waitFor();
    await pick(page, 'Flusso della pratica', 'Richiesta contributo affitto');
    await path.getByRole('button', { name: 'Aggiungi' }).click();
    await pick(page, 'Modulo', 'Domanda contributo affitto');
    await pick(page, 'Scopo', 'Valutazione');
    await page.getByRole('checkbox', { name: 'Operatore comunale' }).check();
    await pick(page, 'Richiesto per il passaggio', 'Avvia istruttoria (Presentata → Istruttoria)');
    await screenshot(page, 'case-config-01-service-path');
    await page.getByRole('button', { name: 'Salva' }).click();
    await page.getByText('Elemento aggiornato').waitFor();
    const stored = (await app.db
      .query('api::service.service')
      .findOne({ where: { documentId: ids.service }, select: ['caseWorkflow', 'caseForms'] })) as Record<string, unknown>;
    expect(stored).toMatchObject({
      caseWorkflow: 'richiesta-contributo-affitto',
      caseForms: [
        { form: 'domanda-contributo-affitto', purpose: 'valutazione', roles: ['operator'], requiredBefore: 'avvia-istruttoria' },
      ],
    });
    await page.context().close();
  });

  it('the operator opens a case of the service: its workflow starts, the form is to fill and blocks the move', async () => {
    const page = await signIn('op.bussero');
    await page.goto(`${base}/console/cases/create`);
    await page.getByLabel('Cognome', { exact: true }).fill('Affittoprova');
    await page.getByLabel('Nome', { exact: true }).fill('Marta');
    await page.getByRole('combobox', { name: 'Comune' }).filter({ hasText: 'Bussero' }).waitFor();
    const service = page.getByRole('combobox', { name: 'Servizio' });
    await service.click();
    await service.fill('Contributo');
    await page.getByRole('option', { name: 'Contributo affitto', exact: true }).click();
    await page.getByRole('button', { name: 'Registra e apri la cartella' }).click();
    await page.waitForURL(/\/console\/cases\/[^/]+\/show$/);
    caseUrl = page.url();

    const forms = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Domanda contributo affitto' }) });
    await forms.getByText('Richiesto ora').waitFor();
    await page.getByText('Presentata', { exact: true }).first().waitFor();
    await page.getByText('Per passare a Istruttoria serve il modulo Domanda contributo affitto').waitFor();
    expect(await page.getByRole('button', { name: 'Avvia istruttoria' }).isDisabled()).toBe(true);
    await screenshot(page, 'case-config-02-case-forms');

    await forms.getByRole('button', { name: 'Compila: Domanda contributo affitto' }).click();
    await page.getByLabel('Minori nel nucleo').fill('2');
    await page.getByRole('button', { name: 'Invia il modulo' }).click();
    await page.getByText('Modulo salvato nella pratica').waitFor();
    await forms.getByText('Compilato', { exact: true }).waitFor();
    await forms.getByText(/Compilato da op\.bussero il/).waitFor();
    await page.getByRole('button', { name: 'Avvia istruttoria' }).click();
    await page.getByText('Istruttoria', { exact: true }).first().waitFor();
    await screenshot(page, 'case-config-03-moved');
    const caseId = caseUrl.split('/').at(-2) as string;
    const submissions = (await app.db
      .query('plugin::forms.submission')
      .findMany({ where: { subjectType: CASE, subjectId: caseId } })) as unknown[];
    expect(submissions).toHaveLength(1);
    const instance = (await app.db.query('plugin::workflows.instance').findOne({ where: { subjectId: caseId } })) as {
      state: string;
      workflowKey: string;
    };
    expect(instance).toMatchObject({ workflowKey: 'richiesta-contributo-affitto', state: 'istruttoria' });
    await page.context().close();
  });

  it("the UdP's list of running workflows describes the case in words, without personal data", async () => {
    const page = await signIn('udp');
    await page.goto(`${base}/console/workflow-instances`);
    const row = page.getByRole('row').filter({ hasText: 'Richiesta contributo affitto' });
    await row.getByText(/Contributo affitto · Bussero · aperta dal \d{2}\/\d{2}\/\d{4}/).waitFor();
    expect(await row.textContent()).not.toMatch(/Affittoprova|Marta/);
    await screenshot(page, 'case-config-04-udp-instances');
    await page.context().close();
  });
});
