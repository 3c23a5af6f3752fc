// pa11y drives Debian's Chromium (DESIGN.md §10): puppeteer downloads no browser of its own.
module.exports = { skipDownload: true };
