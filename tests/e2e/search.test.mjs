// Search in headless Chromium on the built example portal: every language
// finds what its readers type, filters and date sort work, `?q=` links work,
// and the browser ranks exactly as `gongkai search --json` does.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { serveFolder, launchChromium } from './harness.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');
const root = path.resolve(process.env.GONGKAI_PUBLIC ?? path.join(repo, 'public'));
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const bin = process.env.GONGKAI_BIN
  ?? ['release', 'debug'].map((p) => path.join(repo, 'target', p, 'gongkai')).find((p) => fs.existsSync(p));
const prefix = (code) => (code === 'zh' ? '' : `/${code}`);

let server;
let base;
let browser;
const fetched = [];

before(async () => {
  assert.ok(fs.existsSync(path.join(root, 'search-index', 'zh', 'index.json')), `no search index under ${root}: run gongkai build first`);
  ({ server, base } = await serveFolder(root, (pathname) => fetched.push(pathname)));
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a language's search page with a query string; resolves once the live region has spoken. */
async function searchPage(code, params) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(m.text()); });
  const qs = new URLSearchParams(params).toString();
  await page.goto(`${base}${prefix(code)}/search/${qs ? '?' + qs : ''}`);
  if (params.q) await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  return { page, problems };
}

async function resultUrls(page) {
  return page.$$eval('.search-results h2 a', (as) => as.map((a) => a.getAttribute('href')));
}

async function results(code, params) {
  const { page, problems } = await searchPage(code, params);
  const urls = await resultUrls(page);
  const status = await page.textContent('.search-status');
  await page.close();
  assert.deepEqual(problems, []);
  return { urls, status };
}

function cli(code, q) {
  const out = execFileSync(bin, ['search', q, '--lang', code, '--limit', '10', '--json', '--root', repo], { encoding: 'utf8' });
  return JSON.parse(out).map((h) => h.url);
}

test('two characters of a Chinese or Japanese title find it', async () => {
  assert.ok((await results('zh', { q: '营商' })).urls.includes('/disclosure/2025/dl-2025-00050/'));
  assert.ok((await results('ja', { q: '衛生' })).urls.includes('/ja/disclosure/2024/dl-2024-00009/'));
});

test('a Korean word stem finds the pages where it heads longer words', async () => {
  const { urls } = await results('ko', { q: '설립' });
  assert.equal(urls[0], '/ko/services/business-registration/', '설립 finds 설립등기');
});

test('inflected forms find the base form and the reverse, in English, Spanish and Russian', async () => {
  for (const [code, forms, url] of [
    ['en', ['permit', 'permits'], '/en/services/foreigner-work-permit/'],
    ['en', ['investment', 'investments'], '/en/invest/incentives/'],
    ['es', ['inversión', 'inversiones'], '/es/disclosure/2023/dl-2023-00005/'],
    ['ru', ['инвестиции', 'инвестиций', 'инвестициям'], '/ru/invest/'],
  ]) {
    const lists = [];
    for (const q of forms) lists.push((await results(code, { q })).urls);
    for (const [i, list] of lists.entries()) assert.ok(list.includes(url), `${code} ${forms[i]} finds ${url}`);
    assert.deepEqual(lists[1], lists[0], `${code}: ${forms.join(' = ')}`);
  }
});

test('words typed without accents or ё, and forms the corpus never had, find what the written forms find', async () => {
  for (const [code, forms] of [
    ['es', ['administración', 'administracion', 'ADMINISTRACIÓN']],
    ['es', ['publicación', 'publicaciones', 'publicacion']],
    ['es', ['información', 'informacion', 'informaciones']],
    ['ru', ['удалённый', 'удаленный', 'удалённого']],
    ['en', ['investment', 'investments', 'investing']],
  ]) {
    const lists = [];
    for (const q of forms) lists.push((await results(code, { q })).urls);
    assert.ok(lists[0].length > 0, `${code} ${forms[0]} finds something`);
    for (const [i, list] of lists.entries()) assert.deepEqual(list, lists[0], `${code}: ${forms[i]} = ${forms[0]}`);
  }
});

test('a dotted number matches whole, in every language', async () => {
  let marks = 0;
  for (const code of ['zh', 'en', 'ja', 'ko', 'ru', 'es']) {
    const { urls } = await results(code, { q: 'PM2.5' });
    assert.deepEqual(urls, cli(code, 'PM2.5'), code);
    assert.ok(urls.length > 0, `${code}: PM2.5 is found`);
    const { page } = await searchPage(code, { q: 'PM2.5' });
    const marked = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent));
    await page.close();
    assert.ok(marked.every((m) => m.toLowerCase() === 'pm2.5'), `${code}: the number is marked whole, never its digits (${marked.join(' ')})`);
    marks += marked.length;
  }
  assert.ok(marks > 0, 'the number is marked');
});

