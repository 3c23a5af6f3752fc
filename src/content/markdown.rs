//! Markdown to safe HTML: pulldown-cmark with tables, footnotes, heading ids
//! and strikethrough; internal links rewritten per language; raw HTML cleaned
//! by ammonia (no scripts, event handlers or `javascript:` URLs reach readers).

use std::cell::Cell;

use pulldown_cmark::{Alignment, CodeBlockKind, CowStr, Event, Options, Parser, Tag, html};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_HEADING_ATTRIBUTES
        | Options::ENABLE_STRIKETHROUGH
}

/// Renders `md`; each link to the site (see `site_path`), in Markdown or in
/// raw HTML, is made site-absolute from `base` and then mapped by `link` to
/// the URL to print, so one source serves every language.
pub fn to_html(md: &str, base: &LinkBase, link: &dyn Fn(&str) -> String) -> String {
    let link = |url: &str| site_path(url, base).map(|path| link(&path));
    let (html, plain) = unsanitised(md, &link);
    if plain {
        html
    } else {
        sanitizer().clean(&html).to_string()
    }
}

/// pulldown-cmark's HTML, and whether it is plain: made only of what the
/// sanitiser would keep and write back byte for byte (most bodies are prose,
/// lists, tables and site links), so that it need not be parsed again.
fn unsanitised(md: &str, link: &dyn Fn(&str) -> Option<String>) -> (String, bool) {
    let plain = Cell::new(true);
    let events = Parser::new_ext(md, options()).map(|event| {
        let event = site_link(event, link);
        if plain.get() && !written_as_cleaned(&event) {
            plain.set(false);
        }
        match event {
            // As the sanitiser writes it (pulldown-cmark writes `<br />`):
            // a signature's name and date are often on lines of their own.
            Event::HardBreak => Event::InlineHtml(CowStr::Borrowed("<br>\n")),
            other => other,
        }
    });
    let mut out = String::with_capacity(md.len() * 3 / 2);
    html::push_html(&mut out, limit_depth(events));
    (out, plain.get())
}

/// Whether pulldown-cmark writes `event` as the sanitiser would write it back
/// after parsing (a hard break is written as `<br>`, as the sanitiser
/// does). Not so: raw HTML; other void elements (`<hr />` against `<hr>`);
/// attributes the sanitiser removes (table alignment, heading attributes
/// other than id and class) or writes otherwise (characters
/// that pulldown-cmark escapes and html5ever does not, and U+00A0, which
/// html5ever writes as `&nbsp;`, and NUL, which it drops); URLs it may reject.
fn written_as_cleaned(event: &Event) -> bool {
    match event {
        Event::Text(t) | Event::Code(t) => !has_nbsp_nul_or_cr(t),
        Event::SoftBreak | Event::HardBreak | Event::End(_) => true,
        Event::FootnoteReference(label) => plain_attribute(label),
        Event::Start(tag) => match tag {
            Tag::Paragraph
            | Tag::BlockQuote(None)
            | Tag::Item
            | Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::CodeBlock(CodeBlockKind::Indented) => true,
            Tag::Heading {
                id, classes, attrs, ..
            } => attrs.is_empty() && id.iter().chain(classes).all(|v| plain_attribute(v)),
            Tag::List(_) => true,
            Tag::Table(alignments) => alignments.iter().all(|a| *a == Alignment::None),
            Tag::Link {
                dest_url, title, ..
            } => plain_attribute(title) && plain_url(dest_url),
            Tag::FootnoteDefinition(label) => plain_attribute(label),
            Tag::CodeBlock(CodeBlockKind::Fenced(info)) => plain_attribute(info),
            _ => false,
        },
        _ => false,
    }
}

/// Whether a text has U+00A0, NUL or CR: a search of its bytes, not its
/// characters. The byte A0 also ends other characters (丠 is E4 B8 A0):
/// there, the byte before it is not C2.
fn has_nbsp_nul_or_cr(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(0, b'\r', 0xA0, bytes)
        .any(|i| bytes[i] != 0xA0 || (i > 0 && bytes[i - 1] == 0xC2))
}

/// An attribute value both writers escape alike: nothing to escape.
fn plain_attribute(value: &str) -> bool {
    !value.contains(['&', '<', '>', '"', '\'', '\u{a0}', '\0', '\r'])
}

