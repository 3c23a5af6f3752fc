// The root page of a site whose languages all live in folders: send the
// reader on to the home page in the first of their browser's languages that
// the site has. The page lists every language as a link, so it works without this.
const links = [...document.querySelectorAll('a[data-lang-home]')];
const tagOf = (a) => a.hreflang.toLowerCase();
const wanted = (navigator.languages?.length ? navigator.languages : [navigator.language]).map((t) => t.toLowerCase());
for (const tag of wanted) {
  const hit = links.find((a) => tagOf(a) === tag) ?? links.find((a) => tagOf(a).split('-')[0] === tag.split('-')[0]);
  if (hit) {
    location.replace(hit.href);
    break;
  }
}
