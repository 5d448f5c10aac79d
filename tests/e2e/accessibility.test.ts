import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * WCAG 2.1 AA (what AgID's guidelines and EN 301 549 ask of a public administration's software):
 * axe-core's WCAG 2.0/2.1 A and AA rules on the sign-in page and on every page of the console's menu,
 * as each role sees it, plus one record page per list where the list opens one.
 */
// Evaluated through the DevTools protocol: the console's Content Security Policy stays as it is.
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const ALL_AREAS = [
  'Catalogo',
  'Cartelle',
  'Moduli e percorsi',
  'Governance',
  'Quote e tariffe',
  'Osservatorio',
  'Amministrazione',
];
/** The menu's areas each role sees: a table member has no case files and no co-payments, a provider no observatory. */
const AREAS_BY_ROLE: Record<string, string[]> = {
  udp: ALL_AREAS,
  'op.bussero': ALL_AREAS,
  'tavolo.demo': ['Catalogo', 'Moduli e percorsi', 'Governance', 'Osservatorio', 'Amministrazione'],
  'ente.demo': ['Catalogo', 'Cartelle', 'Moduli e percorsi', 'Governance', 'Amministrazione'],
};
const ROLES = Object.keys(AREAS_BY_ROLE);
/** Pages outside the side menu, reached from the user menu: audited for every role too. */
const USER_MENU_PATHS = ['/console/profile'];
/** What each role's home counts for it (each a link to the page where the work is done). */
const HOME_WORK: Record<string, string[]> = {
  udp: ['Compiti aperti', 'Verbali in revisione', 'Moduli in bozza'],
  'op.bussero': ['Compiti aperti', 'Compiti in scadenza', 'Invii in attesa di risposta'],
  'tavolo.demo': ['Compiti aperti', 'Verbali da rivedere', 'Verbali pubblicati'],
  'ente.demo': ['Invii da accettare', 'Voucher da utilizzare'],
};

interface Violation {
  rule: string;
  help: string;
  /** axe's explanation for the first element (for contrast: the colours and the ratio). */
  detail: string;
  targets: string[];
}

let app: Core.Strapi;
let browser: Browser;
let base: string;

/** Waits for the page's data: no request in flight and react-admin's loading bar gone. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => undefined);
  await page
    .locator('.RaLoadingIndicator-loader, .RaLoading-root')
    .first()
    .waitFor({ state: 'hidden', timeout: 5000 })
    .catch(() => undefined);
}

/** axe-core's WCAG A/AA violations of the page as it is now. */
async function audit(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Node = { target: unknown[]; failureSummary?: string };
    const axe = (
      window as unknown as {
        axe: {
          run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; help: string; nodes: Node[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      help: violation.help,
      detail: (violation.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 300),
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  }, WCAG_TAGS);
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
  await page.locator('input[name="password"]').fill('Demo!Ambito2026');
  await page.locator('button[type="submit"]').click();
  await page.getByText(`Benvenuto, ${username}`).waitFor();
  return page;
}

/** The console's own paths the menu links to (the home included). */
async function menuPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('a[class*="RaMenuItemLink"][href]')
    .evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
  return [...new Set(hrefs)];
}

/** The first record a list opens (its row link or its first row's click), if the list has one. */
async function firstRecordPath(page: Page, listPath: string): Promise<string | null> {
  const row = page.locator('tbody tr.RaDatagrid-clickableRow, tbody tr.RaDataTable-clickableRow').first();
  if ((await row.count()) === 0) return null;
  await row.click();
  await page.waitForURL((url) => url.pathname !== listPath, { timeout: 10000 }).catch(() => undefined);
  const path = new URL(page.url()).pathname;
  return path !== listPath ? path : null;
}

function report(found: Map<string, Violation[]>): string {
  const lines: string[] = [];
  for (const [where, violations] of found) {
    for (const violation of violations) {
      lines.push(
        `${where} — ${violation.rule} (${violation.help}): ${violation.targets.slice(0, 5).join(' | ')}${violation.targets.length > 5 ? ` … +${violation.targets.length - 5}` : ''} — ${violation.detail}`
      );
    }
  }
  return lines.join('\n');
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

describe('every page meets WCAG 2.1 AA (axe-core, A and AA rules)', () => {
  it('the sign-in page, in Italian, with <html lang="it">', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${base}/console/`);
    await page.locator('input[name="username"]').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    const violations = await audit(page);
    await context.close();
    expect(report(new Map([['login', violations]]))).toBe('');
  });

  it.each(ROLES)(
    'the menu grouped by area, then every menu page and one record page per area, as %s',
    async (username) => {
      const page = await signIn(username);
      const areas = await page
        .locator('[class*="RaMenu"] [role="group"]')
        .evaluateAll((groups) => groups.map((group) => group.getAttribute('aria-label')));
      expect(areas).toEqual(AREAS_BY_ROLE[username]);
      const work = page.getByRole('region', { name: 'Da fare' });
      for (const label of HOME_WORK[username]) await work.getByRole('link', { name: new RegExp(label) }).waitFor();
      await screenshot(page, `home-${username}`);
      const paths = await menuPaths(page);
      expect(paths.length).toBeGreaterThan(2);
      paths.push(...USER_MENU_PATHS);
      const found = new Map<string, Violation[]>();
      const visited: string[] = [];
      // One record page per area (services, cases, governance, …): the same components serve the others.
      const areasWithRecord = new Set<string>();
      for (const path of paths) {
        await page.goto(`${base}${path}`);
        await settle(page);
        visited.push(path);
        const violations = await audit(page);
        if (violations.length) found.set(`${username} ${path}`, violations);
        const area = path.split('/')[2]?.split('-')[0] ?? '';
        if (!area || areasWithRecord.has(area)) continue;
        const record = await firstRecordPath(page, path);
        if (record) {
          areasWithRecord.add(area);
          await settle(page);
          visited.push(record);
          const onRecord = await audit(page);
          if (onRecord.length) found.set(`${username} ${record}`, onRecord);
        }
      }
      await page.context().close();
      // The pages audited, for the person reading the log.
      console.log(`${username}: ${visited.length} pages audited\n${visited.join('\n')}`);
      expect(report(found)).toBe('');
    },
    600000
  );
});
