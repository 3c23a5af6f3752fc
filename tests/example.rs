//! The example portal in this repository builds cleanly, in all six languages.

mod common;

use std::path::Path;

#[test]
fn the_example_portal_builds_with_no_errors_or_warnings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (_out, out_dir) = common::build_example();
    let tags = [
        ("", "zh-CN"),
        ("en/", "en"),
        ("ja/", "ja"),
        ("ko/", "ko"),
        ("ru/", "ru"),
        ("es/", "es"),
    ];
    for (prefix, tag) in tags {
        let home = std::fs::read_to_string(out_dir.join(format!("{prefix}index.html"))).unwrap();
        assert!(home.contains(&format!("<html lang=\"{tag}\">")), "{prefix}");
    }
    // Every record and guide is at its URL in every language.
    let mut sources = 0;
    for kind in ["disclosure", "services"] {
        for e in walkdir::WalkDir::new(root.join("content").join(kind)) {
            let e = e.unwrap();
            let name = e.file_name().to_string_lossy().to_string();
            let Some(stem) = name.strip_suffix(".md") else {
                continue;
            };
            if stem.contains('.') || stem == "_index" {
                continue;
            }
            sources += 1;
            let rel = e
                .path()
                .parent()
                .unwrap()
                .strip_prefix(root.join("content"))
                .unwrap()
                .join(stem);
            for (prefix, tag) in tags {
                let page = out_dir.join(format!("{prefix}{}/index.html", rel.display()));
                let html = std::fs::read_to_string(&page)
                    .unwrap_or_else(|_| panic!("missing {}", page.display()));
                assert!(
                    html.contains(&format!("<html lang=\"{tag}\">")),
                    "{}",
                    page.display()
                );
            }
        }
    }
    assert!(sources >= 34, "{sources} records and guides");
    // No page in another language shows the English interface text.
    let phrases = common::english_ui_phrases();
    for lang in ["ja", "ko", "ru", "es"] {
        for e in walkdir::WalkDir::new(out_dir.join(lang)) {
            let e = e.unwrap();
            if e.file_name() != "index.html" {
                continue;
            }
            let html = std::fs::read_to_string(e.path()).unwrap();
            for p in &phrases {
                assert!(
                    !html.contains(&format!(">{p}<")),
                    "{} shows English `{p}`",
                    e.path().display()
                );
            }
        }
    }
}
