//! Markdown to safe HTML: pulldown-cmark with tables, footnotes, heading ids
//! and strikethrough; internal links rewritten per language; raw HTML cleaned
//! by ammonia (no scripts, event handlers or `javascript:` URLs reach readers).

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, html};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
}

/// Renders `md`; `link` maps each site-absolute link (`/services/x/`) to the
/// URL to print, so one source serves every language.
pub fn to_html(md: &str, link: &dyn Fn(&str) -> String) -> String {
    let events = Parser::new_ext(md, options()).map(|event| match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) if is_site_path(&dest_url) => Event::Start(Tag::Link {
            link_type,
            dest_url: CowStr::from(link(&dest_url)),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) if is_site_path(&dest_url) => Event::Start(Tag::Image {
            link_type,
            dest_url: CowStr::from(link(&dest_url)),
            title,
            id,
        }),
        other => other,
    });
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, limit_depth(events));
    sanitizer().clean(&out).to_string()
}

/// Elements nested deeper than this are flattened: their text stays, their
/// tags go. Pathological input (50,000 `>`) would otherwise make HTML
/// parsing quadratic; no real document nests this deep.
const MAX_DEPTH: usize = 48;

fn limit_depth<'a>(events: impl Iterator<Item = Event<'a>>) -> impl Iterator<Item = Event<'a>> {
    let mut kept: Vec<bool> = Vec::new();
    let mut depth = 0;
    events.filter(move |event| match event {
        Event::Start(_) => {
            let keep = depth < MAX_DEPTH;
            depth += usize::from(keep);
            kept.push(keep);
            keep
        }
        Event::End(_) => {
            let keep = kept.pop().unwrap_or(true);
            depth -= usize::from(keep);
            keep
        }
        _ => true,
    })
}

/// Site-absolute paths (`/services/x/`), not protocol-relative URLs (`//cdn…`).
pub fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//")
}

/// What the checks need from a body: its site-absolute links and the raw
/// HTML the sanitiser will remove, each with its byte offset.
#[derive(Debug, Default)]
pub struct Scan {
    pub links: Vec<(usize, String)>,
    pub unsafe_html: Vec<(usize, String)>,
}

/// Scans `md` once. Text with no `<`, `](` or `]:` can hold neither links
/// nor HTML, so it is not parsed at all: most record bodies are plain prose.
pub fn scan(md: &str) -> Scan {
    let mut scan = Scan::default();
    if !md.contains('<') && !md.contains("](") && !md.contains("]:") {
        return scan;
    }
    for (event, range) in Parser::new_ext(md, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if is_site_path(&dest_url) =>
            {
                scan.links.push((range.start, dest_url.to_string()));
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for (re, what) in unsafe_patterns() {
                    if let Some(m) = re.find(&html) {
                        scan.unsafe_html
                            .push((range.start + m.start().min(range.len()), what.to_string()));
                    }
                }
            }
            _ => {}
        }
    }
    scan.unsafe_html.sort();
    scan.unsafe_html.dedup();
    scan
}

/// What ammonia removes, as patterns to tell editors about it.
fn unsafe_patterns() -> &'static [(regex::Regex, &'static str)] {
    static PATTERNS: std::sync::LazyLock<Vec<(regex::Regex, &'static str)>> =
        std::sync::LazyLock::new(|| {
            [
                (r"(?i)<script\b", "a <script> element"),
                (r"(?i)<style\b", "a <style> element"),
                (
                    r"(?i)<(iframe|frame|object|embed)\b",
                    "an embedded frame or object",
                ),
                (
                    r"(?i)<(form|input|button|textarea|select)\b",
                    "a form control",
                ),
                (
                    r"(?i)<(link|meta|base)\b",
                    "a <link>, <meta> or <base> element",
                ),
                (r"(?i)\son[a-z]+\s*=", "an event-handler attribute (on…=)"),
                (r"(?i)javascript\s*:", "a javascript: URL"),
                (r"(?i)\sstyle\s*=", "a style attribute"),
            ]
            .into_iter()
            .map(|(p, what)| (regex::Regex::new(p).expect("valid pattern"), what))
            .collect()
        });
    &PATTERNS
}

fn sanitizer() -> ammonia::Builder<'static> {
    let mut b = ammonia::Builder::default();
    b.add_generic_attributes(["id", "class"]);
    b.link_rel(None);
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(md: &str) -> String {
        to_html(md, &|p| format!("/en{p}"))
    }

    #[test]
    fn tables_footnotes_and_heading_ids() {
        let html = render(
            "## 办理流程 {#steps}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n注[^1]\n\n[^1]: 说明\n",
        );
        assert!(html.contains("<h2 id=\"steps\">办理流程</h2>"), "{html}");
        assert!(html.contains("<table>"), "{html}");
        assert!(html.contains("footnote"), "{html}");
    }

    #[test]
    fn site_links_get_the_language_prefix_and_others_do_not() {
        let html = render("[a](/services/x/) [b](https://www.gov.cn/) [c](//cdn.example/x)");
        assert!(html.contains("href=\"/en/services/x/\""), "{html}");
        assert!(html.contains("href=\"https://www.gov.cn/\""), "{html}");
        assert!(!html.contains("/en//cdn"), "{html}");
    }

    #[test]
    fn removed_html_is_reported_with_its_offset() {
        let md = "text\n\n<div onclick=\"x()\">a</div>\n\n<script>alert(1)</script>\n";
        let found = scan(md).unsafe_html;
        let whats: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
        assert!(
            whats.contains(&"an event-handler attribute (on…=)"),
            "{found:?}"
        );
        assert!(whats.contains(&"a <script> element"), "{found:?}");
        let plain =
            scan("<b>bold</b> and <a href=\"/x/\">x</a> and [y](/y/ \"t\")\n\n[z]: /z/\n\n[z][]");
        assert!(plain.unsafe_html.is_empty());
        let links: Vec<&str> = plain.links.iter().map(|(_, l)| l.as_str()).collect();
        assert_eq!(links, ["/y/", "/z/"]);
    }

    #[test]
    fn deep_nesting_is_flattened_but_keeps_its_text() {
        let html = render(&format!("{}deep", ">".repeat(10_000)));
        assert!(html.contains("deep"));
        assert!(
            html.matches("<blockquote>").count() <= MAX_DEPTH,
            "{}",
            html.len()
        );
    }

    #[test]
    fn scripts_and_handlers_are_removed() {
        let html = render(
            "<script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }
}
