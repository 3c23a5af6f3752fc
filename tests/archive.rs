//! Archive records (DA/T 80-2019, GB/T 42147-2022): every published page,
//! in every language, has an entry in `.gongkai/archive.json` beside the
//! manifest, with its metadata and the digest of the page as written.

mod common;

use common::Site;
use serde_json::Value;

fn archive(s: &Site) -> Value {
    let text = std::fs::read_to_string(s.path("public/.gongkai/archive.json"))
        .unwrap_or_else(|e| panic!("no archive: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

fn entry<'a>(a: &'a Value, url: &str) -> &'a Value {
    a["records"]
        .as_array()
        .and_then(|r| r.iter().find(|e| e["url"] == url))
        .unwrap_or_else(|| panic!("no entry for {url} in {a:#}"))
}

#[test]
fn every_page_in_every_language_is_an_archive_record_with_its_metadata_and_digest() {
    let s = Site::new();
    let run = s.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let a = archive(&s);
    assert_eq!(a["site_code"], "2102000001");
    assert_eq!(a["elements"]["title"], "题名");
    assert_eq!(a["elements"]["digest"], "数字摘要");

    let zh = entry(
        &a,
        "https://www.example.gov.cn/disclosure/2024/dl-2024-00012/",
    );
    assert_eq!(zh["title"], "示例市人民政府关于优化营商环境的通知");
    assert_eq!(zh["creator"], "示例市人民政府");
    assert_eq!(zh["creator_code"], "11210200MB0000000X");
    assert_eq!(zh["doc_no"], "示政发〔2024〕12号");
    assert_eq!(zh["index_no"], "11210200MB0000000X/2024-00012");
    assert_eq!(zh["date_written"], "2024-03-01");
    assert_eq!(zh["date_published"], "2024-03-08");
    assert_eq!(zh["language"], "zh-CN");
    assert_eq!(
        zh["retention"], "永久",
        "a policy document is kept for ever"
    );
    assert_eq!(zh["collected"], "2026-11-26", "the build's day");

    let en = entry(
        &a,
        "https://www.example.gov.cn/en/disclosure/2024/dl-2024-00012/",
    );
    assert_eq!(en["title"], "Notice on Optimizing the Business Environment");
    assert_eq!(en["language"], "en");
    assert_eq!(
        en["creator"], "示例市人民政府",
        "the agency as the archive names it"
    );

    // The digest is the page's bytes as written and as the manifest lists them.
    let file = en["file"].as_str().unwrap_or("");
    let bytes = std::fs::read(s.path("public").join(file)).unwrap_or_default();
    assert_eq!(en["digest"]["algorithm"], "BLAKE3");
    assert_eq!(
        en["digest"]["value"],
        blake3::hash(&bytes).to_hex().as_str()
    );
    let manifest: Value =
        serde_json::from_str(&s.page(".gongkai/manifest.json")).unwrap_or_default();
    assert_eq!(
        manifest["files"][file]["hash"],
        format!("blake3:{}", blake3::hash(&bytes).to_hex())
    );
    // Off the web root: not a file the deploy uploads.
    assert!(manifest["files"].get(".gongkai/archive.json").is_none());
    assert!(!s.exists("archive.json"));
}

#[test]
fn the_archive_is_the_same_bytes_for_the_same_input() {
    let s = Site::new();
    assert_eq!(s.build().code, 0);
    let first = std::fs::read(s.path("public/.gongkai/archive.json")).unwrap_or_default();
    let again = s.run(&["build", "--root", ".", "--today", "2026-11-26", "--force"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    let second = std::fs::read(s.path("public/.gongkai/archive.json")).unwrap_or_default();
    assert!(!first.is_empty());
    assert_eq!(first, second);
    // Made again another day, the pages are collected that day.
    let later = s.run(&["build", "--root", ".", "--today", "2026-11-27", "--force"]);
    assert_eq!(later.code, 0, "{}", later.stderr);
    assert_eq!(
        archive(&s)["records"][0]["collected"],
        "2026-11-27",
        "{}",
        later.stdout
    );
}
