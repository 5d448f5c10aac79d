#!/usr/bin/env node
// Benchmark of the console's first load: boots the built app with the demo data (throw-away database),
// opens /console/ in headless Chromium several times, each in a fresh browser context (no cache, no
// session), and prints the time the initial scripts take to arrive, the time to a usable login form and,
// after signing in, the time to the home page; beside them the initial JavaScript (index.html's scripts and
// modulepreloads, gzip). Goals (issue 19): form usable within 1.5 s of the scripts arriving; initial
// JavaScript ≤ 350 KB. Needs the console built (`npm run build:console`). `--runs N` (default 5).
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { benchDatabase } = require('./helpers/bench-database');

const database = benchDatabase('console');
const ROOT = database.root;
const DIST = path.join(ROOT, 'admin', 'dist');
const PASSWORD = 'Demo!Ambito2026';
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function option(name, fallback) {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (at < 0) return fallback;
  const value = args[at].includes('=') ? args[at].split('=')[1] : args[at + 1];
  return Number(value) || fallback;
}

/** The scripts a first visit loads before anything runs: index.html's module script and modulepreloads. */
function initialScripts() {
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/console\/(assets\/[^"]+\.js)"/g)].map((match) => match[1]);
}

const gzipKb = (files) =>
  files.reduce((sum, file) => sum + zlib.gzipSync(fs.readFileSync(path.join(DIST, file))).length, 0) / 1024;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const stats = (values) =>
  `median ${Math.round(median(values))} ms (min ${Math.round(Math.min(...values))}, max ${Math.round(Math.max(...values))})`;

/** One fresh visit: times in ms from the navigation's start, read in the page (performance.now()). */
async function visit(browser, base, scripts) {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${base}/console/`, { waitUntil: 'commit' });
    // The form is usable when its input is there and the main thread is free to answer a frame.
    const form = await page.waitForFunction(
      () =>
        document.querySelector('input[name="username"]') &&
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
      undefined,
      { timeout: 120000, polling: 50 }
    );
    const formMs = await form.jsonValue();
    const scriptsMs = await page.evaluate((names) => {
      const ends = performance
        .getEntriesByType('resource')
        .filter((entry) => names.some((name) => entry.name.endsWith(name)))
        .map((entry) => entry.responseEnd);
      return Math.max(...ends);
    }, scripts);

    await page.fill('input[name="username"]', 'udp');
    await page.fill('input[name="password"]', PASSWORD);
    const clickedAt = await page.evaluate(() => performance.now());
    await page.click('button[type="submit"]');
    // The home: the layout with its menu, no login form, nothing loading.
    const home = await page.waitForFunction(
      () =>
        document.querySelector('.RaLayout-content') &&
        !document.querySelector('input[name="password"]') &&
        !document.querySelector('[role="progressbar"]') &&
        new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()), 0))),
      undefined,
      { timeout: 120000, polling: 50 }
    );
    const homeMs = (await home.jsonValue()) - clickedAt;
    return { scriptsMs, formMs, homeMs };
  } finally {
    await context.close();
  }
}

async function main() {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) {
    console.error('The console is not built: run `npm run build:console` first.');
    process.exit(1);
  }
  const runs = option('runs', 5);
  const scripts = initialScripts();
  const { chromium } = require('playwright-core');
  const app = await database.start();
  let browser;
  try {
    const { seedDemo } = require(path.join(ROOT, 'dist', 'src', 'seed', 'run-seed'));
    await seedDemo(app);
    await app.server.mount();
    const server = app.server.httpServer;
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${server.address().port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
    await visit(browser, base, scripts); // warm-up: the server's first answers, Chromium's first process
    const results = [];
    for (let i = 0; i < runs; i += 1) results.push(await visit(browser, base, scripts));

    const afterScripts = results.map((result) => result.formMs - result.scriptsMs);
    console.log(`Console first load (${database.label}, ${runs} fresh visits, Chromium headless)`);
    console.log(`  initial JavaScript: ${scripts.length} files, ${gzipKb(scripts).toFixed(1)} KB gzip (goal ≤ 350 KB)`);
    console.log(`  scripts arrived:            ${stats(results.map((result) => result.scriptsMs))}`);
    console.log(`  login form usable:          ${stats(results.map((result) => result.formMs))}`);
    console.log(`  form usable after scripts:  ${stats(afterScripts)} (goal ≤ 1500 ms)`);
    console.log(`  home after signing in:      ${stats(results.map((result) => result.homeMs))}`);
  } finally {
    if (browser) await browser.close();
    await database.stop(app);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