test('a mistyped word finds the word meant, and the page says what it shows, in English, Spanish and Russian', async () => {
  for (const [code, typo, right] of [
    ['en', 'envronment', 'environment'],
    ['es', 'adminsitración', 'administración'],
    ['ru', 'инвестицыи', 'инвестиции'],
  ]) {
    const meant = await results(code, { q: right });
    const { page, problems } = await searchPage(code, { q: typo });
    const urls = await resultUrls(page);
    assert.ok(urls.includes(meant.urls[0]), `${code}: ${typo} finds what ${right} finds first`);
    assert.equal(await page.isVisible('.search-corrected'), true, `${code}: the correction is shown`);
    assert.deepEqual(problems, []);
    await page.close();
    assert.deepEqual(urls, cli(code, typo), `${code}: browser = CLI for ${typo}`);
    const exact = await searchPage(code, { q: right });
    assert.equal(await exact.page.isVisible('.search-corrected'), false, `${code}: no correction for ${right}`);
    await exact.page.close();
  }
});

test('a query that finds nothing here names the editions that have results, with links to them', async () => {
  const { page, problems } = await searchPage('en', { q: '外商' });
  assert.deepEqual(await resultUrls(page), []);
  await page.waitForSelector('.search-elsewhere:not([hidden])');
  const links = await page.$$eval('.search-elsewhere li:not([hidden]) a', (as) => as.map((a) => [a.getAttribute('href'), a.parentElement.textContent]));
  const zh = links.find(([href]) => href.startsWith('/search/'));
  assert.ok(zh, links.join(' | '));
  assert.equal(new URL(zh[0], base).searchParams.get('q'), '外商');
  const count = Number(zh[1].match(/\((\d+)\)/)[1]);
  assert.equal(count, JSON.parse(execFileSync(bin, ['search', '外商', '--lang', 'zh', '--limit', '1000', '--json', '--root', repo], { encoding: 'utf8' })).length);
  assert.ok(!links.some(([href]) => href.startsWith('/en/')), 'not the edition being read');
  await page.click(`.search-elsewhere a[href="${zh[0]}"]`);
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  assert.ok((await resultUrls(page)).length > 0, 'the Chinese edition shows its results');
  assert.deepEqual(problems, []);
  await page.close();
  const found = await searchPage('zh', { q: '外商' });
  assert.equal(await found.page.isVisible('.search-elsewhere'), false, 'no hint where results are many');
  await found.page.close();
});

test('a result shows its document number and validity, and a Chinese text in a foreign edition is marked as such', async () => {
  const { page, problems } = await searchPage('en', { q: '大政发〔2025〕6号' });
  const first = await page.textContent('.search-results li .search-meta');
  assert.match(first, /Document No\. 大政发〔2025〕6号/);
  assert.match(first, /In force|Valid/);
  await page.close();
  let marked = 0;
  for (const code of ['en', 'ru', 'es']) {
    const { page: p } = await searchPage(code, { q: '通知' });
    const rows = await p.$$eval('.search-results li', (lis) => lis.map((li) => [!!li.querySelector('h2 a[lang]'), !!li.querySelector('.search-fallback')]));
    await p.close();
    for (const [fallback, mark] of rows) assert.equal(mark, fallback, `${code}: a fallback is marked, and only a fallback`);
    marked += rows.filter(([f]) => f).length;
  }
  assert.ok(marked > 0, 'some results are Chinese fallbacks');
  assert.deepEqual(problems, []);
});

