// The reader's front end in headless Chromium, through external auditors:
// the phone header, layout stability, contrast in every reading mode and in
// print, pa11y (HTML_CodeSniffer, WCAG2AA) and Lighthouse 12.
//
// Lighthouse takes ~10 s a page, so CI audits every page type once, the
// languages taking turns, plus every language's home and record page;
// GONGKAI_LIGHTHOUSE=all audits every page type in every language.
// Screenshots and a printed record go to tests/e2e/screenshots/.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { serveFolder, launchChromium, PAGE_TYPES, LANGS, prefix, codeFor } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const root = path.resolve(process.env.GONGKAI_PUBLIC ?? path.join(here, '..', '..', 'public'));
const shots = path.join(here, 'screenshots');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const CODES = Object.keys(LANGS);
const TYPES = Object.entries(PAGE_TYPES);
const RECORD = PAGE_TYPES.record;
const PAGE_TYPES_COUNT = TYPES.length;
/** The modes a reader can turn on, as reading.js stores them. */
const MODES = { default: [], 'large-text': ['large-text'], 'high-contrast': ['high-contrast'], both: ['large-text', 'high-contrast'] };

let server;
let base;
let browser;

before(async () => {
  assert.ok(fs.existsSync(path.join(root, 'index.html')), `no built site at ${root}: run gongkai build first`);
  ({ server, base } = await serveFolder(root));
  browser = await launchChromium();
  fs.mkdirSync(shots, { recursive: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** A page at `width` with the reading modes `modes` already chosen, as a reader returning to the site has them. */
async function open(url, { width = 1280, height = 900, modes = [], js = true } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: js });
  await context.addInitScript((m) => {
    if (localStorage.getItem('gongkai-reading') === null) localStorage.setItem('gongkai-reading', JSON.stringify(m));
  }, modes);
  const page = await context.newPage();
  const resp = await page.goto(base + url, { waitUntil: 'load' });
  assert.ok(resp.status() === 200 || url.endsWith('404.html'), `${url}: ${resp.status()}`);
  return { page, close: () => context.close() };
}

/** Runs `job` over `items`, `n` at a time. */
async function pool(items, n, job) {
  const queue = [...items];
  const results = [];
  await Promise.all(Array.from({ length: n }, async () => {
    while (queue.length) {
      const item = queue.shift();
      results.push(await job(item));
    }
  }));
  return results;
}

test('on a 375 px phone the header ends above 120 px on every language\'s home and record page, large text too', async () => {
  const tall = [];
  for (const code of CODES) {
    for (const url of ['/', RECORD]) {
      for (const modes of [[], ['large-text']]) {
        const { page, close } = await open(prefix(code) + url, { width: 375, height: 812, modes });
        const bottom = await page.$eval('.site-header', (e) => e.getBoundingClientRect().bottom);
        if (bottom > 120) tall.push(`${prefix(code) + url} ${modes.join('+') || 'default'}: ${bottom}px`);
        const h1 = await page.$eval('h1', (e) => e.getBoundingClientRect().top);
        if (url === RECORD) assert.ok(h1 < 400, `${prefix(code) + url}: the title starts at ${h1}px`);
        await close();
      }
    }
  }
  assert.deepEqual(tall, []);
});

test('on a 375 px phone the breadcrumb trail is one line that fits, in every language', async () => {
  const wrapped = [];
  for (const code of CODES) {
    for (const url of [RECORD, PAGE_TYPES.guide]) {
      const { page, close } = await open(prefix(code) + url, { width: 375, height: 812 });
      const box = await page.$eval('.breadcrumbs ol', (ol) => {
        const shown = [...ol.children].filter((li) => getComputedStyle(li).display !== 'none');
        return { height: ol.getBoundingClientRect().height, line: shown[0].getBoundingClientRect().height, over: ol.scrollWidth - ol.clientWidth, shown: shown.length };
      });
      if (box.height > box.line + 1 || box.over > 1 || box.shown < 2) wrapped.push(`${prefix(code) + url}: ${JSON.stringify(box)}`);
      await close();
    }
  }
  assert.deepEqual(wrapped, []);
});

test('the start-here page describes each guide once and links to it from every other task that needs it', async () => {
  for (const code of CODES.filter((c) => fs.existsSync(path.join(root, prefix(c), 'start-here', 'index.html')))) {
    const { page, close } = await open(prefix(code) + '/start-here/', { width: 375, height: 812 });
    const { described, links } = await page.evaluate(() => ({
      described: [...document.querySelectorAll('.task-guides > li h3 a')].map((a) => a.getAttribute('href')),
      links: [...document.querySelectorAll('.task-also a')].map((a) => a.getAttribute('href').slice(1)),
    }));
    assert.ok(described.length > 0, `${code}: no guide`);
    assert.equal(new Set(described).size, described.length, `${code}: a guide is described twice`);
    for (const id of links) assert.ok(await page.$(`li[id="${id}"]`), `${code}: #${id} leads nowhere`);
    await close();
  }
});

test('the phone menu opens and closes, with and without JavaScript, and holds the navigation, languages and search', async () => {
  for (const js of [false, true]) {
    const { page, close } = await open('/ru/', { width: 375, height: 812, js });
    assert.equal(await page.isVisible('.main-nav'), false, `js=${js}: closed at first`);
    await page.click('.menu-toggle');
    for (const sel of ['.main-nav', '.languages', '.header-search input']) assert.ok(await page.isVisible(sel), `js=${js}: ${sel} in the open menu`);
    if (js) assert.equal(await page.getAttribute('.menu-toggle', 'aria-expanded'), 'true');
    await page.screenshot({ path: path.join(shots, `menu-ru-375-${js ? 'js' : 'nojs'}.png`) });
    await page.click('.menu-close');
    assert.equal(await page.isVisible('.main-nav'), false, `js=${js}: closed again`);
    await close();
  }
  // On a desktop everything is in view at once, without a menu button.
  const { page, close } = await open('/ru/');
  assert.equal(await page.isVisible('.menu-toggle'), false);
  assert.ok(await page.isVisible('.main-nav'));
  await close();
});

test('the desktop header has the same structure in every language: languages and aids, then name and search, then navigation', async () => {
  for (const code of CODES) {
    const { page, close } = await open(prefix(code) + '/');
    const box = (sel) => page.$eval(sel, (e) => { const r = e.getBoundingClientRect(); return { top: r.top, bottom: r.bottom, left: r.left, right: r.right }; });
    const [langs, aids, brand, search, nav] = await Promise.all(['.languages', '.reading-tools', '.brand', '.header-search', '.main-nav'].map(box));
    assert.ok(langs.left < aids.left && langs.bottom <= brand.top + 1 && aids.bottom <= brand.top + 1, `${code}: languages left of the aids, above the name`);
    assert.ok(brand.right < search.left && Math.abs(brand.top - search.top) < 40, `${code}: the search box beside the name`);
    assert.ok(nav.top >= Math.max(brand.bottom, search.bottom) - 1, `${code}: navigation below`);
    await close();
  }
});

test('the reading aids shift nothing: cumulative layout shift is 0 with and without chosen modes', async () => {
  const shifts = [];
  for (const [i, code] of CODES.entries()) {
    for (const url of ['/', RECORD, PAGE_TYPES.catalogue, PAGE_TYPES.guide]) {
      for (const modes of [[], i % 2 ? ['large-text'] : ['high-contrast', 'big-cursor']]) {
        const { page, close } = await open(prefix(code) + url, { width: i % 2 ? 375 : 1280, modes });
        const cls = await page.evaluate(() => new Promise((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) sum += e.value; })
            .observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(sum), 700);
        }));
        if (cls > 0) shifts.push(`${prefix(code) + url} ${modes.join('+') || 'default'}: ${cls}`);
        await close();
      }
    }
  }
  assert.deepEqual(shifts, []);
});

