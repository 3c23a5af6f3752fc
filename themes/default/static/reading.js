// Older readers' modes (适老化): large text and high contrast, toggled from the
// header, remembered across pages, applied before the page is first painted.
// Without JavaScript the buttons stay hidden and the page follows the
// system's own contrast and text-size settings.
const KEY = 'gongkai-reading';
const root = document.documentElement;
const stored = () => {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '[]');
  } catch {
    return [];
  }
};
const MODES = ['large-text', 'high-contrast'];
for (const mode of stored()) if (MODES.includes(mode)) root.classList.add(mode);

document.addEventListener('DOMContentLoaded', () => {
  const tools = document.querySelector('.reading-tools');
  if (!tools) return;
  const buttons = [...tools.querySelectorAll('button[data-reading]')];
  const sync = () => {
    for (const b of buttons) b.setAttribute('aria-pressed', String(root.classList.contains(b.dataset.reading)));
  };
  for (const b of buttons) {
    b.addEventListener('click', () => {
      root.classList.toggle(b.dataset.reading);
      const on = buttons.map((x) => x.dataset.reading).filter((m) => root.classList.contains(m));
      try {
        localStorage.setItem(KEY, JSON.stringify(on));
      } catch {
        // Private mode: the choice lasts for this page only.
      }
      sync();
    });
  }
  sync();
  tools.hidden = false;
});
