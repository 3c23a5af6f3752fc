// Older readers' aids (适老化) and the phone menu. Loaded in <head>, so the
// modes a reader chose are applied, and the buttons given their place, before
// the page is first painted: nothing moves when they appear.
//
// - large text, high contrast, enlarged cursor: toggled from the header,
//   remembered across pages (localStorage), no reload;
// - read aloud: the browser's speech synthesis in the page's language,
//   offered only where the browser has it;
// - the phone menu opens without JavaScript (a link to #site-menu); with it,
//   the link becomes a toggle that says whether the menu is open;
// - a printed page says when it was printed.
// Without JavaScript the buttons stay hidden and the page follows the
// system's own contrast and text-size settings.
const KEY = 'gongkai-reading';
const MODES = ['large-text', 'high-contrast', 'big-cursor'];
const root = document.documentElement;
const stored = () => {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '[]');
  } catch {
    return [];
  }
};
const saved = stored();
for (const mode of Array.isArray(saved) ? saved : []) if (MODES.includes(mode)) root.classList.add(mode);
root.classList.add('js');
const speech = 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window ? window.speechSynthesis : null;
if (speech) root.classList.add('can-speak');

/** The text of the page's main content, in reading order, a block at a time. */
function blocks() {
  const main = document.querySelector('main');
  if (!main) return [];
  const out = [];
  for (const el of main.querySelectorAll('h1, h2, h3, h4, p, li, dt, dd, th, td, caption, summary')) {
    if (el.closest('nav, .print-only, [hidden]') || el.parentElement.closest('p, li, dd, td, th')) continue;
    const text = el.innerText.trim();
    if (text && el.getClientRects().length) out.push({ text, lang: el.closest('[lang]')?.lang || root.lang });
  }
  return out;
}

function readAloud(button) {
  if (speech.speaking || speech.pending) {
    speech.cancel();
    button.setAttribute('aria-pressed', 'false');
    return;
  }
  const parts = blocks();
  if (!parts.length) return;
  button.setAttribute('aria-pressed', 'true');
  parts.forEach(({ text, lang }, n) => {
    const u = new SpeechSynthesisUtterance(text);
    u.lang = lang;
    if (n === parts.length - 1) u.onend = () => button.setAttribute('aria-pressed', 'false');
    speech.speak(u);
  });
}

function menu() {
  const header = document.querySelector('.site-header');
  const toggle = header?.querySelector('.menu-toggle');
  if (!toggle) return;
  const set = (open) => {
    header.classList.toggle('menu-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  };
  set(location.hash === '#site-menu');
  toggle.setAttribute('role', 'button');
  toggle.addEventListener('click', (e) => {
    e.preventDefault();
    set(!header.classList.contains('menu-open'));
  });
  toggle.addEventListener('keydown', (e) => {
    if (e.key === ' ') {
      e.preventDefault();
      toggle.click();
    }
  });
  header.querySelector('.menu-close')?.addEventListener('click', (e) => {
    e.preventDefault();
    set(false);
    toggle.focus();
  });
}

document.addEventListener('DOMContentLoaded', () => {
  menu();
  const stamp = document.querySelector('.print-date');
  if (stamp) {
    window.addEventListener('beforeprint', () => {
      const day = new Intl.DateTimeFormat(root.lang, { dateStyle: 'long' }).format(new Date());
      stamp.textContent = ` · ${stamp.dataset.prefix}: ${day}`;
    });
  }
  const tools = document.querySelector('.reading-tools');
  if (!tools) return;
  const buttons = [...tools.querySelectorAll('button[data-reading]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(root.classList.contains(b.dataset.reading)));
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      root.classList.toggle(b.dataset.reading);
      const on = MODES.filter((m) => root.classList.contains(m));
      try {
        localStorage.setItem(KEY, JSON.stringify(on));
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
  }
  sync();
  const aloud = tools.querySelector('[data-read-aloud]');
  if (aloud && speech) {
    aloud.addEventListener('click', () => readAloud(aloud));
    window.addEventListener('pagehide', () => speech.cancel());
  } else aloud?.remove();
});
