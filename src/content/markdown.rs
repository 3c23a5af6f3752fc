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
    html::push_html(&mut out, events);
    sanitizer().clean(&out).to_string()
}

/// Site-absolute paths (`/services/x/`), not protocol-relative URLs (`//cdn…`).
pub fn is_site_path(url: &str) -> bool {
    url.starts_with('/') && !url.starts_with("//")
}

/// Every site-absolute link target in `md`, for link checking.
pub fn site_links(md: &str) -> Vec<String> {
    Parser::new_ext(md, options())
        .filter_map(|event| match event {
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. })
                if is_site_path(&dest_url) =>
            {
                Some(dest_url.to_string())
            }
            _ => None,
        })
        .collect()
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
    fn scripts_and_handlers_are_removed() {
        let html = render(
            "<script>alert(1)</script><a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>",
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
        assert!(!html.contains("onclick"), "{html}");
    }
}
