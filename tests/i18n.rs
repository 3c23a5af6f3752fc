//! Six real languages: dates, plurals, fallbacks, translation freshness,
//! `i18n status` and `i18n mark`, a default language in its own folder.

mod common;

use common::{GUIDE, RECORD_EN, Site};

/// The standard site's configuration with four more languages.
fn six_languages_toml() -> String {
    let more: String = ["ja", "ko", "ru", "es"]
        .iter()
        .map(|c| format!("[[languages]]\ncode = \"{c}\"\ntag = \"{c}\"\n"))
        .collect();
    common::SITE_TOML.replace("\n[i18n]", &format!("{more}\n[i18n]"))
}

/// The standard small site in six languages.
fn six() -> Site {
    let s = Site::new();
    s.write("site.toml", &six_languages_toml());
    for (lang, title) in [
        ("ja", "例示市人民政府"),
        ("ko", "예시시 인민정부"),
        ("ru", "Народное правительство города Пример"),
        ("es", "Gobierno de Ejemplo"),
    ] {
        let ftl = common::EN_FTL.replace(
            "site-title = Example City Government",
            &format!("site-title = {title}"),
        );
        s.write(&format!("locales/{lang}/site.ftl"), &ftl);
    }
    s
}

#[test]
fn dates_are_each_languages_own_long_form() {
    let s = six();
    assert_eq!(s.build().code, 0);
    let expect = [
        ("", "2024年3月8日"),
        ("en/", "March 8, 2024"),
        ("ja/", "2024年3月8日"),
        ("ko/", "2024년 3월 8일"),
        ("ru/", "8 марта 2024\u{202f}г."),
        ("es/", "8 de marzo de 2024"),
    ];
    for (prefix, date) in expect {
        let html = s.page(&format!("{prefix}disclosure/2024/dl-2024-00012/index.html"));
        assert!(html.contains(date), "{prefix}: {date}");
    }
}

#[test]
fn russian_day_counts_follow_cldr_plurals() {
    let s = six();
    let limits = |legal: u32, promised: u32| {
        GUIDE
            .replace(
                "legal_limit = { days = 3,",
                &format!("legal_limit = {{ days = {legal},"),
            )
            .replace(
                "promised_limit = { days = 1,",
                &format!("promised_limit = {{ days = {promised},"),
            )
    };
    s.write("content/services/business-registration.md", &limits(5, 2));
    let g2 = limits(21, 1).replace("00010541000000001", "00010541000000002");
    s.write("content/services/company-change.md", &g2);
    assert_eq!(s.build().code, 0);
    let a = s.page("ru/services/business-registration/index.html");
    assert!(
        a.contains("5 рабочих дней") && a.contains("2 рабочих дня"),
        "{a}"
    );
    let b = s.page("ru/services/company-change/index.html");
    assert!(
        b.contains("21 рабочий день") && b.contains("1 рабочий день"),
        "{b}"
    );
    assert!(
        s.page("en/services/company-change/index.html")
            .contains("21 working days")
    );
}

#[test]
fn no_interface_text_falls_back_to_english() {
    let s = six();
    assert_eq!(s.build().code, 0);
    let phrases = common::english_ui_phrases();
    assert!(phrases.len() > 50);
    for lang in ["ja", "ko", "ru", "es"] {
        for page in [
            "index.html",
            "disclosure/2024/dl-2024-00012/index.html",
            "services/business-registration/index.html",
        ] {
            let html = s.page(&format!("{lang}/{page}"));
            for p in &phrases {
                assert!(
                    !html.contains(&format!(">{p}<")),
                    "{lang}/{page} shows English `{p}`"
                );
            }
        }
    }
}

