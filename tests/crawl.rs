//! The whole output of the example portal, crawled: every internal link,
//! image, stylesheet and script resolves to a file that was written, every
//! `#fragment` names an element of its page, and no page carries inline
//! script, inline style or an event-handler attribute (the CSP forbids them).

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use scraper::Html;

/// Attributes that hold one URL.
const URL_ATTRS: &[&str] = &["href", "src", "action", "poster", "data", "formaction"];

/// Every problem found under `root`, one line each, as `page: what`.
fn crawl(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    for e in walkdir::WalkDir::new(root).sort_by_file_name() {
        let e = e.expect("walk output");
        if !e.file_type().is_file() || e.path().extension().is_none_or(|x| x != "html") {
            continue;
        }
        let rel = e.path().strip_prefix(root).expect("below root");
        let page = format!("/{}", rel.to_string_lossy().replace('\\', "/"));
        let html = std::fs::read_to_string(e.path()).expect("read page");
        for p in page_problems(root, &page, &html) {
            problems.push(format!("{page}: {p}"));
        }
    }
    problems
}

/// The problems of one page at site path `page` (`/en/index.html`).
fn page_problems(root: &Path, page: &str, html: &str) -> Vec<String> {
    let doc = Html::parse_document(html);
    let mut problems = Vec::new();
    let ids: BTreeSet<&str> = doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
        .filter_map(|el| el.value().id())
        .collect();
    for el in doc
        .root_element()
        .descendants()
        .filter_map(scraper::ElementRef::wrap)
    {
        let v = el.value();
        let name = v.name();
        if name == "style" {
            problems.push("a <style> element".to_string());
        }
        if name == "script"
            && v.attr("src").is_none()
            && v.attr("type") != Some("application/ld+json")
        {
            problems.push("an inline <script>".to_string());
        }
        for (attr, value) in v.attrs() {
            if attr == "style" {
                problems.push(format!("a style attribute on <{name}>"));
            }
            if attr.starts_with("on") {
                problems.push(format!("an event handler `{attr}` on <{name}>"));
            }
            let urls: Vec<&str> = if URL_ATTRS.contains(&attr) {
                vec![value]
            } else if attr == "srcset" {
                value
                    .split(',')
                    .filter_map(|c| c.split_whitespace().next())
                    .collect()
            } else {
                continue;
            };
            for url in urls {
                if let Err(p) = check_url(root, page, url, &ids) {
                    problems.push(format!("<{name} {attr}=\"{url}\">: {p}"));
                }
            }
        }
    }
    problems
}

/// Whether an internal URL resolves; external ones are not followed.
fn check_url(root: &Path, page: &str, url: &str, ids: &BTreeSet<&str>) -> Result<(), String> {
    let url = url.trim();
    if url.starts_with("//") || url.contains("://") || has_scheme(url) {
        return Ok(());
    }
    if let Some(fragment) = url.strip_prefix('#') {
        let fragment = decode(fragment);
        return if fragment.is_empty() || ids.contains(fragment.as_str()) {
            Ok(())
        } else {
            Err(format!("no element with id `{fragment}` on the page"))
        };
    }
    let path = url.split(['#', '?']).next().unwrap_or("");
    if path.is_empty() {
        return Ok(()); // `?query` alone: this page.
    }
    let absolute = if path.starts_with('/') {
        path.to_string()
    } else {
        let dir = &page[..=page.rfind('/').unwrap_or(0)];
        format!("{dir}{path}")
    };
    let file = resolve(root, &decode(&absolute)).ok_or("goes above the site root")?;
    if file.is_file() {
        Ok(())
    } else {
        Err(format!("no file {}", file.display()))
    }
}

/// `mailto:`, `tel:`, `data:`, `javascript:`: a scheme before any `/`.
fn has_scheme(url: &str) -> bool {
    url.split_once(':').is_some_and(|(scheme, _)| {
        !scheme.is_empty()
            && scheme
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
    })
}

fn decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
}

/// The file a site path names: `/x/` → `x/index.html`, with `.` and `..` applied.
fn resolve(root: &Path, path: &str) -> Option<PathBuf> {
    let mut parts: Vec<&str> = Vec::new();
    for seg in path.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            s => parts.push(s),
        }
    }
    let mut file = root.to_path_buf();
    for p in &parts {
        file.push(p);
    }
    if path.ends_with('/') || file.is_dir() {
        file.push("index.html");
    }
    Some(file)
}

#[test]
fn every_page_of_the_example_links_only_to_files_that_exist_and_has_no_inline_code() {
    let (_out, public) = common::build_example();
    let pages = walkdir::WalkDir::new(&public)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .count();
    assert!(pages > 200, "only {pages} pages crawled");
    let problems = crawl(&public);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// A tiny output of hand-written pages, to show what the crawl catches.
fn output(pages: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    for (rel, text) in pages {
        let p = dir.path().join(rel);
        std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
        std::fs::write(p, text).expect("write");
    }
    dir
}

const GOOD: &str = r##"<!doctype html><html lang="en"><head><title>t</title>
<link rel="stylesheet" href="/static/site.css"><script src="static/site.js" defer></script>
<script type="application/ld+json">{"@type":"WebSite"}</script></head>
<body><main id="main"><a href="#main">skip</a> <a href="/a/?page=2#x">a</a>
<a href="a/">a</a> <a href="/%E5%9B%BE/">图</a> <img src="/a/pic.png" alt="">
<a href="https://www.gov.cn/">gov</a> <a href="mailto:x@example.cn">mail</a></main></body></html>"##;

fn good_site() -> Vec<(&'static str, &'static str)> {
    vec![
        ("index.html", GOOD),
        ("a/index.html", "<!doctype html><title>a</title>"),
        ("a/pic.png", "png"),
        ("图/index.html", "<!doctype html><title>图</title>"),
        ("static/site.css", ""),
        ("static/site.js", ""),
    ]
}

#[test]
fn a_clean_output_passes_the_crawl() {
    let dir = output(&good_site());
    assert_eq!(crawl(dir.path()), Vec::<String>::new());
}

#[test]
fn the_crawl_reports_a_broken_link_image_and_fragment() {
    let mut pages = good_site();
    pages.push((
        "b/index.html",
        "<!doctype html><title>b</title><a href=\"/missing/\">x</a><img src=\"../a/gone.png\" alt=\"\"><a href=\"#nowhere\">y</a><a href=\"../a/\">up</a><link rel=\"icon\" href=\"/favicon.ico\">",
    ));
    let dir = output(&pages);
    let problems = crawl(dir.path());
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems.iter().all(|p| p.starts_with("/b/index.html: ")));
    assert!(problems.iter().any(|p| p.contains("/missing/")));
    assert!(problems.iter().any(|p| p.contains("gone.png")));
    assert!(problems.iter().any(|p| p.contains("`nowhere`")));
    assert!(problems.iter().any(|p| p.contains("favicon.ico")));
}

#[test]
fn the_crawl_reports_inline_script_style_and_event_handlers() {
    let mut pages = good_site();
    pages.push((
        "c/index.html",
        "<!doctype html><title>c</title><style>p{}</style><script>alert(1)</script><p style=\"color:red\" onclick=\"x()\">c</p>",
    ));
    let dir = output(&pages);
    let problems = crawl(dir.path());
    assert_eq!(problems.len(), 4, "{problems:#?}");
    for what in [
        "<style> element",
        "inline <script>",
        "style attribute",
        "`onclick`",
    ] {
        assert!(problems.iter().any(|p| p.contains(what)), "{what}");
    }
}