test('a quoted phrase finds its words together and in order, in every language, and is marked whole', async () => {
  for (const [code, q] of [
    ['en', '"work permit"'],
    ['es', '"permiso de trabajo"'],
    ['ru', '"разрешение на работу"'],
    ['zh', '"营商环境"'],
    ['ja', '"外国人"'],
  ]) {
    const { page, problems } = await searchPage(code, { q });
    const urls = await resultUrls(page);
    assert.ok(urls.length > 0, `${code}: ${q} finds pages`);
    assert.deepEqual(urls, cli(code, q), `${code}: browser = CLI for ${q}`);
    const all = (query) => JSON.parse(execFileSync(bin, ['search', query, '--lang', code, '--limit', '1000', '--json', '--root', repo], { encoding: 'utf8' })).map((h) => h.url);
    const loose = all(q.replaceAll('"', ''));
    assert.ok(all(q).every((u) => loose.includes(u)), `${code}: every page of the phrase has its words`);
    const marked = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent));
    assert.ok(marked.length > 0, `${code}: ${q} is marked`);
    // Marked whole: each mark is the phrase (its little words with it), never one of its words alone.
    for (const m of marked) assert.ok([...m.replace(/\s+/g, '')].length >= [...q.replace(/[\s"]/g, '')].length - 2, `${code}: a mark «${m}» is the phrase`);
    assert.deepEqual(problems, []);
    await page.close();
  }
  const quoted = await results('en', { q: '"work permit"' });
  const unquoted = await results('en', { q: 'work permit' });
  const total = (r) => Number(r.status.match(/\d+/)?.[0] ?? 0);
  assert.ok(total(quoted) < total(unquoted), `${quoted.status} < ${unquoted.status}`);
});

test('unquoted words that stand together on a page put it first', async () => {
  const { urls } = await results('en', { q: 'work permit' });
  const quoted = cli('en', '"work permit"');
  const together = urls.filter((u) => quoted.includes(u)).length;
  assert.ok(together > 0);
  assert.deepEqual(urls.slice(0, together).every((u) => quoted.includes(u)), true, urls.join(' '));
});

test('a date range keeps the pages published in it', async () => {
  const all = await results('en', { q: 'Dalian' });
  const ranged = await results('en', { q: 'Dalian', from: '2024-01-01', to: '2024-12-31' });
  const total = (r) => Number(r.status.match(/\d+/)?.[0] ?? 0);
  assert.ok(ranged.urls.length > 0 && ranged.urls.every((u) => u.startsWith('/en/disclosure/2024/')), ranged.urls.join(' '));
  assert.ok(total(ranged) < total(all));
  const from = await results('en', { q: 'Dalian', from: '2025-01-01', sort: 'date' });
  assert.ok(from.urls.length > 0 && from.urls.every((u) => Number(u.split('/')[3]) >= 2025), from.urls.join(' '));
});

test('from the search box, the results are two keys away', async () => {
  const { page, problems } = await searchPage('en', { q: 'water' });
  await page.focus('#search-q');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('href')), '#search-results');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'search-results');
  assert.deepEqual(problems, []);
  await page.close();
});

test('a document number and an index number put their record first, in every language', async () => {
  for (const code of ['zh', 'en', 'ja', 'ko', 'ru', 'es']) {
    for (const q of ['大政发〔2025〕6号', '11210200001180523D/2025-00050']) {
      const { urls } = await results(code, { q });
      assert.equal(urls[0], `${prefix(code)}/disclosure/2025/dl-2025-00050/`, `${code}: ${q}`);
    }
  }
});

test('filters keep only matching pages, and date sort puts the newest first', async () => {
  const all = await results('en', { q: 'Dalian' });
  const guides = await results('en', { q: 'Dalian', kind: 'guide' });
  assert.ok(guides.urls.length > 0 && guides.urls.every((u) => u.startsWith('/en/services/')), guides.urls.join(' '));
  const total = (r) => Number(r.status.match(/\d+/)?.[0] ?? 0);
  assert.ok(total(guides) < total(all), `${guides.status} < ${all.status}`);
  const y2024 = await results('en', { q: 'Dalian', year: '2024', sort: 'date' });
  assert.ok(y2024.urls.length > 0 && y2024.urls.every((u) => u.startsWith('/en/disclosure/2024/')), y2024.urls.join(' '));
  const dated = await results('en', { q: 'notice', kind: 'record', sort: 'date' });
  const years = dated.urls.map((u) => Number(u.split('/')[3]));
  assert.ok(years.length > 3);
  assert.deepEqual(years, [...years].sort((a, b) => b - a), 'newest first');
  const repealed = await results('zh', { q: '通知', validity: 'repealed' });
  assert.ok(total(repealed) > 0 && total(repealed) < total(await results('zh', { q: '通知' })), repealed.status);
});

