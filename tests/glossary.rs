//! The official glossary (locales/<lang>/glossary.toml): translations use its
//! renderings (W070, at the translation's line), its mistakes are errors at
//! their line (E080–E085), and every foreign edition lists it on a page.

mod common;

use common::Site;
use serde_json::Value;

const SOURCE: &str = r#"+++
index_no = "11210200MB0000000X/2026-00001"
title = "示例市人民政府关于印发行政规范性文件管理办法的通知"
agency = "city"
written = 2026-11-02
published = 2026-11-03
topic = "general-affairs"
catalog = "policy-documents"
disclosure = "proactive"
+++

示例市人民政府办公室负责规范性文件的备案。

本办法自发布之日起施行。
"#;

const KEY: &str = "content/disclosure/2026/dl-2026-00001";

const EN_GLOSSARY: &str = r#"[terms]
"示例市人民政府" = "Example Municipal People's Government"
"示例市人民政府办公室" = "General Office of Example Municipal People's Government"
"规范性文件" = "normative document"

[terms."行政规范性文件"]
rendering = "administrative normative document"
note = "规范性文件 issued by an administrative organ"
"#;

const RU_GLOSSARY: &str = r#"[terms]
"示例市人民政府" = "Народное правительство города Пример"
"示例市人民政府办公室" = "Канцелярия Народного правительства города Пример"
"规范性文件" = "нормативный документ"
"#;

/// The standard site in six languages, with the record, one translation
/// and the glossaries of English and Russian.
fn site(lang: &str, front: &str, body: &str) -> Site {
    let s = Site::six_languages();
    s.write("locales/en/glossary.toml", EN_GLOSSARY);
    s.write("locales/ru/glossary.toml", RU_GLOSSARY);
    s.write(&format!("{KEY}.md"), SOURCE);
    s.write(
        &format!("{KEY}.{lang}.md"),
        &format!("+++\n{front}\n+++\n\n{body}\n"),
    );
    s
}

fn coded(s: &Site, code: &str) -> Vec<Value> {
    let (_, diags) = s.check_json("2026-11-26");
    let file = |lang: &str| format!("{KEY}.{lang}.md");
    diags
        .into_iter()
        .filter(|d| d["code"] == code)
        .filter(|d| ["en", "ru"].iter().any(|l| d["file"] == file(l)) || code != "W070")
        .collect()
}

#[test]
fn a_translation_that_renders_a_term_otherwise_is_warned_at_its_line() {
    let s = site(
        "en",
        "title = \"Notice of Example Municipal People's Government on the Measures for Administrative Regulatory Documents\"",
        "The General Office of Example Municipal People's Government keeps the record of normative documents.\n\nThe measures take effect on publication.",
    );
    let found = coded(&s, "W070");
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = &found[0];
    assert_eq!(d["file"], format!("{KEY}.en.md"));
    assert_eq!(d["line"], 2, "the title's line");
    assert_eq!(
        d["message"],
        "the source says 行政规范性文件, which the glossary renders “administrative normative document”; this text says “Administrative Regulatory Documents”"
    );
    assert!(
        d["help"]
            .as_str()
            .is_some_and(|h| h.contains("locales/en/glossary.toml line 6")),
        "{d:#?}"
    );
}

#[test]
fn the_body_is_compared_paragraph_by_paragraph() {
    let s = site(
        "en",
        "title = \"Notice of Example Municipal People's Government on the Measures for Administrative Normative Documents\"",
        "The city government's office keeps the record of normative documents.\n\nThe measures take effect on publication.",
    );
    let found = coded(&s, "W070");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["line"], 5, "the first paragraph's line");
    assert!(
        found[0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("示例市人民政府办公室")),
        "{found:#?}"
    );
}

#[test]
fn a_russian_translation_may_decline_the_rendering() {
    let s = site(
        "ru",
        "title = \"Уведомление Народного правительства города Пример о порядке работы с нормативными документами\"",
        "Канцелярия Народного правительства города Пример регистрирует нормативные документы.\n\nПорядок вступает в силу со дня публикации.",
    );
    assert_eq!(coded(&s, "W070"), Vec::<Value>::new());
    let s = site(
        "ru",
        "title = \"Уведомление правительства о порядке работы с нормативными актами\"",
        "Канцелярия Народного правительства города Пример регистрирует нормативные документы.\n\nПорядок вступает в силу со дня публикации.",
    );
    let found = coded(&s, "W070");
    let terms: Vec<&str> = found
        .iter()
        .map(|d| d["message"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(found.len(), 2, "{terms:#?}");
    assert!(found.iter().all(|d| d["line"] == 2), "{found:#?}");
}

#[test]
fn a_glossarys_mistakes_are_errors_at_their_lines() {
    let s = site("en", "title = \"T\"", "");
    s.write(
        "locales/en/glossary.toml",
        "[terms]\n\"示例市人民政府\" = \"\"\n\"Public Security\" = \"公安局\"\n\"规范性文件\" = \"a\"\n\"规范性文件 \" = \"b\"\n\n[terms.\"公安局\"]\nrenderng = \"x\"\n",
    );
    s.write("locales/ru/glossary.toml", "[terms]\n\"公安局\" = \"a\n");
    s.write("locales/zh/glossary.toml", "[terms]\n");
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 1);
    let at = |c: &str| -> Vec<(String, u64)> {
        diags
            .iter()
            .filter(|d| d["code"] == c)
            .map(|d| {
                (
                    d["file"].as_str().unwrap_or("").to_string(),
                    d["line"].as_u64().unwrap_or(0),
                )
            })
            .collect()
    };
    let en = "locales/en/glossary.toml".to_string();
    assert_eq!(at("E081"), [(en.clone(), 2)]);
    assert_eq!(at("E083"), [(en.clone(), 3)]);
    assert_eq!(at("E082"), [(en.clone(), 5)]);
    assert_eq!(at("E084"), [(en, 8)]);
    assert_eq!(at("E080"), [("locales/ru/glossary.toml".to_string(), 2)]);
    assert_eq!(at("E085"), [("locales/zh/glossary.toml".to_string(), 0)]);
}

#[test]
fn every_foreign_edition_with_a_glossary_has_its_page() {
    let s = site("en", "title = \"T\"", "");
    assert_eq!(s.build().code, 0);
    assert!(
        !s.exists("glossary/index.html"),
        "not in the source language"
    );
    assert!(!s.exists("ja/glossary/index.html"), "ja has no glossary");
    for lang in ["en", "ru"] {
        let page = s.page(&format!("{lang}/glossary/index.html"));
        assert!(page.contains("<th scope=\"col\">"), "{page}");
        assert!(
            page.contains("<th scope=\"row\" lang=\"zh-CN\">示例市人民政府</th>"),
            "{page}"
        );
        assert!(page.contains("<meta name=\"description\""), "{page}");
        assert!(
            s.page(&format!("{lang}/index.html"))
                .contains(&format!("href=\"/{lang}/glossary/\"")),
            "linked from the footer"
        );
        assert!(
            s.page("sitemap.xml")
                .contains(&format!("/{lang}/glossary/"))
        );
    }
    let en = s.page("en/glossary/index.html");
    assert!(en.contains("administrative normative document"), "{en}");
    assert!(
        en.contains("规范性文件 issued by an administrative organ"),
        "{en}"
    );
}
