import type { Browser, Page } from 'playwright-core';
import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../helpers/strapi';
import { launchBrowser, listen, screenshot } from '../helpers/browser';

/**
 * The district works on Rome's clock: a person whose browser is set to New York (a laptop back from
 * a trip, a misconfigured PC) types 15:00 for a meeting and the meeting is at 15:00 in Rome, shown
 * as 15:00 on its page, its list and its edit form.
 */
let app: Core.Strapi;
let browser: Browser;
let base: string;
let udp: Page;

interface MeetingRow {
  documentId: string;
  title: string;
  startsAt: string;
  status: string;
}

beforeAll(async () => {
  app = await startStrapi({ demo: true });
  base = await listen(app);
  browser = await launchBrowser();
  const context = await browser.newContext({
    locale: 'it-IT',
    viewport: { width: 1400, height: 900 },
    timezoneId: 'America/New_York',
  });
  udp = await context.newPage();
  await udp.goto(`${base}/console/`);
  await udp.locator('input[name="username"]').fill('udp');
  await udp.locator('input[name="password"]').fill('Demo!Ambito2026');
  await udp.locator('button[type="submit"]').click();
  await udp.getByText('Benvenuto, udp').waitFor();
});

afterAll(async () => {
  await browser?.close();
  await stopStrapi();
});

it('a meeting typed at 15:00 from a browser in New York is at 15:00 in Rome, and shown so', async () => {
  expect(await udp.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe('America/New_York');
  const meetings = (await app.db
    .query('plugin::governance.meeting')
    .findMany({ where: { status: { $in: ['draft', 'convened'] } } })) as MeetingRow[];
  expect(meetings.length).toBeGreaterThan(0);
  const meeting = meetings[0];

  // The edit form shows the stored time on Rome's clock, not New York's.
  const romeWall = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Rome', dateStyle: 'short', timeStyle: 'short' })
    .format(new Date(meeting.startsAt))
    .replace(' ', 'T');
  await udp.goto(`${base}/console/governance-meetings/${meeting.documentId}`);
  const startsAt = udp.locator('input[name="startsAt"]');
  await startsAt.waitFor();
  await udp.waitForFunction(
    ([name, expected]) => (document.querySelector(`input[name="${name}"]`) as HTMLInputElement | null)?.value === expected,
    ['startsAt', romeWall] as const
  );

  // 10 December (winter, UTC+1) at 15:00; the end at 17:00.
  await startsAt.fill('2026-12-10T15:00');
  await udp.locator('input[name="endsAt"]').fill('2026-12-10T17:00');
  await udp.getByRole('button', { name: 'Salva' }).click();
  await udp.getByRole('heading', { level: 1 }).first().waitFor();
  await udp
    .getByText(/10 dic 2026, 15:00/)
    .first()
    .waitFor();
  await screenshot(udp, 'rome-time-meeting');

  const saved = (await app.db
    .query('plugin::governance.meeting')
    .findOne({ where: { documentId: meeting.documentId } })) as MeetingRow;
  expect(new Date(saved.startsAt).toISOString()).toBe('2026-12-10T14:00:00.000Z');

  // The list says the same.
  await udp.goto(`${base}/console/governance-meetings`);
  await udp
    .getByText(/10 dic 2026, 15:00/)
    .first()
    .waitFor();
  expect(await udp.getByText(/10 dic 2026, 16:00|10 dic 2026, 09:00/).count()).toBe(0);
});