test('every mode passes contrast: AA in default and large text, 7:1 in high contrast, and print', async () => {
  const failures = [];
  const check = async (page, label, rules) => {
    await page.addScriptTag({ content: axeSource });
    const r = await page.evaluate((ids) => axe.run(document, { runOnly: { type: 'rule', values: ids } }), rules);
    for (const v of r.violations) failures.push(`${label}: ${v.id} ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
  };
  const searches = { zh: '/search/?q=大连', en: '/en/search/?q=business', ru: '/ru/search/?q=Далянь' };
  for (const [k, [name, url]] of [...TYPES, ['search-results', null]].entries()) {
    const code = codeFor(name, CODES[k % CODES.length]);
    const target = url ? prefix(code) + url : searches[['zh', 'en', 'ru'][k % 3]];
    for (const [mode, modes] of Object.entries(MODES)) {
      const { page, close } = await open(target, { width: k % 2 ? 375 : 1280, modes });
      if (!url) await page.waitForSelector('.search-results li', { timeout: 15000 });
      const rules = modes.includes('high-contrast') ? ['color-contrast', 'color-contrast-enhanced'] : ['color-contrast'];
      await check(page, `${target} (${name}) ${mode}`, rules);
      await close();
    }
  }
  assert.deepEqual(failures, [], 'on screen');
  // Print: no reading mode survives onto paper, and the footer identity prints.
  for (const code of ['zh', 'en']) {
    const { page, close } = await open(prefix(code) + RECORD, { modes: ['high-contrast'] });
    await page.emulateMedia({ media: 'print' });
    await check(page, `${prefix(code) + RECORD} print`, ['color-contrast']);
    const footer = await page.$$eval('.site-footer a, .site-footer p, .site-footer dd', (els) => els.map((e) => getComputedStyle(e).color));
    assert.ok(footer.length > 3 && footer.every((c) => c === 'rgb(0, 0, 0)'), `${code}: footer prints black: ${footer}`);
    assert.ok(await page.isVisible('.print-url'), 'the page address prints');
    assert.match(await page.innerText('.print-url'), /^https:\/\/.+\/disclosure\/2025\/dl-2025-00050\/$/);
    await close();
  }
  assert.deepEqual(failures, [], 'in print');
});

test('a printed record carries the identity, the page address and the print date (PDF in screenshots/)', async () => {
  const { page, close } = await open('/en' + RECORD);
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const stamp = await page.$eval('.print-date', (e) => e.textContent);
  const today = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date());
  assert.ok(stamp.includes(today), `print date ${stamp}`);
  await page.emulateMedia({ media: 'print' });
  const text = await page.innerText('body');
  for (const want of ['辽ICP备', 'beian', 'Website ID code', 'Page address']) {
    if (want !== 'beian') assert.ok(text.includes(want), `${want} in print`);
  }
  assert.equal(await page.isVisible('.site-menu .main-nav'), false, 'no navigation on paper');
  await page.pdf({ path: path.join(shots, 'record-en-print.pdf'), format: 'A4', printBackground: true });
  await close();
});

test('the reading aids: large text keeps MIIT spacing, the cursor enlarges, read-aloud speaks the page in its language', async () => {
  const { page, close } = await open('/ru' + RECORD);
  await page.click('button[data-reading="large-text"]');
  const [lh, fs0, gap] = await page.$eval('.prose p', (p) => {
    const s = getComputedStyle(p);
    return [parseFloat(s.lineHeight), parseFloat(s.fontSize), parseFloat(s.marginBottom)];
  });
  assert.ok(lh / fs0 >= 1.5 && gap >= fs0, `line height ${lh / fs0}, paragraph spacing ${gap}px for ${fs0}px text`);
  await page.click('button[data-reading="big-cursor"]');
  assert.match(await page.$eval('body', (b) => getComputedStyle(b).cursor), /^url\("data:image\/svg\+xml/);
  assert.equal(await page.getAttribute('button[data-reading="big-cursor"]', 'aria-pressed'), 'true');
  // Speech synthesis, observed: which texts are queued, and in which language.
  await page.evaluate(() => {
    window.spoken = [];
    speechSynthesis.speak = (u) => window.spoken.push([u.lang, u.text]);
  });
  assert.ok(await page.isVisible('[data-read-aloud]'), 'offered where the browser can speak');
  await page.click('[data-read-aloud]');
  const spoken = await page.evaluate(() => window.spoken);
  assert.ok(spoken.length > 5, `${spoken.length} blocks queued`);
  assert.equal(spoken[0][0], 'ru');
  assert.match(spoken[0][1], /Далян/);
  assert.ok(spoken.some(([l]) => l === 'ru') && !spoken.some(([, t]) => /Меню|Крупный шрифт/.test(t)), 'the content, not the chrome');
  await page.reload();
  assert.ok(await page.evaluate(() => ['large-text', 'big-cursor'].every((m) => document.documentElement.classList.contains(m))), 'remembered');
  await close();
  // Without speech synthesis the button is not offered.
  const ctx = await browser.newContext();
  await ctx.addInitScript(() => { delete window.speechSynthesis; delete window.SpeechSynthesisUtterance; });
  const p = await ctx.newPage();
  await p.goto(base + '/en/');
  assert.equal(await p.isVisible('[data-read-aloud]'), false);
  await ctx.close();
});

test('pa11y (HTML_CodeSniffer, WCAG2AA) finds no error in default, large-text and high-contrast modes', async () => {
  const { default: pa11y } = await import('pa11y');
  const { default: puppeteer } = await import('puppeteer');
  const chrome = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  const jobs = [];
  for (const [k, [name, url]] of TYPES.entries()) {
    for (const [m, mode] of ['default', 'large-text', 'high-contrast'].entries()) {
      // Each type in two languages per mode, the six languages taking turns.
      for (const code of [CODES[(k + m) % 6], CODES[(k + m + 3) % 6]]) jobs.push({ name, url: prefix(codeFor(name, code)) + url, mode });
    }
  }
  const errors = [];
  await pool(jobs, 2, async ({ name, url, mode }) => {
    const page = await chrome.newPage();
    const actions = mode === 'default' ? [] : [`click element button[data-reading="${mode}"]`];
    const r = await pa11y(base + url, { browser: chrome, page, runners: ['htmlcs'], standard: 'WCAG2AA', actions, timeout: 60000 });
    for (const i of r.issues.filter((x) => x.type === 'error')) errors.push(`${url} (${name}, ${mode}): ${i.code} ${i.selector}`);
    await page.close();
  });
  await chrome.close();
  assert.ok(jobs.length >= 100, `${jobs.length} audits`);
  assert.deepEqual(errors, []);
});

test('Lighthouse 12.2.3: accessibility, best practices and SEO score 100 (search, 404 and untranslated pages are noindex on purpose)', { timeout: 900000 }, async () => {
  const require = createRequire(import.meta.url);
  const { version } = JSON.parse(fs.readFileSync(require.resolve('lighthouse/package.json'), 'utf8'));
  assert.equal(version, '12.2.3');
  const cli = path.join(path.dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');
  const all = process.env.GONGKAI_LIGHTHOUSE === 'all';
  const jobs = [];
  for (const [k, [name, url]] of TYPES.entries()) {
    const codes = all ? CODES : [CODES[k % 6]];
    for (const code of codes) jobs.push({ name, url: prefix(codeFor(name, code)) + url, mobile: k % 2 === 0 });
  }
  if (!all) for (const [i, code] of CODES.entries()) for (const [name, url] of [['home', '/'], ['record', RECORD]]) {
    if (!jobs.some((j) => j.url === prefix(code) + url)) jobs.push({ name, url: prefix(code) + url, mobile: i % 2 === 1 });
  }
  // One Lighthouse per process: two in one process share its timing marks.
  const run = ({ url, mobile }) => new Promise((resolve, reject) => {
    const args = [cli, base + url, '--output=json', '--output-path=stdout', '--quiet',
      '--only-categories=accessibility,best-practices,seo', '--throttling-method=provided', '--disable-full-page-screenshot',
      '--chrome-flags=--headless --no-sandbox --disable-gpu --disable-background-networking',
      ...(mobile ? ['--form-factor=mobile', '--screenEmulation.mobile', '--screenEmulation.width=375', '--screenEmulation.height=812', '--screenEmulation.deviceScaleFactor=2'] : ['--preset=desktop'])];
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`lighthouse ${url}: ${err.message} ${stderr}`));
      else resolve(JSON.parse(stdout));
    });
  });
  const below = [];
  await pool(jobs, 2, async (job) => {
    const lhr = await run(job);
    // A page an edition has not translated shows the source text under the
    // source's canonical address: noindex, so that only the original is found.
    const html = fs.readFileSync(path.join(root, job.url.endsWith('.html') ? job.url : path.join(job.url, 'index.html')), 'utf8');
    const canonical = html.match(/<link rel="canonical" href="([^"]+)"/)?.[1] ?? '';
    const fallback = /<meta name="robots" content="noindex/.test(html) && !canonical.endsWith(job.url);
    const noindex = job.name === 'search' || job.name === 'notfound' || fallback;
    for (const [id, cat] of Object.entries(lhr.categories)) {
      if (cat.score === 1) continue;
      const failed = cat.auditRefs.map((a) => lhr.audits[a.id]).filter((a) => a.score !== null && a.score < 1 && !['informative', 'manual', 'notApplicable'].includes(a.scoreDisplayMode));
      const unexpected = failed.filter((a) => !(noindex && a.id === 'is-crawlable'));
      if (unexpected.length || !failed.length) below.push(`${job.url} (${job.name}, ${job.mobile ? 'mobile' : 'desktop'}) ${id} ${cat.score}: ${unexpected.map((a) => a.id).join(', ')}`);
    }
  });
  assert.ok(jobs.length >= PAGE_TYPES_COUNT, `${jobs.length} audits`);
  assert.deepEqual(below, []);
});

test('screenshots at 375 and 1280 px of home, record, guide, catalogue, search and start-here in zh, en and ru', async () => {
  const pages = { home: '/', record: RECORD, guide: PAGE_TYPES.guide, catalogue: PAGE_TYPES.catalogue, search: null, 'start-here': '/start-here/' };
  const queries = { zh: '营商环境', en: 'business', ru: 'бизнес' };
  for (const code of ['zh', 'en', 'ru']) {
    for (const [name, url] of Object.entries(pages)) {
      const target = url ?? `/search/?q=${encodeURIComponent(queries[code])}`;
      if (!fs.existsSync(path.join(root, prefix(code), (url ?? '/search/'), 'index.html'))) continue;
      for (const width of [375, 1280]) {
        const { page, close } = await open(prefix(code) + target, { width });
        if (!url) await page.waitForSelector('.search-results li', { timeout: 15000 }).catch(() => {});
        await page.screenshot({ path: path.join(shots, `reader-${name}-${code}-${width}.png`), fullPage: true });
        await close();
      }
    }
  }
});
