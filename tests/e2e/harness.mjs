// What the browser tests share: a static server for a built site, and
// Debian's Chromium started headless the same way everywhere (DESIGN.md §10).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript',
  '.json': 'application/json', '.xml': 'application/xml', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.pdf': 'application/pdf',
};

/** Serves the folder `root` on 127.0.0.1; `onFile(pathname)` sees every file served.
 * Resolves to the server and its base URL. */
export async function serveFolder(root, onFile = () => {}) {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://x');
    let file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) { res.writeHead(404).end('not found'); return; }
    onFile(url.pathname);
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Headless Chromium, from CHROMIUM or Debian's /usr/bin/chromium. */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** One page of every type the portal has, site-relative without the language prefix. */
export const PAGE_TYPES = {
  home: '/',
  catalogue: '/disclosure/',
  'catalogue-page-2': '/disclosure/page/2/',
  record: '/disclosure/2025/dl-2025-00050/',
  // Not in force until 2027-01-01: its badge says when it takes effect.
  'record-pending': '/disclosure/2026/dl-2026-00060/',
  services: '/services/',
  guide: '/services/foreigner-work-permit/',
  'topic-index': '/topics/',
  topic: '/topics/labour-personnel/',
  agency: '/agencies/dl-hrss/',
  sector: '/sectors/water/',
  'life-event': '/life-events/start-a-business/',
  year: '/years/2025/',
  statistics: '/disclosure/statistics/2025/',
  'annual-report': '/disclosure/annual-report/2025/',
  interpretation: '/disclosure/2026/dl-2026-00055/',
  'on-request': '/disclosure/on-request/',
  sitemap: '/sitemap/',
  // Foreign editions only (see FOREIGN_ONLY).
  glossary: '/glossary/',
  page: '/about/',
  search: '/search/',
  notfound: '/404.html',
};

/** Page types only the foreign editions have: the default language's readers read the terms themselves. */
export const FOREIGN_ONLY = new Set(['glossary']);

/** The language to open a page type in when `code` is asked for: English for a foreign-only type asked in Chinese. */
export const codeFor = (name, code) => (FOREIGN_ONLY.has(name) && code === 'zh' ? 'en' : code);

/** The languages of the example portal, by URL prefix code, with their tags. */
export const LANGS = { zh: 'zh-CN', en: 'en', ja: 'ja', ko: 'ko', ru: 'ru', es: 'es' };

/** A language's URL prefix: none for the default language. */
export const prefix = (code) => (code === 'zh' ? '' : `/${code}`);
