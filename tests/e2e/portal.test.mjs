// End-to-end: the built example portal, served on 127.0.0.1, in headless Chromium.
// Run after `gongkai build` (the test script does both). Screenshots go to
// tests/e2e/screenshots/ for a person to look at.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveFolder, launchChromium, PAGE_TYPES, codeFor } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const root = path.resolve(process.env.GONGKAI_PUBLIC ?? path.join(here, '..', '..', 'public'));
const shots = path.join(here, 'screenshots');
const LANGS = { zh: 'zh-CN', en: 'en', ja: 'ja', ko: 'ko', ru: 'ru', es: 'es' };
const prefix = (code) => (code === 'zh' ? '' : `/${code}`);


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

/** Opens a page, failing on console errors and failed requests to the site. */
async function open(url, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage({ viewport: { width, height } });
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => { if (r.url().startsWith(base) && r.status() >= 400) problems.push(`${r.status()} ${r.url()}`); });
  const resp = await page.goto(base + url, { waitUntil: 'load' });
  assert.equal(resp.status(), 200, url);
  return { page, problems };
}

/** Site-relative folders of pages of one kind, e.g. every record. */
function pagesUnder(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name === 'index.html') out.push('/' + path.relative(root, d).split(path.sep).join('/') + '/');
    }
  };
  walk(path.join(root, dir));
  return out.filter((u) => u !== `/${dir}/`).sort();
}

test('every language has a home page with its own html lang, styled and error-free', async () => {
  for (const [code, tag] of Object.entries(LANGS)) {
    const { page, problems } = await open(`${prefix(code)}/`);
    assert.equal(await page.getAttribute('html', 'lang'), tag);
    assert.ok((await page.title()).length > 0);
    const bg = await page.$eval('.site-header', (e) => getComputedStyle(e).backgroundColor);
    assert.equal(bg, 'rgb(181, 18, 27)', 'the stylesheet is applied');
    assert.ok(await page.$('.main-nav a[aria-current]'), 'home is marked current');
    assert.ok((await page.$$('.record-list li')).length >= 5, 'latest disclosures are listed');
    assert.deepEqual(problems, []);
    if (code === 'zh' || code === 'en') await page.screenshot({ path: path.join(shots, `home-${code}.png`), fullPage: true });
    await page.close();
  }
});

test('every record and guide exists in every language, translated or as a marked fallback', async () => {
  const records = pagesUnder('disclosure').filter((u) => /\/dl-\d{4}-\d+\/$/.test(u));
  const guides = pagesUnder('services');
  assert.ok(records.length >= 24, `records: ${records.length}`);
  assert.ok(guides.length >= 10, `guides: ${guides.length}`);
  for (const url of [...records, ...guides]) {
    for (const [code, tag] of Object.entries(LANGS)) {
      const file = path.join(root, prefix(code), url, 'index.html');
      const html = fs.readFileSync(file, 'utf8');
      assert.ok(html.includes(`<html lang="${tag}">`), `${file}`);
      const fallback = html.includes('notice-fallback');
      if (code === 'zh') assert.ok(!fallback, `${file} is the source`);
      if (fallback) {
        assert.ok(html.includes('<h1 lang="zh-CN">'), `${file}: fallback text is marked Chinese`);
        assert.ok(html.includes('noindex'), `${file}: fallback is not indexed`);
      }
    }
  }
});

