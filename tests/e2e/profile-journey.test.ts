import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * A person chooses which notices reach them by e-mail: from the menu to "Il mio profilo", a switch
 * per notice, saved and still there after a reload. Without an SMTP server (as here) the profile and the
 * UdP's home say that e-mail is not configured.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;

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

beforeAll(async () => {
  delete process.env.SMTP_HOST;
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

const NOT_CONFIGURED = /Le e-mail non sono configurate: gli avvisi sono scritti nel registro/;

it("the UdP's home says that e-mail is not configured", async () => {
  const page = await signIn('udp');
  await page.getByRole('alert').filter({ hasText: NOT_CONFIGURED }).waitFor();
  await screenshot(page, 'profile-udp-home-mail-not-configured');
  await page.context().close();
});

it('an operator turns task notices off from "Il mio profilo", and the choice stays', async () => {
  const page = await signIn('op.bussero');
  await page.getByRole('menuitem', { name: 'Il mio profilo' }).click();
  await page.getByRole('heading', { level: 1, name: 'Il mio profilo' }).waitFor();
  expect(new URL(page.url()).pathname).toBe('/console/profile');
  await page.getByRole('alert').filter({ hasText: NOT_CONFIGURED }).waitFor();

  const tasks = page.getByRole('switch', { name: 'Attività assegnate e scadenze vicine' });
  const meetings = page.getByRole('switch', { name: 'Convocazioni delle sedute (con invito per il calendario)' });
  await tasks.waitFor();
  expect(await tasks.isChecked()).toBe(true);
  // An operator receives no referrals: the choice is not offered.
  expect(await page.getByRole('switch', { name: 'Invii ricevuti dal proprio ente' }).count()).toBe(0);
  const save = page.getByRole('button', { name: 'Salva le preferenze' });
  expect(await save.isDisabled()).toBe(true); // nothing changed yet
  await tasks.click();
  await save.click();
  await page.getByText('Preferenze e-mail salvate').waitFor();
  await screenshot(page, 'profile-operator-mail-preferences');

  const user = (await app.db
    .query('plugin::users-permissions.user')
    .findOne({ where: { username: 'op.bussero' }, select: ['id'] })) as { id: number };
  const stored = (await app.db.query('plugin::mail.preference' as never).findOne({ where: { userId: user.id } })) as {
    notices: Record<string, boolean>;
  };
  expect(stored.notices).toMatchObject({ tasks: false, meetings: true, referrals: true, minutes: true });

  await page.reload();
  await tasks.waitFor();
  expect(await tasks.isChecked()).toBe(false);
  expect(await meetings.isChecked()).toBe(true);
  await page.context().close();
});

it('in English the page and the notices are in English', async () => {
  const page = await signIn('ente.demo');
  await page.getByRole('button', { name: /italiano|lingua|language/i }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await page.getByText('Welcome, ente.demo').waitFor();
  await page.goto(`${base}/console/profile`);
  await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
  await page.getByRole('switch', { name: "Referrals received by one's organisation" }).waitFor();
  await page
    .getByRole('alert')
    .filter({ hasText: /E-mail is not configured/ })
    .waitFor();
  await page.context().close();
});
