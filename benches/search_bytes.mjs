// What a browser downloads for its first one-word query, measured in headless
// Chromium: gongkai's search page (search.js + its index files) and Pagefind's
// JS API on the same built HTML. Prints JSON: per engine and language, the
// files fetched and their bytes raw and gzip-compressed (files Pagefind ships
// already compressed count as they are).
//
//     node benches/search_bytes.mjs PUBLIC_DIR PAGEFIND_DIR lang=word …

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';

const require = createRequire(path.join(process.cwd(), 'tests', 'e2e', 'package.json'));
const { chromium } = require('playwright-core');
const [publicDir, pagefindDir, ...pairs] = process.argv.slice(2);
const TAGS = { zh: 'zh-CN', en: 'en', ja: 'ja', ko: 'ko', ru: 'ru', es: 'es' };

function serve() {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    if (url.pathname.startsWith('/pf-probe/')) {
      const lang = url.pathname.split('/')[2];
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!DOCTYPE html><html lang="${TAGS[lang]}"><head><meta charset="utf-8"><title>probe</title></head><body></body></html>`);
      return;
    }
    const dir = url.pathname.startsWith('/pagefind/') ? path.dirname(pagefindDir) : publicDir;
    let file = path.join(dir, decodeURIComponent(url.pathname));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end(); return; }
    const type = file.endsWith('.js') ? 'text/javascript' : file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.css') ? 'text/css' : 'application/octet-stream';
    res.writeHead(200, { 'content-type': type });
    fs.createReadStream(file).pipe(res);
  });
}

function weigh(files, dirOf) {
  let raw = 0;
  let gz = 0;
  for (const p of files) {
    const bytes = fs.readFileSync(path.join(dirOf(p), decodeURIComponent(p)));
    raw += bytes.length;
    gz += bytes[0] === 0x1f && bytes[1] === 0x8b ? bytes.length : zlib.gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip: gz };
}

const server = serve();
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
const out = {};
for (const pair of pairs) {
  const [lang, word] = pair.split('=');
  const prefix = lang === 'zh' ? '' : `/${lang}`;
  // gongkai: the search page with ?q=, until the count is announced and the excerpts are in.
  let page = await browser.newPage();
  let seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname));
  await page.goto(`${base}${prefix}/search/`);
  await page.fill('#search-q', word);
  await page.press('#search-q', 'Enter');
  await page.waitForFunction(() => document.querySelector('.search-status').textContent !== '');
  await page.waitForLoadState('networkidle');
  const results = await page.$$eval('.search-results li', (l) => l.length);
  const gk = seen.filter((p) => p.startsWith('/search-index/') || p.includes('/search.'));
  out[`gongkai ${lang}`] = { word, results, ...weigh(gk, () => publicDir) };
  await page.close();
  // Pagefind: its JS API from a page in the language, ten results' data as its UI would show.
  if (pagefindDir) {
    page = await browser.newPage();
    seen = [];
    page.on('request', (r) => seen.push(new URL(r.url()).pathname));
    await page.goto(`${base}/pf-probe/${lang}/`);
    const n = await page.evaluate(async (w) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.init();
      const r = await pf.search(w);
      await Promise.all(r.results.slice(0, 10).map((x) => x.data()));
      return r.results.length;
    }, word);
    const pfFiles = seen.filter((p) => p.startsWith('/pagefind/'));
    out[`pagefind ${lang}`] = { word, results: n, ...weigh(pfFiles, () => path.dirname(pagefindDir)) };
    await page.close();
  }
}
await browser.close();
server.close();
console.log(JSON.stringify(out, null, 1));