test('a record page shows its metadata table above the body, in the reader\'s language', async () => {
  const url = '/disclosure/2025/dl-2025-00050/';
  for (const code of Object.keys(LANGS)) {
    const { page, problems } = await open(prefix(code) + url);
    const table = await page.$eval('.record-meta', (e) => e.innerText);
    assert.match(table, /11210200001180523D\/2025-00050/);
    const labels = {
      zh: ['索引号', '发布机构', '文号', '成文日期', '发布日期', '主题分类', '有效性'],
      en: ['Index No.', 'Issuing agency', 'Document No.', 'Date written', 'Date published', 'Topic', 'Validity'],
    }[code] ?? [];
    for (const label of labels) assert.ok(table.includes(label), `${label} in ${table}`);
    const published = { zh: '2025年3月28日', en: 'March 28, 2025', ja: '2025年3月28日', ko: '2025년 3월 28일', ru: '28 марта 2025', es: '28 de marzo de 2025' }[code];
    assert.ok(table.includes(published), `${code}: ${published} in ${table}`);
    const tableY = await page.$eval('.record-meta', (e) => e.getBoundingClientRect().top);
    const bodyY = await page.$eval('.record .prose', (e) => e.getBoundingClientRect().top);
    assert.ok(tableY < bodyY);
    if (code === 'en') assert.match(await page.innerText('.notice-authority'), /Chinese version prevails/);
    if (code !== 'zh') assert.ok(await page.$('.notice-authority a[hreflang="zh-CN"]'), `${code}: authority notice links the original`);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: path.join(shots, `record-${code}.png`), fullPage: true });
    await page.close();
  }
});

