import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * The citizens' catalogue in Chromium: WCAG 2.1 AA (axe-core's A and AA rules, as the console's own test),
 * no sideways scrolling on a phone, usable with the keyboard and without JavaScript, printable.
 */
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];
const PAGES = [
  { name: 'list', path: '/catalogo' },
  { name: 'filtered', path: '/catalogo?q=casa&area=contrasto-poverta&comune=015108' },
  { name: 'service', path: '/catalogo/servizi/sad-sadh-adh' },
];

let app: Core.Strapi;
let browser: Browser;
let base: string;

/** axe-core's WCAG A/AA violations of the page, each with the elements it found. */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    type Result = { violations: { id: string; help: string; nodes: { target: unknown[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<Result> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')} — ${(v.nodes[0]?.failureSummary ?? '').replace(/\s+/g, ' ')}`
    );
  }, WCAG_TAGS);
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
}, 600000);

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('the public catalogue in a browser', () => {
  it.each(SCREENS)(
    'every page in both languages meets WCAG 2.1 AA and fits the screen ($name, $width px)',
    async (screen) => {
      // bypassCSP only so that axe can be evaluated in the page: the pages themselves run no script.
      const context = await browser.newContext({ viewport: { width: screen.width, height: screen.height }, bypassCSP: true });
      const page = await context.newPage();
      const found: string[] = [];
      for (const lang of ['it', 'en']) {
        for (const target of PAGES) {
          const url = lang === 'en' ? `${target.path}${target.path.includes('?') ? '&' : '?'}lang=en` : target.path;
          const response = await page.goto(`${base}${url}`);
          expect({ url, status: response?.status() }).toEqual({ url, status: 200 });
          expect(await page.locator('html').getAttribute('lang')).toBe(lang);
          expect(await page.locator('h1').count()).toBe(1);
          const size = await horizontalOverflow(page);
          expect({ url, fits: size.scrollWidth <= size.innerWidth }).toEqual({ url, fits: true });
          for (const violation of await audit(page)) found.push(`${url} (${screen.name}): ${violation}`);
          await screenshot(page, `public-catalogue-${target.name}-${lang}-${screen.name}`);
        }
      }
      await context.close();
      expect(found).toEqual([]);
    },
    300000
  );

  it('a citizen searches with the form, without JavaScript, and opens a service', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${base}/catalogo`);
    await page.getByLabel('Di che cosa hai bisogno?').fill('assistenza domiciliare');
    await page.getByLabel('Comune').selectOption({ label: 'Gorgonzola' });
    await page.getByRole('button', { name: 'Cerca' }).click();
    await page.waitForURL(/q=assistenza\+domiciliare/);
    expect(new URL(page.url()).searchParams.get('comune')).toBe('015108');
    await page.getByRole('heading', { level: 2, name: /trovat[oi]$/ }).waitFor();
    const first = page.locator('.card h3 a').first();
    const name = await first.textContent();
    await first.click();
    expect(await page.locator('h1').textContent()).toBe(name);
    await page.getByRole('heading', { name: 'Come fare domanda' }).waitFor();
    await page.getByRole('link', { name: 'Read this page in English' }).click();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('heading', { name: 'How to apply' }).waitFor();
    await context.close();
  });

  it('the keyboard: the first Tab shows the skip link, which leads to the content; focus is visible', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/catalogo`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Vai al contenuto principale' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    await screenshot(page, 'public-catalogue-skip-link');
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#contenuto');
    await context.close();
  });

  it('prints the service without the search, the language switch and the footer links', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${base}/catalogo/servizi/sad-sadh-adh`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.lang-switch').isVisible()).toBe(false);
    expect(await page.locator('.footer-links').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Come fare domanda' }).isVisible()).toBe(true);
    await screenshot(page, 'public-catalogue-service-print');
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    await context.close();
  });

  it('a 404 page in Italian for a service that is not public', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    const page = await context.newPage();
    const response = await page.goto(`${base}/catalogo/servizi/sprar`);
    expect(response?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Pagina non trovata');
    expect(await audit(page)).toEqual([]);
    await screenshot(page, 'public-catalogue-404');
    await context.close();
  });

  it('the console sign-in page links to the catalogue (and stays WCAG 2.1 AA with the link)', async () => {
    const context = await browser.newContext({ locale: 'it-IT' });
    const page = await context.newPage();
    await page.goto(`${base}/console/`);
    await page.locator('input[name="username"]').waitFor();
    expect(await audit(page)).toEqual([]);
    await page.getByRole('link', { name: 'Catalogo pubblico dei servizi' }).click();
    await page.waitForURL(/\/catalogo$/);
    expect(await page.locator('h1').textContent()).toBe('Catalogo pubblico dei servizi');
    await context.close();
  });
});
