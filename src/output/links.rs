//! The output's internal links, checked as the build writes it: every
//! site-absolute `href` and `src` of every HTML file must lead to a file of
//! the same build (a page, an image, an attachment, a stylesheet), because
//! inspectors deduct for each broken link. Content links are checked earlier,
//! by `check`, with the Markdown file's line; this catches what the theme and
//! the build's own pages add.
//!
//! It wraps the output `Sink`; it does not read the file system.

use std::collections::BTreeMap;
use std::io;
use std::sync::Mutex;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::diag::Diagnostic;
use crate::render::Sink;

/// A sink that passes every file on and remembers what links where.
pub struct Checked<'a> {
    inner: &'a dyn Sink,
    seen: Mutex<Seen>,
}

#[derive(Default)]
struct Seen {
    written: FxHashSet<String>,
    /// Each site-absolute link value as pages have it (`/en/a/?q=1#x`), with
    /// the first page in path order that has it (pages are written in no
    /// fixed order). Pages share most of their links (the navigation, the
    /// language switcher), so a value is made into an output path once, at
    /// the end, not once per page that has it.
    wanted: FxHashMap<Box<[u8]>, String>,
}

impl<'a> Checked<'a> {
    pub fn new(inner: &'a dyn Sink) -> Checked<'a> {
        Checked {
            inner,
            seen: Mutex::new(Seen::default()),
        }
    }

    /// One error per link target that the build did not write.
    pub fn broken(self) -> Vec<Diagnostic> {
        self.broken_unless(|_| false)
    }

    /// One error per link target that was not written here and that `there`
    /// does not know either (`serve`: the files it already serves).
    pub fn broken_unless(self, there: impl Fn(&str) -> bool) -> Vec<Diagnostic> {
        let seen = self.seen.into_inner().unwrap_or_else(|e| e.into_inner());
        // Values that lead to one path (`/a/`, `/a/#x`) name it by their
        // first page between them.
        let mut broken: BTreeMap<String, String> = BTreeMap::new();
        for (value, page) in seen.wanted {
            let Some(target) = std::str::from_utf8(&value).ok().and_then(site_path) else {
                continue;
            };
            if seen.written.contains(&target) || there(&target) {
                continue;
            }
            match broken.get_mut(&target) {
                Some(first) if page < *first => *first = page,
                Some(_) => {}
                None => {
                    broken.insert(target, page);
                }
            }
        }
        broken
            .into_iter()
            .map(|(target, page)| {
                Diagnostic::error(
                    "E036",
                    format!("public/{page}"),
                    crate::msg!("output-link-broken", target = target),
                )
                .help(crate::msg!("output-link-broken-help"))
            })
            .collect()
    }
}

impl Sink for Checked<'_> {
    fn put(&self, rel: &str, bytes: &[u8]) -> io::Result<()> {
        let values = if rel.ends_with(".html") {
            link_values(bytes)
        } else {
            Vec::new()
        };
        self.inner.put(rel, bytes)?;
        let mut seen = self.seen.lock().unwrap_or_else(|e| e.into_inner());
        seen.written.insert(rel.to_string());
        for v in values {
            match seen.wanted.get_mut(v) {
                Some(page) if rel < page.as_str() => rel.clone_into(page),
                Some(_) => {}
                None => {
                    seen.wanted.insert(v.into(), rel.to_string());
                }
            }
        }
        Ok(())
    }
}

/// The site-absolute `href` and `src` values of a page, each once, as they
/// are written. One pass over the bytes: pages are large and links few.
fn link_values(html: &[u8]) -> Vec<&[u8]> {
    let mut values: Vec<&[u8]> = Vec::new();
    for at in memchr::memmem::find_iter(html, b"=\"") {
        let name = &html[..at];
        // Attribute names that merely end in href/src (data-href) are not links.
        let is_link = [&b"href"[..], b"src"].iter().any(|n| {
            name.ends_with(n)
                && name
                    .len()
                    .checked_sub(n.len() + 1)
                    .is_some_and(|i| name[i].is_ascii_whitespace())
        });
        if !is_link {
            continue;
        }
        let rest = &html[at + 2..];
        let Some(end) = memchr::memchr(b'"', rest) else {
            break;
        };
        let value = &rest[..end];
        if value.starts_with(b"/") && !value.starts_with(b"//") {
            values.push(value);
        }
    }
    values.sort_unstable();
    values.dedup();
    values
}

/// The output path a site-absolute link value leads to: `/en/a/?q=1#x` →
/// `en/a/index.html`, with entities unescaped and percent-escapes decoded;
/// `None` for any other value.
fn site_path(value: &str) -> Option<String> {
    if !value.starts_with('/') || value.starts_with("//") {
        return None;
    }
    // Most values have nothing to unescape or decode: no copies are made.
    let unescaped;
    let value = if value.contains('&') {
        unescaped = value.replace("&amp;", "&");
        &unescaped
    } else {
        value
    };
    let path = value.split(['#', '?']).next().unwrap_or("");
    let path = path.trim_start_matches('/');
    let mut path = if path.contains('%') {
        percent_decode(path)
    } else {
        let mut owned = String::with_capacity(path.len() + "index.html".len());
        owned.push_str(path);
        owned
    };
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    Some(path)
}

fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let (Some(h), Some(l)) = (hex(bytes[i + 1]), hex(bytes[i + 2]))
        {
            out.push((h * 16 + l) as u8);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Nowhere;
    impl Sink for Nowhere {
        fn put(&self, _: &str, _: &[u8]) -> io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn links_become_output_paths() {
        let html = "<a href=\"/en/a/?q=1#x\">a</a><img src=\"/files/%E5%9B%BE.png\"><a href=\"https://x.cn/\">x</a><a href=\"//cdn/x\">c</a><a\nhref=\"/\">h</a><a href=\"/feed.xml\">f</a><div data-href=\"/nowhere/\"></div><p title=\"a=\">t</p><img data-src=\"/no/\"\tsrc=\"/logo.svg\"><a href=\"/en/a/\">again</a><a href=\"/?a=1&amp;b=2\">q</a>";
        let sink = Nowhere;
        let checked = Checked::new(&sink);
        checked.put("p.html", html.as_bytes()).unwrap();
        let targets: Vec<String> = checked
            .broken()
            .into_iter()
            .map(|d| {
                assert_eq!(d.file, "public/p.html");
                d.message
            })
            .collect();
        assert_eq!(
            targets,
            [
                "links to /en/a/index.html, which the build does not write",
                "links to /feed.xml, which the build does not write",
                "links to /files/图.png, which the build does not write",
                "links to /index.html, which the build does not write",
                "links to /logo.svg, which the build does not write",
            ]
        );
    }

    #[test]
    fn a_link_to_nothing_is_an_error_naming_the_page() {
        let sink = Nowhere;
        let checked = Checked::new(&sink);
        checked
            .put(
                "index.html",
                br#"<a href="/about/">about</a><a href="/missing/">m</a>"#,
            )
            .unwrap();
        checked
            .put(
                "about/index.html",
                b"<a href=\"/\">home</a><a href=\"/missing/\">m</a><a href=\"/gone.css\">",
            )
            .unwrap();
        let broken = checked.broken();
        assert_eq!(broken.len(), 2);
        // Each broken target once, by the first linking page in path order,
        // whichever was written first.
        assert_eq!(broken[0].file, "public/about/index.html");
        assert!(broken[0].message.contains("/gone.css"));
        assert_eq!(broken[1].file, "public/about/index.html");
        assert!(
            broken[1].message.contains("/missing/index.html"),
            "{}",
            broken[1].message
        );
    }
}