#[test]
fn stale_then_marked_then_fresh() {
    let s = Site::new();
    let en = "content/disclosure/2024/dl-2024-00012.en.md";
    let r = s.run(&["i18n", "mark", en]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let marked = std::fs::read_to_string(s.path(en)).unwrap();
    assert!(marked.contains("source_digest = \"blake3:"), "{marked}");
    assert!(marked.ends_with("To the district governments: the measures are as follows.\n"));
    let (_, diags) = s.check_json("2026-11-26");
    assert!(!diags.iter().any(|d| d["code"] == "W006"), "{diags:#?}");

    // The source changes: the translation is stale, the page says so.
    let src = "content/disclosure/2024/dl-2024-00012.md";
    let text = std::fs::read_to_string(s.path(src)).unwrap();
    s.write(
        src,
        &text.replace("现将有关措施通知如下。", "现将有关措施（修订）通知如下。"),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 0, "stale is a warning");
    let d = diags
        .iter()
        .find(|d| d["code"] == "W006")
        .expect("stale warning");
    assert_eq!(d["file"], en);
    assert_eq!(d["line"], 4);
    assert_eq!(s.build().code, 0);
    let page = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    assert!(
        page.contains("notice-stale") && page.contains("has been updated since this translation"),
        "{page}"
    );
    assert!(page.contains("href=\"/disclosure/2024/dl-2024-00012/\""));

    // Marked again after the update: fresh, no notice.
    assert_eq!(s.run(&["i18n", "mark", en]).code, 0);
    let (_, diags) = s.check_json("2026-11-26");
    assert!(!diags.iter().any(|d| d["code"] == "W006"), "{diags:#?}");
    assert_eq!(s.build().code, 0);
    assert!(
        !s.page("en/disclosure/2024/dl-2024-00012/index.html")
            .contains("notice-stale")
    );
}

#[test]
fn mark_refuses_a_source_and_writes_nothing_on_error() {
    let s = Site::new();
    let before =
        std::fs::read_to_string(s.path("content/disclosure/2024/dl-2024-00012.en.md")).unwrap();
    let r = s.run(&[
        "i18n",
        "mark",
        "content/disclosure/2024/dl-2024-00012.en.md",
        "content/disclosure/2024/dl-2024-00012.md",
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("is a source, not a translation"),
        "{}",
        r.stderr
    );
    assert_eq!(
        std::fs::read_to_string(s.path("content/disclosure/2024/dl-2024-00012.en.md")).unwrap(),
        before
    );
}

#[test]
fn status_counts_and_lists_what_to_translate() {
    let s = Site::new();
    let r = s.run(&["i18n", "status", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).unwrap();
    let disclosure = rows
        .iter()
        .find(|r| r["lang"] == "en" && r["section"] == "disclosure")
        .expect("en disclosure");
    assert_eq!(disclosure["counts"]["unverified"], 1);
    assert_eq!(disclosure["counts"]["missing"], 1);
    let files: Vec<&str> = disclosure["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["file"].as_str().unwrap())
        .collect();
    assert!(
        files.contains(&"content/disclosure/2022/dl-2022-00003.en.md"),
        "{files:?}"
    );
    let services = rows
        .iter()
        .find(|r| r["lang"] == "en" && r["section"] == "services")
        .unwrap();
    assert_eq!(services["counts"]["missing"], 1);
    let text = s.run(&["i18n", "status"]);
    assert!(
        text.stdout
            .contains("missing    content/services/business-registration.en.md"),
        "{}",
        text.stdout
    );
}

#[test]
fn default_language_in_its_own_folder_with_a_root_page_of_links() {
    let s = Site::new();
    s.write(
        "site.toml",
        &common::SITE_TOML.replace(
            "fallback = \"source\"",
            "fallback = \"source\"\ndefault_in_subdir = true",
        ),
    );
    assert_eq!(s.build().code, 0);
    let zh = s.page("zh/disclosure/2024/dl-2024-00012/index.html");
    assert!(zh.contains("<html lang=\"zh-CN\">"));
    assert!(zh.contains(
        "hreflang=\"zh-CN\" href=\"https://www.example.gov.cn/zh/disclosure/2024/dl-2024-00012/\""
    ));
    let root = s.page("index.html");
    assert!(
        root.contains("href=\"/zh/\" hreflang=\"zh-CN\" data-lang-home"),
        "{root}"
    );
    assert!(
        root.contains("href=\"/en/\" hreflang=\"en\" data-lang-home"),
        "{root}"
    );
    assert!(root.contains("src=\"/static/choose-language."), "{root}");
    assert!(
        s.page("zh/index.html")
            .contains("hreflang=\"x-default\" href=\"https://www.example.gov.cn/\"")
    );
}

#[test]
fn an_unused_site_message_is_a_warning_at_its_line() {
    let s = Site::new();
    s.write(
        "locales/en/site.ftl",
        &format!("{}agency-old-bureau = Former Bureau\n", common::EN_FTL),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 0);
    let d = diags
        .iter()
        .find(|d| d["code"] == "W007")
        .expect("unused message");
    assert_eq!(d["file"], "locales/en/site.ftl");
    assert_eq!(d["line"], common::EN_FTL.lines().count() as u64 + 1);
}

#[test]
fn a_fluent_syntax_error_names_the_file_and_line() {
    let s = Site::new();
    s.write(
        "locales/en/site.ftl",
        &format!("{}broken message without equals\n", common::EN_FTL),
    );
    let r = s.build();
    assert_eq!(r.code, 1);
    let line = common::EN_FTL.lines().count() + 1;
    assert!(
        r.stderr.contains(&format!("locales/en/site.ftl:{line}:")),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("error[E040]"), "{}", r.stderr);
}

#[test]
fn a_translated_record_links_back_to_the_original_with_its_date() {
    let s = six();
    s.write(
        "content/disclosure/2024/dl-2024-00012.ru.md",
        &RECORD_EN.replace("Notice on Optimizing", "Уведомление об улучшении"),
    );
    assert_eq!(s.build().code, 0);
    let ru = s.page("ru/disclosure/2024/dl-2024-00012/index.html");
    assert!(ru.contains("notice-authority"), "{ru}");
    assert!(
        ru.contains("href=\"/disclosure/2024/dl-2024-00012/\" hreflang=\"zh-CN\""),
        "{ru}"
    );
    assert!(ru.contains("8 марта 2024"), "{ru}");
}