/// A link the sanitiser keeps as it is: a site path, a fragment, or an
/// http(s) or mailto URL, of characters neither writer escapes.
fn plain_url(url: &str) -> bool {
    let scheme_ok = url.starts_with('/')
        || url.starts_with('#')
        || ["https://", "http://", "mailto:"].iter().any(|s| {
            url.get(..s.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(s))
        });
    scheme_ok
        && url
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-._~:?#=%+,;@!$*()".contains(&b))
}

/// A link or image source to the site rewritten by `link`, in Markdown or
/// in the `href` and `src` of raw HTML.
fn site_link<'a>(event: Event<'a>, link: &dyn Fn(&str) -> Option<String>) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Link {
            link_type,
            dest_url: link(&dest_url).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => Event::Start(Tag::Image {
            link_type,
            dest_url: link(&dest_url).map_or(dest_url, CowStr::from),
            title,
            id,
        }),
        Event::Html(html) => Event::Html(html_links(html, link)),
        Event::InlineHtml(html) => Event::InlineHtml(html_links(html, link)),
        other => other,
    }
}

/// `href="…"` and `src="…"` in raw HTML, with the URL's byte range.
fn html_url_attributes() -> &'static regex::Regex {
    static RE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#"(?i)\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')"#)
            .expect("valid regex")
    });
    &RE
}

fn html_links<'a>(html: CowStr<'a>, link: &dyn Fn(&str) -> Option<String>) -> CowStr<'a> {
    let re = html_url_attributes();
    if !re.is_match(&html) {
        return html;
    }
    let mut out = String::with_capacity(html.len());
    let mut last = 0;
    for caps in re.captures_iter(&html) {
        let Some(url) = caps.get(1).or_else(|| caps.get(2)) else {
            continue;
        };
        if let Some(new) = link(url.as_str()) {
            out.push_str(&html[last..url.start()]);
            out.push_str(&new.replace('"', "%22").replace('\'', "%27"));
            last = url.end();
        }
    }
    out.push_str(&html[last..]);
    CowStr::from(out)
}

/// Where a body's links are resolved from: the folder of its file under
/// content/ (`disclosure/2024` for `content/disclosure/2024/x.md`; a
/// section's own folder for its `_index.md`) and the site's own address.
#[derive(Debug, Clone, Copy)]
pub struct LinkBase<'a> {
    pub folder: &'a str,
    pub base_url: &'a str,
}

impl<'a> LinkBase<'a> {
    /// For the file of content key `key`.
    pub fn of(key: &'a str, is_section: bool, base_url: &'a str) -> LinkBase<'a> {
        let folder = if is_section {
            key
        } else {
            key.rsplit_once('/').map_or("", |(folder, _)| folder)
        };
        LinkBase { folder, base_url }
    }
}

/// The site-absolute path a link in a body means, or `None` for a link that
/// leaves the site (another host, `mailto:`, `tel:`) or stays on the page
/// (`#part`). Links are resolved as editors write them, from the file:
///
/// - `/services/x/` as it is; `https://www.dl.gov.cn/services/x/`, on the
///   site's own `base_url` (http or https), as `/services/x/`;
/// - relative links from the file's folder: `chart.png`, `files/a.pdf`,
///   `../2023/dl-2023-00021/`;
/// - a content file by its path, `dl-2026-00060.md`, `../services/x.md`,
///   `x.en.md`, `_index.md`: the page made from it, `/disclosure/2026/dl-2026-00060/`,
///   which the renderer then gives in the reader's language.
pub fn site_path(url: &str, base: &LinkBase) -> Option<String> {
    let url = url.trim();
    if url.is_empty() || url.starts_with('#') {
        return None;
    }
    let path = if is_site_path(url) {
        url.to_string()
    } else if let Some(rest) = on_own_site(url, base.base_url) {
        format!("/{}", rest.trim_start_matches('/'))
    } else if has_scheme(url) || url.starts_with("//") {
        return None;
    } else {
        format!("/{}/{url}", base.folder)
    };
    let (path, suffix) = path.split_at(path.find(['#', '?']).unwrap_or(path.len()));
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    let dir = path.ends_with('/') || path.ends_with("/.") || path.ends_with("/..");
    let mut out = String::with_capacity(path.len() + suffix.len() + 1);
    match parts.last().and_then(|last| last.strip_suffix(".md")) {
        // A content file: the page made from it, in no language in particular.
        Some(stem) => {
            let name = stem.split('.').next().unwrap_or(stem);
            parts.pop();
            if name != "_index" && name != "index" {
                parts.push(name);
            }
            for part in &parts {
                out.push('/');
                out.push_str(part);
            }
            out.push('/');
        }
        None => {
            for part in &parts {
                out.push('/');
                out.push_str(part);
            }
            if dir || parts.is_empty() {
                out.push('/');
            }
        }
    }
    out.push_str(suffix);
    Some(out)
}