test('a guide page puts time limits and fees before materials and steps', async () => {
  const url = '/services/foreigner-work-permit/';
  for (const code of ['zh', 'en']) {
    const { page, problems } = await open(prefix(code) + url);
    const y = (sel) => page.$eval(sel, (e) => e.getBoundingClientRect().top);
    assert.ok(await y('.key-facts') < await y('table.materials'));
    assert.ok(await y('table.materials') < await y('ol.steps'));
    assert.ok((await page.$$('table.materials tbody tr')).length >= 3);
    assert.deepEqual(problems, []);
    await page.screenshot({ path: path.join(shots, `guide-${code}.png`), fullPage: true });
    await page.close();
  }
  const { page } = await open('/en' + url, { width: 390, height: 844 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `no horizontal scrolling on a phone (overflow ${overflow}px)`);
  await page.screenshot({ path: path.join(shots, 'guide-en-phone.png'), fullPage: true });
  await page.close();
});

test('the language switcher goes to the same page in the other language', async () => {
  const { page } = await open('/disclosure/2022/dl-2022-00003/');
  await page.click('.languages a[lang="en"]');
  await page.waitForLoadState('load');
  assert.equal(new URL(page.url()).pathname, '/en/disclosure/2022/dl-2022-00003/');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.close();
});

/** What in a page a strict Content-Security-Policy would block: inline scripts
 * (JSON-LD data blocks are not run and are allowed), style elements and
 * attributes, event-handler attributes. Looks inside tags only. */
function inlineCode(html) {
  const found = [];
  for (const [tag] of html.matchAll(/<[a-zA-Z][^>]*>/g)) {
    const name = tag.match(/^<([a-zA-Z0-9-]+)/)[1].toLowerCase();
    if (name === 'script' && !/\ssrc="/.test(tag) && !/\stype="application\/ld\+json"/.test(tag)) found.push(tag);
    if (name === 'style') found.push(tag);
    if (/\sstyle\s*=/.test(tag)) found.push(tag);
    if (/\son[a-z]+\s*=/i.test(tag)) found.push(tag);
  }
  return found;
}

test('the inline-code check finds what CSP would block', () => {
  assert.deepEqual(inlineCode('<p>onclick= is text</p><script src="/a.js"></script><script type="application/ld+json">{}</script>'), []);
  assert.equal(inlineCode('<script>alert(1)</script><div style="x"><img src="/a" onerror="x"><style>').length, 4);
});

test('no internal link on any page is broken, and no page has inline code', async () => {
  const inline = [];
  const seen = new Set();
  const queue = Object.keys(LANGS).map((c) => `${prefix(c)}/`);
  const broken = [];
  while (queue.length) {
    const url = queue.shift();
    if (seen.has(url)) continue;
    seen.add(url);
    const res = await fetch(base + url);
    if (res.status !== 200) { broken.push(url); continue; }
    if (!(res.headers.get('content-type') ?? '').startsWith('text/html')) continue;
    const html = await res.text();
    for (const m of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
      if (!m[1].startsWith('//') && !seen.has(m[1])) queue.push(m[1]);
    }
    inline.push(...inlineCode(html).map((what) => `${url}: ${what}`));
  }
  assert.deepEqual(inline, [], 'Content-Security-Policy default-src \'self\' holds: no inline script, style or handler');
  assert.deepEqual(broken, []);
  assert.ok(seen.size > 200, `crawled ${seen.size} URLs`);
});


test('every page type fits a phone and a desktop without horizontal scrolling (screenshots in zh and en)', async () => {
  for (const code of ['zh', 'en']) {
    for (const [name, url] of Object.entries(PAGE_TYPES)) {
      for (const width of [1280, 375]) {
        const { page, problems } = await open(prefix(codeFor(name, code)) + url, { width, height: 900 });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${prefix(code) + url} at ${width}px scrolls sideways by ${overflow}px`);
        assert.equal(await page.$$eval('h1', (h) => h.length), 1, `${prefix(code) + url}: one h1`);
        assert.deepEqual(problems, [], prefix(code) + url);
        await page.screenshot({ path: path.join(shots, `type-${name}-${code}-${width}.png`), fullPage: true });
        await page.close();
      }
    }
  }
});

test('the catalogue pages through every record, newest first', async () => {
  const { page } = await open('/en/disclosure/');
  const first = await page.$$eval('table.catalogue time', (t) => t.map((e) => e.getAttribute('datetime')));
  assert.equal(first.length, 20);
  assert.deepEqual([...first].sort().reverse(), first, 'newest first');
  await page.click('.pagination a[rel="next"]');
  await page.waitForLoadState('load');
  assert.equal(new URL(page.url()).pathname, '/en/disclosure/page/2/');
  const second = await page.$$eval('table.catalogue time', (t) => t.map((e) => e.getAttribute('datetime')));
  assert.ok(second.length >= 1 && second[0] <= first.at(-1), 'page 2 continues where page 1 stopped');
  await page.close();
});

test('large text and high contrast are toggled from the header, remembered, and need no reload', async () => {
  const { page, problems } = await open('/en/');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.click('button[data-reading="large-text"]');
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  assert.ok(after > before * 1.2, `font size ${before} → ${after}`);
  assert.equal(await page.getAttribute('button[data-reading="large-text"]', 'aria-pressed'), 'true');
  await page.click('button[data-reading="high-contrast"]');
  assert.equal(await page.$eval('body', (b) => getComputedStyle(b).backgroundColor), 'rgb(0, 0, 0)');
  await page.screenshot({ path: path.join(shots, 'reading-modes-en.png'), fullPage: false });
  await page.goto(base + '/en/disclosure/');
  assert.ok(await page.evaluate(() => document.documentElement.classList.contains('large-text')), 'remembered on the next page');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  assert.deepEqual(result.violations.map((v) => v.id), [], 'high contrast stays accessible');
  assert.deepEqual(problems, []);
  await page.close();
  const ctx = await browser.newContext({ javaScriptEnabled: false });
  const nojs = await ctx.newPage();
  await nojs.goto(base + '/en/');
  assert.equal(await nojs.isVisible('.reading-tools'), false, 'without JavaScript the buttons are not offered');
  assert.ok(await nojs.isVisible('.main-nav'), 'the page still works without JavaScript');
  await ctx.close();
});

test('pages meet WCAG 2.2 AA as axe-core checks it (target sizes too), in every language', async () => {
  const urls = Object.values(PAGE_TYPES);
  for (const code of Object.keys(LANGS)) {
    for (const url of urls) {
      const file = path.join(root, prefix(code), url, 'index.html');
      if (!fs.existsSync(file)) continue;
      const { page } = await open(prefix(code) + url);
      await page.addScriptTag({ content: axeSource });
      const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] }));
      const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
      assert.deepEqual(found, [], `${prefix(code) + url}`);
      await page.close();
    }
  }
});
