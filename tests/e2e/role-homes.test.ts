import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * Each role's home shows its own work, counted from the demo's live data, each item a link to its page;
 * and no screen a role visits shows a technical identifier (content-type uid, raw id, role or state key,
 * HTML tag, JSON path) or the same words twice.
 */
const PASSWORD = 'Demo!Ambito2026';

/** What each role's home shows (the labels of its items and of its lists). */
const HOME: Record<string, string[]> = {
  udp: [
    'Passaggi in ritardo',
    'Verbali in revisione',
    'Organismi con problemi di composizione',
    'Accreditamenti in scadenza entro 60 giorni',
    `Indicatori senza il valore del ${new Date().getFullYear()}`,
    'Moduli in bozza',
  ],
  'op.bussero': ['Le mie cartelle per urgenza', 'Compiti in scadenza', 'Invii in attesa di risposta'],
  'ente.demo': ['Invii da accettare', 'Voucher da utilizzare'],
  'tavolo.demo': ['Prossime sedute', 'Verbali da rivedere', 'Verbali pubblicati'],
};

const IN_REVIEW = `/governance-minutes?filter=${encodeURIComponent('{"state":"in-review"}')}`;
/** The lists each role works in; each list's first record is opened too (and a case's tabs, a minutes' edit page). */
const PAGES: Record<string, string[]> = {
  udp: [
    '/workflow-designs',
    '/workflow-instances',
    '/workflow-tasks',
    IN_REVIEW,
    '/governance-minutes',
    '/governance-meetings',
    '/cases',
  ],
  'op.bussero': ['/cases', '/workflow-tasks', '/workflow-instances', '/referrals'],
  'ente.demo': ['/referrals', '/vouchers', '/cases'],
  'tavolo.demo': ['/governance-meetings', IN_REVIEW, '/governance-minutes', '/workflow-tasks'],
};
/** Pages of a record beyond the one a list opens: the case's history and person, the minutes' editor. */
const MORE: [RegExp, string[]][] = [
  [/\/cases\/[^/]+\/show$/, ['/timeline', '/person']],
  [/\/governance-minutes\/[^/]+\/show$/, ['#edit']],
];

/** What must never be read on a screen, and why. */
const TECHNICAL: [string, RegExp][] = [
  ['content-type uid', /\b(api|plugin)::[\w.-]+/],
  ['raw id (documentId)', /\b(?=[a-z0-9]*\d)(?=[a-z0-9]*[a-z])[a-z0-9]{24}\b/],
  ['role key in quotes', /["'“«‘](udp|operator|provider|table-member|authenticated)["'”»’]/],
  ['HTML tag', /<\/?(p|div|span|strong|em|b|i|u|ul|ol|li|br|a|h[1-6])(\s[^>]*)?\/?>/i],
  ['JSON path', /\b[A-Za-z]+\.\d+\.[A-Za-z]/],
  ['state keys in a transition', /\b[a-z][a-z_-]*\s*(→|->)\s*[a-z][a-z_-]*\b/],
  ['a word doubled', /\b(Verbale|Seduta|Cartella) \1\b/],
  ['Italian and English side by side', /\b(Apertura della revisione|Revisione aperta) \/ Review/],
];

let app: Core.Strapi;
let browser: Browser;
let base: string;

async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  await page
    .locator('.RaLoadingIndicator-loader, .RaLoading-root, [role="progressbar"]')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
}

async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({
    locale: 'it-IT',
    viewport: { width: 1400, height: 900 },
    timezoneId: 'Europe/Rome',
  });
  const page = await context.newPage();
  await page.goto(`${base}/console/`);
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.locator('button[type="submit"]').click();
  await page.getByText(`Benvenuto, ${username}`).waitFor();
  return page;
}

/** The technical identifiers in the page's visible text, each with the line it sits in. */
async function technicalWords(page: Page, where: string): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found: string[] = [];
  for (const line of text.split('\n')) {
    for (const [what, pattern] of TECHNICAL) {
      const match = line.match(pattern);
      if (match) found.push(`${where} — ${what}: "${match[0]}" in "${line.trim().slice(0, 160)}"`);
    }
  }
  return found;
}

/** Opens the first record of the list on screen (a link to one of its own records first), if it has one; returns its path. */
async function openFirstRecord(page: Page, listPath: string): Promise<string | null> {
  const own = page.locator(`tbody a[href*="${listPath}/"]`).first();
  const row =
    (await own.count()) > 0
      ? own
      : page.locator('tbody tr.RaDatagrid-clickableRow, tbody tr.RaDataTable-clickableRow, tbody tr a[href*="/show"]').first();
  if ((await row.count()) === 0) return null;
  await row.click();
  await page.waitForURL((url) => !url.pathname.endsWith(listPath), { timeout: 10000 }).catch(() => undefined);
  await settle(page);
  const path = new URL(page.url()).pathname;
  return path.endsWith(listPath) ? null : path;
}

/** The technical words on a record's page and on its further pages (MORE), noting each page read. */
async function readRecord(page: Page, username: string, record: string, visited: string[]): Promise<string[]> {
  const found = await technicalWords(page, `${username} ${record}`);
  visited.push(record);
  for (const [pattern, tails] of MORE) {
    if (!pattern.test(record)) continue;
    for (const tail of tails) {
      // `#edit`: the record's edit page (its path without `/show`).
      const at = tail === '#edit' ? record.replace(/\/show$/, '') : `${record}${tail}`;
      await page.goto(`${base}${at}`);
      await settle(page);
      found.push(...(await technicalWords(page, `${username} ${at}`)));
      visited.push(at);
    }
  }
  return found;
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

describe('each role greets its work, in words', () => {
  it.each(Object.keys(HOME))(
    '%s: the home shows its work, each item linking to its page, and no screen it visits shows a technical identifier',
    async (username) => {
      const page = await signIn(username);
      const work = page.getByRole('region', { name: 'Da fare' });
      for (const label of HOME[username]) await work.getByText(label, { exact: false }).first().waitFor();
      await settle(page);
      await screenshot(page, `role-home-${username}`);
      // Every item of the home is a link into the console.
      const links = await work
        .locator('a[href]')
        .evaluateAll((anchors) => anchors.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links.length).toBeGreaterThan(0);
      for (const link of links) expect(link).toMatch(/^\/console\/[a-z-]+/);

      const found = await technicalWords(page, `${username} home`);
      const visited: string[] = [];
      // The first row of the home's list (a case file, a meeting) opens its page.
      const firstRow = work.locator('a.MuiListItemButton-root').first();
      if ((await firstRow.count()) > 0) {
        await firstRow.click();
        await page.waitForURL((url) => url.pathname !== '/console/' && url.pathname !== '/console', { timeout: 10000 });
        await settle(page);
        const opened = new URL(page.url()).pathname;
        expect(opened).toMatch(/^\/console\/[a-z-]+(\/[^/]+\/show)?/);
        found.push(...(await readRecord(page, username, opened, visited)));
      }
      for (const path of PAGES[username]) {
        await page.goto(`${base}/console${path}`);
        await settle(page);
        found.push(...(await technicalWords(page, `${username} ${path}`)));
        visited.push(path);
        const record = await openFirstRecord(page, path.split('?')[0]);
        if (record) found.push(...(await readRecord(page, username, record, visited)));
      }
      await page.context().close();
      // The pages read, for the person reading the log.
      console.log(`${username}: ${visited.length} pages read\n${visited.join('\n')}`);
      expect(found.join('\n')).toBe('');
    },
    300000
  );
});
