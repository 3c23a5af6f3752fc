// The page's side of `gongkai serve` (never part of a built site): reloads
// the page when the server says it changed, keeping the scroll position;
// swaps a changed stylesheet without a reload; shows and hides the error
// overlay. The server adds this script to every page it serves.
(() => {
  const me = document.currentScript;
  const version = me?.dataset.version ?? '0';
  const page = me?.dataset.page ?? location.pathname;
  const key = `gongkai-scroll:${location.pathname}`;

  const saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    const [x, y] = JSON.parse(saved);
    window.scrollTo(x, y);
    // Images and fonts can move the page after the first paint.
    window.addEventListener('load', () => window.scrollTo(x, y), { once: true });
  }

  const mine = (pages) => pages.includes('*') || pages.includes(page) || pages.includes(location.pathname);

  const reload = () => {
    sessionStorage.setItem(key, JSON.stringify([window.scrollX, window.scrollY]));
    location.reload();
  };

  const showErrors = (html) => {
    document.getElementById('gongkai-overlay')?.remove();
    const t = document.createElement('template');
    t.innerHTML = html; // built and escaped by the server
    document.body.append(t.content);
  };

  const events = new EventSource(`/__gongkai/events?v=${encodeURIComponent(version)}&page=${encodeURIComponent(page)}`);
  events.addEventListener('reload', (e) => {
    if (mine(JSON.parse(e.data).pages)) reload();
  });
  events.addEventListener('css', (e) => {
    const { from, to } = JSON.parse(e.data);
    for (const link of document.querySelectorAll('link[rel="stylesheet"]')) {
      if (new URL(link.href, location.href).pathname !== from) continue;
      const next = link.cloneNode();
      next.href = to;
      next.addEventListener('load', () => link.remove(), { once: true });
      link.after(next);
    }
  });
  events.addEventListener('errors', (e) => showErrors(JSON.parse(e.data).html));
  events.addEventListener('fixed', () => document.getElementById('gongkai-overlay')?.remove());
})();
