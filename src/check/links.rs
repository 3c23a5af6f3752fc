//! Links in a page's text: each resolved where it is written, a broken one
//! named with the nearest page or file, and links to pages a build leaves out.

use super::*;

/// The page or file nearest to a broken link's path, as a site path: among
/// pages by key, among files by path, and a file's name anywhere.
fn nearest<'a>(
    key: &str,
    pages: impl Iterator<Item = &'a str> + Clone,
    files: impl Iterator<Item = &'a str> + Clone,
) -> Option<String> {
    // Not the folder the link is in: `disclosure/2026` is no guess for
    // `disclosure/2026/名单.png`.
    let not_above = |p: &&str| !key.starts_with(&format!("{p}/"));
    if let Some(page) = did_you_mean(key, pages.clone().filter(not_above)) {
        return Some(format!("/{page}/"));
    }
    if let Some(file) = did_you_mean(key, files.clone()) {
        return Some(format!("/{file}"));
    }
    // Right name, wrong folder: `chart.png` that lives elsewhere.
    let name = key.rsplit('/').next().unwrap_or(key);
    if name.is_empty() {
        return None;
    }
    files
        .clone()
        .find(|f| f.rsplit('/').next() == Some(name))
        .map(|f| format!("/{f}"))
        .or_else(|| {
            pages
                .clone()
                .find(|p| p.rsplit('/').next() == Some(name))
                .map(|p| format!("/{p}/"))
        })
}

/// Whether a build leaves the page out: its source is a draft, or a record
/// scheduled after today. Why, when it is.
/// Also the code of a link to it: E037 for a scheduled record, E038 for a
/// draft, so that a build that shows one or the other (`--future`,
/// `--drafts`, `serve`) can let those links be.
pub(super) fn held_back(
    site: &Site,
    i: usize,
    today: Option<Date>,
) -> Option<(&'static str, Message)> {
    let source = site.source(i)?;
    if source.front.is_draft() {
        return Some(("E038", msg!("held-draft")));
    }
    let published = source.front.published()?;
    today
        .filter(|&t| published > t)
        .map(|_| ("E037", msg!("held-scheduled", date = &published)))
}

/// The codes of links to pages a build leaves out (see `held_back`).
pub const LINK_TO_SCHEDULED: &str = "E037";
pub const LINK_TO_DRAFT: &str = "E038";

/// Zero broken internal links (inspectors deduct for each one), and a word
/// on raw HTML the sanitiser removes.
pub(super) fn body(
    site: &Site,
    i: usize,
    doc: &Document,
    today: Option<Date>,
    out: &mut Vec<Diagnostic>,
) {
    let base = markdown::LinkBase::of(&doc.file.key, doc.file.is_section, site.config.base_url());
    let scan = markdown::scan(&doc.body, &base);
    let at = |offset: usize| {
        let n = doc.body[..offset].matches('\n').count();
        crate::diag::Position {
            line: doc.body_line + n,
            column: doc.body[..offset]
                .rsplit('\n')
                .next()
                .map_or(0, |l| l.chars().count())
                + 1,
            text: doc.body.lines().nth(n).map(str::to_string),
        }
    };
    let this_held = held_back(site, i, today).is_some() || doc.front.is_draft();
    for link in scan.links {
        let (offset, url) = (link.offset, &link.written);
        // What was written, and where it leads when that is not the same.
        let shown = if link.path == *url {
            format!("`{url}`")
        } else {
            format!("`{url}` ({})", link.path)
        };
        let key = link
            .path
            .split(['#', '?'])
            .next()
            .unwrap_or("")
            .trim_matches('/');
        let target = site.resolve_link(&link.path);
        if let Some(crate::site::Target::Page(j)) = target
            && !this_held
            && let Some((code, why)) = held_back(site, j, today)
        {
            out.push(
                Diagnostic::error(
                    code,
                    &doc.file.display,
                    msg!("link-held-back", target = shown, why = why),
                )
                .at(at(offset))
                .help(msg!("link-held-back-help")),
            );
            continue;
        }
        if target.is_some() || site.was_found(key) {
            continue;
        }
        let keys = site.entries.iter().map(|e| e.key.as_str());
        let files = site.assets.iter().map(|a| a.rel.as_str());
        let mut d = Diagnostic::error(
            "E033",
            &doc.file.display,
            msg!("link-broken", target = shown),
        )
        .at(at(offset));
        d = match nearest(key, keys, files) {
            Some(s) => d.help(msg!("did-you-mean", name = s)),
            None => d.help(msg!("link-broken-help")),
        };
        out.push(d);
    }
    for (offset, what) in scan.unsafe_html {
        out.push(
            Diagnostic::warning(
                "W004",
                &doc.file.display,
                msg!("raw-html-removed", what = what),
            )
            .at(at(offset))
            .help(msg!("raw-html-removed-help")),
        );
    }
}
