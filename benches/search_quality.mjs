// The browser half of benches/search_quality.py: runs every query through
// gongkai's search page and through Pagefind's JS API in one headless
// Chromium, on the same built site served from 127.0.0.1.
//
//     node benches/search_quality.mjs JOB.json > OUT.json
//
// JOB.json: {"public": DIR, "pagefind": DIR (the folder holding pagefind.js),
// "chromium": PATH, "modules": DIR (node_modules with playwright-core),
// "first": {lang: word}, "queries": [{"lang", "q"}]}.
// Prints {"gongkai": [{urls, total}], "pagefind": [{urls, total}],
// "first": {"gongkai zh": {word, files, raw, gzip, results}, "pagefind zh": …}}:
// the first ten result URLs of each query in order, and what a browser with
// an empty cache fetches for its first query in each language.

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const job = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const require = createRequire(path.join(job.modules, 'package.json'));
const { chromium } = require('playwright-core');
const TAGS = { zh: 'zh-CN', en: 'en', ja: 'ja', ko: 'ko', ru: 'ru', es: 'es' };
const TYPES = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.json': 'application/json', '.wasm': 'application/wasm', '.svg': 'image/svg+xml' };

function fileOf(pathname) {
  const [dir, rest] = pathname.startsWith('/pagefind/') ? [job.pagefind, pathname.slice('/pagefind'.length)] : [job.public, pathname];
  let file = path.join(dir, decodeURIComponent(rest));
  if (!file.startsWith(dir)) return null;
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
  return fs.existsSync(file) ? file : null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const probe = url.pathname.match(/^\/pf-probe\/([a-z]{2})\/$/);
  if (probe) {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!DOCTYPE html><html lang="${TAGS[probe[1]]}"><head><meta charset="utf-8"><title>probe</title></head><body></body></html>`);
    return;
  }
  const file = fileOf(url.pathname);
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
  fs.createReadStream(file).pipe(res);
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

function weigh(paths) {
  let raw = 0;
  let gz = 0;
  for (const p of paths) {
    const bytes = fs.readFileSync(fileOf(p));
    raw += bytes.length;
    gz += bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: paths.length, raw, gzip: gz };
}

/** A page that counts its requests in flight, so a caller can wait for quiet. */
async function tracked(context, url) {
  const page = await context.newPage();
  const seen = [];
  let inflight = 0;
  page.on('request', (r) => {
    inflight++;
    seen.push(new URL(r.url()).pathname);
  });
  const done = () => inflight--;
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  await page.goto(url);
  page.quiet = async () => {
    for (let calm = 0; calm < 2;) {
      await new Promise((r) => setTimeout(r, 25));
      calm = inflight === 0 ? calm + 1 : 0;
    }
  };
  page.seen = seen;
  return page;
}

const prefix = (lang) => (lang === 'zh' ? '' : `/${lang}`);

/** Types q into the search page's form and reads the listed results. */
async function gongkai(page, q) {
  await page.evaluate((q) => {
    const root = document.querySelector('[data-search-index]');
    root.querySelector('[role=status]').textContent = '';
    const input = root.querySelector('form input[name=q]');
    input.value = q;
    input.form.requestSubmit();
  }, q);
  await page.waitForFunction(() => document.querySelector('[data-search-index] [role=status]').textContent.trim() !== '', null, { timeout: 20000 });
  // Done when nothing is in flight and the status and the list stay as they are.
  const state = () => page.evaluate(() => {
    const root = document.querySelector('[data-search-index]');
    return root.querySelector('[role=status]').textContent + '\n' + root.querySelector('.search-results').innerHTML;
  });
  for (let before = null, now = await state(); before !== now; before = now, now = await state()) await page.quiet();
  return page.evaluate(() => {
    const root = document.querySelector('[data-search-index]');
    const items = [...root.querySelectorAll('.search-results > li')];
    const status = root.querySelector('[role=status]').textContent.trim();
    const total = Number((status.replace(/[\s,.\u00a0\u202f]/g, '').match(/\d+/) ?? ['0'])[0]);
    return { urls: items.slice(0, 10).map((li) => li.querySelector('a')?.getAttribute('href') ?? ''), total: items.length ? total : 0, status };
  });
}

async function pagefind(page, q) {
  return page.evaluate(async (q) => {
    window.pf ??= await import('/pagefind/pagefind.js');
    await window.pf.init();
    const r = await window.pf.search(q);
    const data = await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
    return { urls: data.map((d) => d.url), total: r.results.length };
  }, q);
}

const browser = await chromium.launch({
  executablePath: job.chromium,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const out = { gongkai: [], pagefind: [], first: {} };

// First queries, each in a fresh context (an empty cache).
for (const [lang, word] of Object.entries(job.first)) {
  let ctx = await browser.newContext();
  const home = await tracked(ctx, `${base}${prefix(lang)}/`);
  await home.quiet();
  const chrome = new Set(home.seen);
  await ctx.close();
  ctx = await browser.newContext();
  let page = await tracked(ctx, `${base}${prefix(lang)}/search/`);
  await page.quiet();
  const r = await gongkai(page, word);
  const fetched = [...new Set(page.seen)].filter((p) => p.startsWith('/search-index/') || (/\.m?js$/.test(p) && !chrome.has(p)));
  out.first[`gongkai ${lang}`] = { word, results: r.total, ...weigh(fetched) };
  await ctx.close();
  ctx = await browser.newContext();
  page = await tracked(ctx, `${base}/pf-probe/${lang}/`);
  const p = await pagefind(page, word);
  await page.quiet();
  out.first[`pagefind ${lang}`] = { word, results: p.total, ...weigh([...new Set(page.seen)].filter((x) => x.startsWith('/pagefind/'))) };
  await ctx.close();
}

// Every query, one page per language and engine, as a reader searching on.
const ctx = await browser.newContext();
const pages = {};
for (const { lang, q } of job.queries) {
  pages[lang] ??= {
    gongkai: await tracked(ctx, `${base}${prefix(lang)}/search/`),
    pagefind: await tracked(ctx, `${base}/pf-probe/${lang}/`),
  };
  const { gongkai: g, pagefind: p } = pages[lang];
  try {
    out.gongkai.push(await gongkai(g, q));
  } catch (e) {
    out.gongkai.push({ urls: [], total: 0, error: String(e).split('\n')[0] });
  }
  try {
    out.pagefind.push(await pagefind(p, q));
  } catch (e) {
    out.pagefind.push({ urls: [], total: 0, error: String(e).split('\n')[0] });
  }
}
await browser.close();
server.close();
console.log(JSON.stringify(out));
