import fs from 'node:fs';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const ARTIFACTS = path.join(__dirname, '..', '.artifacts');

/** Debian's Chromium, headless, with the flags this machine needs (no sandbox as root, no background network). */
export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}: install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH`
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

/** Starts listening on a free loopback port and returns the base URL. */
export async function listen(app: Core.Strapi): Promise<string> {
  const server = app.server.httpServer;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Saves a screenshot under tests/.artifacts for a person to look at (kept out of git). */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until an input shows `value` (values filled in by the page after a load or a calculation). */
export async function waitForValue(input: Locator, value: string, timeout = 30000): Promise<void> {
  const handle = await input.elementHandle({ timeout });
  await input
    .page()
    .waitForFunction(([element, expected]) => (element as HTMLInputElement).value === expected, [handle, value] as const, {
      timeout,
    });
}

export const DEMO_PASSWORD = 'Demo!Ambito2026';

/**
 * Counts the UI actions a person makes (a click, a filled box, a checked box, a key press), for journeys that
 * measure how much work a task takes. A retried attempt that did not happen on the screen is not counted.
 */
export class ActionCounter {
  count = 0;

  async click(target: Locator): Promise<void> {
    this.count += 1;
    await target.click();
  }

  async fill(target: Locator, text: string): Promise<void> {
    this.count += 1;
    await target.fill(text);
  }

  async check(target: Locator): Promise<void> {
    this.count += 1;
    await target.check();
  }

  async press(page: Page, key: string): Promise<void> {
    this.count += 1;
    await page.keyboard.press(key);
  }

  /** Opens a select and picks an option by its visible name (two actions); choices may arrive late, so it retries. */
  async choose(combobox: Locator, option: string | RegExp, { exact = false }: { exact?: boolean } = {}): Promise<void> {
    const page = combobox.page();
    for (let attempt = 1; ; attempt += 1) {
      await combobox.click();
      try {
        await page.getByRole('option', { name: option, exact }).first().click({ timeout: 10_000 });
        this.count += 2;
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await page.keyboard.press('Escape');
      }
    }
  }
}

/** A new browser context (Italian, a desktop window) and its page. */
export async function newConsolePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'it-IT', viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  // A machine shared by several test runs can take more than Playwright's 30 s to draw a page.
  context.setDefaultTimeout(60_000);
  return context.newPage();
}

/** Signs in to the console as a demo account; with a counter, the three actions are counted. */
export async function signInAs(page: Page, base: string, username: string, counter?: ActionCounter): Promise<Page> {
  await page.goto(`${base}/console/`);
  const fill = (target: Locator, text: string) => (counter ? counter.fill(target, text) : target.fill(text));
  await fill(page.locator('input[name="username"]'), username);
  await fill(page.locator('input[name="password"]'), DEMO_PASSWORD);
  await (counter ? counter.click(page.locator('button[type="submit"]')) : page.locator('button[type="submit"]').click());
  await page.getByText(`Benvenuto, ${username}`).waitFor();
  return page;
}