test('?q= links open with the query in the box, the count announced, and highlighted results', async () => {
  const { page, problems } = await searchPage('ru', { q: 'разрешение на работу' });
  assert.equal(await page.inputValue('#search-q'), 'разрешение на работу');
  assert.equal(await page.getAttribute('.search-status', 'aria-live'), 'polite');
  assert.match(await page.textContent('.search-status'), /^Найден/);
  assert.ok(await page.$('.search-results mark'), 'matches are marked');
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test('results come ten at a time; the rest follow on request, with focus on the first new one', async () => {
  const { page, problems } = await searchPage('en', { q: 'Dalian' });
  assert.equal((await resultUrls(page)).length, 10);
  await page.click('.search-more');
  await page.waitForFunction(() => document.querySelectorAll('.search-results li').length > 10);
  const focused = await page.evaluate(() => document.activeElement.getAttribute('href'));
  assert.equal(focused, (await resultUrls(page))[10]);
  assert.deepEqual(problems, []);
  await page.close();
});

test('the header box of any page searches from the keyboard, and search.js loads only then', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/en/`);
  assert.equal(await page.$('script[src*="search"]'), null, 'no search script on other pages');
  await page.focus('#header-q');
  await page.keyboard.type('water');
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/en\/search\/\?q=water/);
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  assert.ok((await resultUrls(page)).includes('/en/services/water-connection/'));
  await page.close();
});

test('a first one-word query downloads little', async () => {
  fetched.length = 0;
  await results('en', { q: 'investment' });
  const index = fetched.filter((p) => p.startsWith('/search-index/') || p.includes('search.'));
  let bytes = 0;
  for (const p of index) bytes += fs.statSync(path.join(root, p)).size;
  assert.ok(bytes < 200_000, `${bytes} bytes (uncompressed) for ${index.length} files`);
});

test('a Traditional query finds the Simplified text, and only such a query fetches the table', async () => {
  const isTable = (p) => /^\/search-index\/zh\/h\.[0-9a-f]{8}\.jz$/.test(p);
  fetched.length = 0;
  const simplified = await results('zh', { q: '营商环境' });
  assert.ok(simplified.urls.includes('/disclosure/2025/dl-2025-00050/'));
  assert.ok(!fetched.some(isTable), 'a Simplified query fetches no table');
  fetched.length = 0;
  const traditional = await results('zh', { q: '營商環境' });
  assert.deepEqual(traditional.urls, simplified.urls);
  assert.ok(fetched.some(isTable), 'the table is fetched for 營商環境');
  assert.deepEqual((await results('zh', { q: '關於 營商' })).urls, (await results('zh', { q: '关于 营商' })).urls);
});

test('each edition folds with its own table, whichever edition the page opened first', async () => {
  // The hint of other editions' results opens their indexes in the page; an
  // edition's table holds only the pairs its own terms need, and loading
  // another's must not stand in for it. The query: a pair of characters of
  // a Chinese title, one written Traditional with a pair the English table
  // lacks.
  const unpack = (file) => JSON.parse(zlib.gunzipSync(fs.readFileSync(file)));
  const entry = (code) => JSON.parse(fs.readFileSync(path.join(root, 'search-index', code, 'index.json'), 'utf8'));
  const table = (code) => {
    const cs = [...unpack(path.join(root, 'search-index', code, `h.${entry(code).fold}.jz`))];
    return new Map(cs.flatMap((c, i) => (i % 2 ? [] : [[cs[i + 1], c]])));
  };
  const [zh, en] = [table('zh'), table('en')];
  const titles = fs.readdirSync(path.join(root, 'search-index', 'zh', 'm')).flatMap((f) => unpack(path.join(root, 'search-index', 'zh', 'm', f)).map((row) => row[1]));
  let q = null;
  for (const title of titles) {
    const cs = [...title];
    const at = cs.findIndex((c, i) => i > 0 && /\p{scx=Han}/u.test(cs[i - 1]) && zh.has(c) && ![...en.values()].includes(zh.get(c)));
    if (at > 0) { q = cs[at - 1] + zh.get(cs[at]); break; }
  }
  assert.ok(q, 'a Chinese title has a character whose pair only the Chinese table has');
  const expected = cli('zh', q);
  assert.ok(expected.length > 0, `${q} finds its title`);
  const { page } = await searchPage('zh', {});
  const src = await page.$eval('script[src*="/static/search."]', (s) => s.getAttribute('src'));
  const urls = await page.evaluate(async ([src, q]) => {
    const { Index } = await import(src);
    const en = await Index.open('/search-index/en/index.json');
    await en.search(q);
    const zh = await Index.open('/search-index/zh/index.json');
    const hits = await zh.search(q);
    return Promise.all(hits.slice(0, 10).map(async ([d]) => (await zh.meta(d)).url));
  }, [src, q]);
  await page.close();
  assert.deepEqual(urls, expected, q);
});

test('Japanese and Chinese forms of a character find each other, and the Japanese form is marked', async () => {
  // Japanese writes 大連, the Chinese originals shown in the Japanese edition 大连.
  const { page, problems } = await searchPage('ja', { q: '大連' });
  const urls = await resultUrls(page);
  const marks = await page.$$eval('.search-results mark', (ms) => ms.map((m) => m.textContent));
  await page.close();
  assert.deepEqual(problems, []);
  assert.ok(urls.includes('/ja/about/'), urls.join(' '));
  assert.ok(marks.includes('大連'), marks.join(' '));
  assert.deepEqual(urls, (await results('ja', { q: '大连' })).urls);
});

test('pinyin finds Chinese titles, with or without spaces and tones', async () => {
  for (const q of ['shangwuju', 'shang wu ju', 'shāngwùjú']) {
    const { urls } = await results('zh', { q });
    assert.ok(urls.includes('/disclosure/2023/dl-2023-00005/'), `${q}: ${urls.join(' ')}`);
    assert.deepEqual(urls, cli('zh', q), q);
  }
  for (const q of ['yingshang huanjing', 'yíngshāng huánjìng']) {
    const { urls } = await results('zh', { q });
    assert.ok(urls.includes('/disclosure/2025/dl-2025-00050/'), `${q}: ${urls.join(' ')}`);
  }
  assert.equal((await results('zh', { q: 'qwxz' })).urls.length, 0);
});

test('pinyin matches rank below the pages the letters find, in the browser as in the CLI', async () => {
  // In the English edition, `dalian` is a word of its pages, and the reading
  // of the Chinese originals shown there: those come last, whatever their score.
  const { page } = await searchPage('en', { q: 'dalian' });
  const src = await page.$eval('script[src*="/static/search."]', (s) => s.getAttribute('src'));
  const urls = await page.evaluate(async (src) => {
    const { Index } = await import(src);
    const index = await Index.open('/search-index/en/index.json');
    const hits = await index.search('dalian');
    return Promise.all(hits.map(async ([d]) => (await index.meta(d)).url));
  }, src);
  await page.close();
  const out = execFileSync(bin, ['search', 'dalian', '--lang', 'en', '--limit', '1000', '--json', '--root', repo], { encoding: 'utf8' });
  const expected = JSON.parse(out);
  assert.deepEqual(urls, expected.map((h) => h.url));
  const chinese = expected.map((h, i) => [i, /\p{scx=Han}/u.test(h.title)]).filter(([, han]) => han).map(([i]) => i);
  assert.ok(chinese.length >= 2, 'the Chinese originals are found by their reading');
  assert.ok(chinese.every((i) => i >= expected.length - chinese.length), 'and come after every page with the word');
});

const PARITY = {
  zh: ['營商環境', '電子政務', '关於', 'dalian', 'da lian', 'dàlián', 'shangwuju', 'yingshang huanjing', 'xi\'an', '营商', '营商环境', '"营商环境"', '营商 环境', '外国人', '工作许可', '医疗保险', '大连', '通知', '大政发〔2025〕6号', '住房公积金', '供水', '2.5', 'PM2.5'],
  en: ['investment', 'investments', 'work permit', '"work permit"', '"foreign investment"', '“water supply”', 'Dalian', 'medical insurance', 'notice', 'water supply', 'foreign investment', 'investm', 'residence', 'envronment', 'goverment services', '177.70', 'naïve'],
  ja: ['大连', '医療', '投資', '外国人', '「外国人」', '大連', '通知'],
  ko: ['투자', '설립', '신청', '외국인', '다롄'],
  ru: ['инвестиции', 'инвестиций', 'разрешение на работу', '"разрешение на работу"', 'Далянь', 'уведомление', 'удаленный', 'инвестицыи'],
  es: ['inversión', 'inversiones', 'permiso de trabajo', '"permiso de trabajo"', '«de trabajo»', 'Dalian', 'agua', 'administracion', 'publicaciones', 'adminsitracion'],
};

test('the browser\'s top 10 equals gongkai search --json\'s, in order, for 50 queries in six languages', async () => {
  assert.ok(bin, 'build gongkai first (target/release or target/debug)');
  let compared = 0;
  let nonEmpty = 0;
  for (const [code, queries] of Object.entries(PARITY)) {
    for (const q of queries) {
      const expected = cli(code, q);
      const { urls } = await results(code, { q });
      assert.deepEqual(urls.slice(0, 10), expected, `${code}: ${q}`);
      compared += 1;
      if (expected.length > 0) nonEmpty += 1;
    }
  }
  assert.ok(compared >= 30);
  assert.ok(nonEmpty >= 30, `${nonEmpty} queries found something`);
});