/// The rest of `url` after the site's own address (http or https), if it is on it.
fn on_own_site<'u>(url: &'u str, base_url: &str) -> Option<&'u str> {
    let host = |u: &str| -> Option<String> {
        let rest = u.split_once("://")?.1;
        Some(rest.to_ascii_lowercase())
    };
    let own = host(base_url.trim_end_matches('/'))?;
    let (scheme, rest) = url.split_once("://")?;
    if !scheme.eq_ignore_ascii_case("http") && !scheme.eq_ignore_ascii_case("https") {
        return None;
    }
    let head = rest.get(..own.len())?;
    let tail = &rest[own.len()..];
    (head.eq_ignore_ascii_case(&own) && (tail.is_empty() || tail.starts_with(['/', '#', '?'])))
        .then_some(tail)
}

/// `mailto:`, `https:`, `tel:`, `data:`…: a scheme before any `/`, `?` or `#`.
fn has_scheme(url: &str) -> bool {
    let end = url.find(['/', '?', '#']).unwrap_or(url.len());
    url[..end].find(':').is_some_and(|i| {
        i > 0
            && url[..i]
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
    })
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

/// What the checks need from a body: its links to the site (as written, and
/// the site path each means; Markdown and raw HTML `href`/`src`) and the
/// raw HTML the sanitiser will remove, each with its byte offset.
#[derive(Debug, Default)]
pub struct Scan {
    pub links: Vec<Link>,
    pub unsafe_html: Vec<(usize, String)>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub offset: usize,
    pub written: String,
    /// Site-absolute: `/disclosure/2024/chart.png`.
    pub path: String,
}

/// Scans `md` once. Text with no `<`, `](` or `]:` can hold neither links
/// nor HTML, so it is not parsed at all: most record bodies are plain prose.
pub fn scan(md: &str, base: &LinkBase) -> Scan {
    let mut scan = Scan::default();
    if !md.contains('<') && !md.contains("](") && !md.contains("]:") {
        return scan;
    }
    for (event, range) in Parser::new_ext(md, options()).into_offset_iter() {
        match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => {
                if let Some(path) = site_path(&dest_url, base) {
                    // At the URL itself when it is written inline: `[text](url)`.
                    let offset = md[range.clone()]
                        .find(&*dest_url)
                        .map_or(range.start, |i| range.start + i);
                    scan.links.push(Link {
                        offset,
                        written: dest_url.to_string(),
                        path,
                    });
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                for caps in html_url_attributes().captures_iter(&html) {
                    let Some(url) = caps.get(1).or_else(|| caps.get(2)) else {
                        continue;
                    };
                    if let Some(path) = site_path(url.as_str(), base) {
                        scan.links.push(Link {
                            offset: range.start + url.start().min(range.len()),
                            written: url.as_str().to_string(),
                            path,
                        });
                    }
                }
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
                // What was found, as the `what` of message `raw-html-removed`.
                (r"(?i)<script\b", "script"),
                (r"(?i)<style\b", "style"),
                (r"(?i)<(iframe|frame|object|embed)\b", "frame"),
                (r"(?i)<(form|input|button|textarea|select)\b", "form"),
                (r"(?i)<(link|meta|base)\b", "head"),
                (r"(?i)\son[a-z]+\s*=", "handler"),
                (r"(?i)javascript\s*:", "javascript"),
                (r"(?i)\sstyle\s*=", "style-attribute"),
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

    #[test]
    fn the_byte_search_for_nbsp_nul_and_cr_finds_what_the_character_search_finds() {
        let pieces = [
            "a", "丠", "\u{a0}", "\0", "\r", "Â", " ", "é", "\u{20a0}", "\u{a0a0}",
        ];
        for a in pieces {
            for b in pieces {
                for c in pieces {
                    let text = format!("{a}{b}{c}");
                    assert_eq!(
                        has_nbsp_nul_or_cr(&text),
                        text.contains(['\u{a0}', '\0', '\r']),
                        "{text:?}"
                    );
                }
            }
        }
    }

    const BASE: LinkBase = LinkBase {
        folder: "disclosure/2026",
        base_url: "https://www.dl.gov.cn",
    };

    fn render(md: &str) -> String {
        to_html(md, &BASE, &|p| format!("/en{p}"))
    }

    #[test]
    fn links_resolve_from_the_file_as_editors_write_them() {
        let path = |url: &str| site_path(url, &BASE);
        let cases = [
            ("/services/x/", Some("/services/x/")),
            ("dl-2026-00060.md", Some("/disclosure/2026/dl-2026-00060/")),
            (
                "./dl-2026-00060.en.md#part",
                Some("/disclosure/2026/dl-2026-00060/#part"),
            ),
            (
                "../2023/dl-2023-00021/",
                Some("/disclosure/2023/dl-2023-00021/"),
            ),
            ("../../services/x.md", Some("/services/x/")),
            ("../_index.md", Some("/disclosure/")),
            ("chart.png", Some("/disclosure/2026/chart.png")),
            ("files/a.pdf?v=2", Some("/disclosure/2026/files/a.pdf?v=2")),
            (
                "https://www.dl.gov.cn/disclosure/2026/dl-2026-00099/",
                Some("/disclosure/2026/dl-2026-00099/"),
            ),
            ("HTTP://WWW.DL.GOV.CN", Some("/")),
            ("https://www.dl.gov.cn.evil.example/x/", None),
            ("https://www.gov.cn/x/", None),
            ("//cdn.example/x.js", None),
            ("mailto:x@dl.gov.cn", None),
            ("tel:0411-12345", None),
            ("#steps", None),
            ("../../../../x.png", Some("/x.png")),
        ];
        for (url, want) in cases {
            assert_eq!(path(url).as_deref(), want, "{url}");
        }
        let section = LinkBase::of("invest", true, "https://www.dl.gov.cn");
        assert_eq!(
            site_path("a.png", &section).as_deref(),
            Some("/invest/a.png")
        );
        let page = LinkBase::of("about", false, "https://www.dl.gov.cn");
        assert_eq!(site_path("a.png", &page).as_deref(), Some("/a.png"));
    }

    #[test]
    fn relative_links_and_raw_html_are_rewritten_for_the_reader() {
        let html = render(
            "[a](dl-2026-00060.md) ![c](chart.png) <img src=\"x.png\" alt=\"x\"> <a href='https://www.dl.gov.cn/services/y/'>y</a> [m](mailto:a@b.cn)",
        );
        assert!(
            html.contains("href=\"/en/disclosure/2026/dl-2026-00060/\""),
            "{html}"
        );
        assert!(
            html.contains("src=\"/en/disclosure/2026/chart.png\""),
            "{html}"
        );
        assert!(html.contains("src=\"/en/disclosure/2026/x.png\""), "{html}");
        assert!(html.contains("/en/services/y/"), "{html}");
        assert!(html.contains("href=\"mailto:a@b.cn\""), "{html}");
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
        let found = scan(md, &BASE).unsafe_html;
        let whats: Vec<&str> = found.iter().map(|(_, w)| w.as_str()).collect();
        assert!(whats.contains(&"handler"), "{found:?}");
        assert!(whats.contains(&"script"), "{found:?}");
        let plain = scan(
            "<b>bold</b> and <a href=\"/x/\">x</a> and [y](/y/ \"t\")\n\n[z]: /z/\n\n[z][]",
            &BASE,
        );
        assert!(plain.unsafe_html.is_empty());
        let links: Vec<&str> = plain.links.iter().map(|l| l.path.as_str()).collect();
        assert_eq!(links, ["/x/", "/y/", "/z/"]);
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

    /// Pieces of Markdown that bodies are made of, and some that need the
    /// sanitiser.
    const PIECES: &[&str] = &[
        "# 标题",
        "## 办理流程 {#steps}",
        "## Steps {#steps .wide}",
        "### With attributes {#a data-x=1}",
        "段落 *强调* **粗体** `代码` ~~删除~~ and plain English.",
        "Quotes \"double\" and 'single', & < > signs, 1 < 2 && 3 > 2.",
        "中文，标点。《条例》第一条",
        "- item one\n- item two\n  - nested",
        "1. first\n2. second",
        "3. third\n4. fourth",
        "0. zero\n1. one",
        "123456789) big\n123456790) bigger",
        "> a quote\n> on two lines",
        "| a | b |\n|---|---|\n| 1 | 2 |",
        "| a | b |\n|:--|--:|\n| 1 | 2 |",
        "[办事指南](/services/business-registration/)",
        "[external](https://www.gov.cn/zhengce/a.htm?b=1&c=2)",
        "[with title](/x/ \"Title\")",
        "[mail](mailto:office@dl.gov.cn)",
        "[script](javascript:alert(1))",
        "[quote](/x/it's)",
        "[fragment](#section)",
        "[中文](/服务/)",
        "<https://auto.example/x> and <office@dl.gov.cn>",
        "注[^1]\n\n[^1]: 说明",
        "```rust\nfn x() { \"y\" }\n```",
        "```\nplain fence\n```",
        "    indented code & <tags>",
        "a\u{a0}non-breaking space",
        "line  \nbreak",
        "a backslash\\\nbreak",
        "Setext  \nheading\n===",
        "| a<br>b | c |\n|---|---|\n| 1 | 2 |",
        "***",
        "![图片](/images/a.png)",
        "<b>raw</b> inline",
        "<div onclick=\"x()\">block</div>",
        "&copy; &amp; &#39; entities",
        "Windows\r\nline ends\r\n\r\n```\r\ncode\r\nblock\r\n```\r\n\r\n    indented\r\n    code\r\n",
        "a lone\rcarriage return, a \u{c} form feed, a \u{0} NUL, a \u{1} control, \u{feff} BOM",
        "`code\r\nspan`",
    ];

    /// Documents made of the pieces in many orders and nestings.
    fn documents() -> Vec<String> {
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut docs: Vec<String> = PIECES.iter().map(|p| p.to_string()).collect();
        for _ in 0..3000 {
            let parts: Vec<String> = (0..1 + next(5))
                .map(|_| {
                    let piece = PIECES[next(PIECES.len())];
                    match next(4) {
                        0 => piece
                            .lines()
                            .map(|l| format!("> {l}"))
                            .collect::<Vec<_>>()
                            .join("\n"),
                        1 => format!("- {}", piece.replace('\n', "\n  ")),
                        _ => piece.to_string(),
                    }
                })
                .collect();
            docs.push(parts.join(if next(3) == 0 { "\n" } else { "\n\n" }));
        }
        // And character soup, Markdown's marks among letters.
        let chars: Vec<char> = "ab 中文。*_[]()<>&\"'#!|-`~\\:/.=\n\n\t\r\u{a0}\u{0}\u{feff}"
            .chars()
            .collect();
        for _ in 0..3000 {
            docs.push(
                (0..1 + next(60))
                    .map(|_| chars[next(chars.len())])
                    .collect(),
            );
        }
        docs
    }

    /// The Markdown of every content file of the example portal.
    fn example_files() -> Vec<String> {
        walkdir::WalkDir::new(concat!(env!("CARGO_MANIFEST_DIR"), "/content"))
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
            .map(|e| std::fs::read_to_string(e.path()).unwrap())
            .collect()
    }

    /// Plain HTML is left as pulldown-cmark writes it: it must be what the
    /// sanitiser would have written, byte for byte.
    #[test]
    fn plain_html_is_what_the_sanitiser_would_write() {
        let prefix = |p: &str| format!("/en{p}");
        let link = |p: &str| site_path(p, &BASE).map(|p| prefix(&p));
        let (mut plain, mut all) = (0, 0);
        for md in documents().iter().chain(&example_files()) {
            let (html, is_plain) = unsanitised(md, &link);
            let cleaned = sanitizer().clean(&html).to_string();
            if is_plain {
                assert_eq!(html, cleaned, "taken as plain: {md:?}");
                plain += 1;
            }
            assert_eq!(to_html(md, &BASE, &prefix), cleaned, "{md:?}");
            all += 1;
        }
        assert!(plain * 5 > all, "{plain} plain of {all}");
        assert!(plain < all, "{plain} plain of {all}");
    }

    /// What is not plain does need the sanitiser: it writes it otherwise.
    #[test]
    fn what_is_not_plain_the_sanitiser_changes() {
        for md in [
            "***",
            "![图片](/images/a.png)",
            "| a |\n|:--|\n| 1 |",
            "## h {data-x=1}",
            "[a](/x/ \"it's\")",
            "a\u{a0}b",
            "a\u{0}b",
            "[a](javascript:alert(1))",
            "[a](/x/it's)",
            "<b onclick=\"x()\">raw</b>",
        ] {
            let (html, plain) = unsanitised(md, &|p| site_path(p, &BASE));
            assert!(!plain, "{md:?}");
            assert_ne!(html, sanitizer().clean(&html).to_string(), "{md:?}");
        }
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
