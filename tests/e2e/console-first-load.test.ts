import type { Browser } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen } from '../helpers/browser';

let app: Core.Strapi;
let browser: Browser;
let base: string;

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
}, 600000); // booting and seeding on a busy shared machine

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

describe('the console opened in a fresh browser', () => {
  it('goes to the login page once and asks the server nothing meanwhile, then opens the home on sign-in', async () => {
    // A fresh browser: no session, no cache. Every change of address the page makes is recorded.
    const context = await browser.newContext({ locale: 'it-IT' });
    await context.addInitScript(() => {
      const recorded: string[] = [];
      (window as unknown as { addresses: string[] }).addresses = recorded;
      for (const method of ['pushState', 'replaceState'] as const) {
        const original = history[method].bind(history);
        history[method] = (state: unknown, unused: string, url?: string | URL | null) => {
          if (url) recorded.push(String(url));
          return original(state, unused, url);
        };
      }
    });
    const page = await context.newPage();
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/')) apiCalls.push(request.url());
    });

    await page.goto(`${base}/console/`);
    await page.locator('input[name="username"]').waitFor();
    // Before the fix react-admin logged out and navigated to /console/login about a thousand times.
    expect(await page.evaluate(() => (window as unknown as { addresses: string[] }).addresses)).toEqual(['/console/login']);
    // A first visit has no session to resume: no refresh request, no profile request.
    expect(apiCalls).toEqual([]);

    await page.locator('input[name="username"]').fill('udp');
    await page.locator('input[name="password"]').fill('Demo!Ambito2026');
    await page.locator('button[type="submit"]').click();
    await page.waitForURL((url) => url.pathname === '/console/');
    await page.getByText('udp (Ufficio di Piano)').first().waitFor();
    expect(await page.locator('input[name="password"]').count()).toBe(0);
    await context.close();
  });
});
