// End-to-end: `gongkai serve` on a copy of the example portal, with a page
// open in headless Chromium while files are edited: the page reloads itself
// with the change (keeping its scroll position), shows the errors of a broken
// edit and drops them after the fix, and swaps an edited stylesheet without a
// reload. Uses target/release/gongkai (or target/debug/gongkai, or
// $GONGKAI_BIN); the machine may be slow, so every wait is long.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './harness.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const WAIT = 180_000;
const binary = process.env.GONGKAI_BIN
  ?? [path.join(repo, 'target', 'release', 'gongkai'), path.join(repo, 'target', 'debug', 'gongkai')].find((p) => fs.existsSync(p));

let site;
let server;
let base;
let browser;
let log = '';

before(async () => {
  assert.ok(binary, 'no gongkai binary: run cargo build first');
  site = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-serve-'));
  for (const item of ['site.toml', 'content', 'locales']) {
    fs.cpSync(path.join(repo, item), path.join(site, item), { recursive: true });
  }
  // A theme folder of the site's own, so that its stylesheet can be edited.
  fs.mkdirSync(path.join(site, 'themes', 'default', 'static'), { recursive: true });
  fs.copyFileSync(path.join(repo, 'themes', 'default', 'static', 'style.css'), path.join(site, 'themes', 'default', 'static', 'style.css'));
  server = spawn(binary, ['serve', '--root', site, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  server.stderr.on('data', (d) => { log += d; });
  const started = Date.now();
  while (!/at http:\/\/[\d.:]+\//.test(log)) {
    assert.ok(Date.now() - started < WAIT && server.exitCode === null, `serve did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  base = log.match(/at (http:\/\/[\d.:]+)\//)[1];
  while ((await fetch(`${base}/`).catch(() => ({ status: 0 }))).status !== 200) {
    assert.ok(Date.now() - started < WAIT, `the first build never finished:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once('exit', r));
    server.kill('SIGINT');
    await exited;
  }
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

/** The Chinese source of a record with a long page, and its URL. */
function aRecord() {
  const dir = path.join(site, 'content', 'disclosure', '2024');
  const name = fs.readdirSync(dir).filter((f) => /^dl-[\d-]+\.md$/.test(f)).sort()[0];
  return { file: path.join(dir, name), url: `/disclosure/2024/${name.replace(/\.md$/, '')}/` };
}

test('an open page reloads with the edit, keeps its place, and shows the errors of a broken edit', async () => {
  const { file, url } = aRecord();
  const original = fs.readFileSync(file, 'utf8');
  const page = await browser.newPage({ viewport: { width: 1000, height: 500 } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(base + url, { waitUntil: 'load' });
  await page.evaluate(() => window.scrollTo(0, 200));
  const scrolled = await page.evaluate(() => window.scrollY);

  const marker = '（已修订）';
  fs.writeFileSync(file, original.replace(/^title = "(.*)"$/m, (_, t) => `title = "${t}${marker}"`));
  await page.waitForFunction((m) => document.querySelector('h1')?.textContent.includes(m), marker, { timeout: WAIT });
  await page.waitForLoadState('load');
  // Kept, give or take the lines the longer title added above.
  const now = await page.evaluate(() => window.scrollY);
  assert.ok(Math.abs(now - scrolled) < 100, `the scroll position is kept: ${scrolled} before, ${now} after`);

  // Written after published: an error, shown over the last good page.
  fs.writeFileSync(file, original.replace(/^written = .*$/m, 'written = 2099-01-01'));
  const overlay = page.locator('#gongkai-overlay');
  await overlay.waitFor({ state: 'visible', timeout: WAIT });
  const text = await overlay.textContent();
  assert.match(text, /error\[E022\]/);
  assert.match(text, /content\/disclosure\/2024\/dl-[\d-]+\.md:\d+:\d+/);
  assert.match(text, /help: /);
  assert.ok((await page.locator('h1').textContent()).includes(marker), 'the last good page stays');

  fs.writeFileSync(file, original);
  await overlay.waitFor({ state: 'detached', timeout: WAIT });
  await page.waitForFunction((m) => !document.querySelector('h1')?.textContent.includes(m), marker, { timeout: WAIT });
  assert.deepEqual(problems, []);
  await page.close();
});

test('an edited stylesheet is swapped in without a reload', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/en/`, { waitUntil: 'load' });
  await page.evaluate(() => { window.notReloaded = true; });
  const sheets = () => page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"][href^="/static/style."]')].map((l) => l.getAttribute('href')));
  const [before] = await sheets();
  const css = path.join(site, 'themes', 'default', 'static', 'style.css');
  fs.appendFileSync(css, '\nbody { outline: 3px solid rgb(1, 2, 3); }\n');
  await page.waitForFunction(() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)', null, { timeout: WAIT });
  await page.waitForFunction((old) => ![...document.querySelectorAll('link[rel="stylesheet"]')].some((l) => l.getAttribute('href') === old), before, { timeout: WAIT });
  const now = await sheets();
  assert.equal(now.length, 1);
  assert.notEqual(now[0], before);
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'the page was not reloaded');
  await page.close();
});

test('the search page of serve finds a word just saved into a record, in its language', async () => {
  const { file, url } = aRecord();
  const original = fs.readFileSync(file, 'utf8');
  // Two words no page of the example has: a Chinese bigram pair and a Latin word.
  fs.writeFileSync(file, `${original.trimEnd()}\n\n麒麟踏雪 qilinsnowfall\n`);
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  try {
    for (const q of ['麒麟踏雪', 'qilinsnowfall']) {
      const started = Date.now();
      let urls = [];
      // The index follows the page: ask again until it has the word.
      while (!urls.includes(url)) {
        assert.ok(Date.now() - started < WAIT, `search for ${q} never found ${url}:\n${log}`);
        await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
        await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '', null, { timeout: WAIT });
        urls = await page.$$eval('.search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
        if (!urls.includes(url)) await new Promise((r) => setTimeout(r, 200));
      }
    }
  } finally {
    fs.writeFileSync(file, original);
    await page.close();
  }
  assert.deepEqual(problems, []);
});
