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

/// Renders `md`; `link` maps each site-absolute link (`/services/x/`) to the
/// URL to print, so one source serves every language.
pub fn to_html(md: &str, link: &dyn Fn(&str) -> String) -> String {
    let (html, plain) = unsanitised(md, link);
    if plain {
        html
    } else {
        sanitizer().clean(&html).to_string()
    }
}

/// pulldown-cmark's HTML, and whether it is plain: made only of what the
/// sanitiser would keep and write back byte for byte (most bodies are prose,
/// lists, tables and site links), so that it need not be parsed again.
fn unsanitised(md: &str, link: &dyn Fn(&str) -> String) -> (String, bool) {
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

/// A site-absolute link or image source rewritten by `link`.
fn site_link<'a>(event: Event<'a>, link: &dyn Fn(&str) -> String) -> Event<'a> {
    match event {
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
    }
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
        let link = |p: &str| format!("/en{p}");
        let (mut plain, mut all) = (0, 0);
        for md in documents().iter().chain(&example_files()) {
            let (html, is_plain) = unsanitised(md, &link);
            let cleaned = sanitizer().clean(&html).to_string();
            if is_plain {
                assert_eq!(html, cleaned, "taken as plain: {md:?}");
                plain += 1;
            }
            assert_eq!(to_html(md, &link), cleaned, "{md:?}");
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
            let (html, plain) = unsanitised(md, &|p| p.to_string());
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
