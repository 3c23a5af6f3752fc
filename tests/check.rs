//! Parse errors and required fields: every problem located and explained, in one run.

mod common;

use common::Site;

fn check(s: &Site) -> common::Run {
    s.run(&["check", "--root", ".", "--today", "2026-11-26"])
}

#[test]
fn bad_toml_is_located_at_its_line_and_column() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("agency = \"city\"", "agency = city\""),
    );
    let r = s.build();
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("content/disclosure/2024/dl-2024-00012.md:4:10: error[E001]: front matter is not valid TOML"), "{}", r.stderr);
    assert!(r.stderr.contains("4 | agency = city\""), "{}", r.stderr);
}

#[test]
fn every_missing_required_field_is_reported_at_once() {
    let s = Site::new();
    let text = common::RECORD
        .replace("agency = \"city\"\n", "")
        .replace("topic = \"economy-state-assets\"\n", "");
    s.write("content/disclosure/2024/dl-2024-00012.md", &text);
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("missing required field `agency` (发布机构/实施主体)"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("missing required field `topic` (主题分类)"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_file_without_front_matter_and_an_empty_file_are_explained() {
    let s = Site::new();
    s.write("content/about.md", "# About\n");
    s.write("content/empty.md", "");
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(
            "content/about.md:1:1: error[E003]: the file does not start with front matter"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("content/empty.md:1:1: error[E003]: the file is empty"),
        "{}",
        r.stderr
    );
}

#[test]
fn unknown_keys_get_a_suggestion_and_facts_in_translations_are_refused() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("summary =", "sumary ="),
    );
    s.write(
        "content/disclosure/2024/dl-2024-00012.en.md",
        &common::RECORD_EN.replace("+++\ntitle", "+++\ndoc_no = \"No. 12\"\ntitle"),
    );
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(r.stderr.contains("unknown key `sumary`"), "{}", r.stderr);
    assert!(r.stderr.contains("did you mean `summary`?"), "{}", r.stderr);
    assert!(
        r.stderr
            .contains("dl-2024-00012.en.md:2:1: error[E007]: `doc_no` is a fact"),
        "{}",
        r.stderr
    );
}

#[test]
fn wrong_enum_values_and_undeclared_ids_name_the_allowed_ones() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD
            .replace("validity = \"in-force\"", "validity = \"valid\"")
            .replace(
                "topic = \"economy-state-assets\"",
                "topic = \"economy-state-asset\"",
            ),
    );
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("unknown variant `valid`, expected one of `in-force`, `expired`, `repealed`"),
        "{}",
        r.stderr
    );
    // The typed parse stops at the first type error, so fix it and look again.
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace(
            "topic = \"economy-state-assets\"",
            "topic = \"economy-state-asset\"",
        ),
    );
    let r = check(&s);
    assert!(
        r.stderr.contains("did you mean `economy-state-assets`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn invalid_utf8_is_reported_and_bom_and_crlf_are_accepted() {
    let s = Site::new();
    s.write_bytes(
        "content/gbk.md",
        b"+++\ntitle = \"\xb4\xf3\xc1\xac\"\n+++\n",
    );
    let r = check(&s);
    assert!(
        r.stderr
            .contains("content/gbk.md:2:10: error[E014]: the file is not valid UTF-8"),
        "{}",
        r.stderr
    );
    s.remove("content/gbk.md");
    let crlf = format!("\u{feff}{}", common::RECORD.replace('\n', "\r\n"));
    s.write("content/disclosure/2024/dl-2024-00012.md", &crlf);
    let r = check(&s);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_translation_without_a_source_and_a_broken_link_are_errors() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00099.en.md",
        common::RECORD_EN,
    );
    s.write(
        "content/invest/_index.en.md",
        &common::PAGE_EN_ONLY.replace("dl-2024-00012", "dl-2024-00013"),
    );
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains(
            "dl-2024-00099.en.md:2:1: error[E020]: this translation has no Chinese source file"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("link to `/disclosure/2024/dl-2024-00013/`, but no page or file is there"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("did you mean `/disclosure/2024/dl-2024-00012/`?"),
        "{}",
        r.stderr
    );
}

#[test]
fn json_format_is_a_stable_array() {
    let s = Site::new();
    s.write("content/empty.md", "");
    let r = s.run(&["check", "--root", ".", "--format", "json"]);
    assert_eq!(r.code, 1);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let first = v
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "E003")
        .expect("the empty file");
    for key in [
        "severity", "code", "file", "line", "column", "message", "help",
    ] {
        assert!(first.get(key).is_some(), "{key} in {first}");
    }
    assert_eq!(first["severity"], "error");
    assert_eq!(first["file"], "content/empty.md");
    assert_eq!(first["line"], 1);
}

#[test]
fn a_missing_message_is_a_build_error_naming_the_language_and_id() {
    let s = Site::new();
    s.write(
        "locales/en/site.ftl",
        &common::EN_FTL.replace(
            "agency-samr = Example Administration for Market Regulation\n",
            "",
        ),
    );
    let r = s.build();
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("locales/en/site.ftl:1:1: error[E041]: message `agency-samr` is missing in language `en`"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_future_record_is_an_error_against_today() {
    let s = Site::new();
    let r = s.run(&["check", "--root", ".", "--today", "2024-03-07"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr
            .contains("published (2024-03-08) is after today (2024-03-07)"),
        "{}",
        r.stderr
    );
}

#[test]
fn content_and_message_problems_are_reported_in_one_run() {
    let s = Site::new();
    s.write("content/empty.md", "");
    s.write(
        "locales/en/site.ftl",
        &common::EN_FTL.replace(
            "agency-samr = Example Administration for Market Regulation\n",
            "",
        ),
    );
    let r = check(&s);
    assert_eq!(r.code, 1);
    assert!(
        r.stderr.contains("error[E003]") && r.stderr.contains("error[E041]"),
        "{}",
        r.stderr
    );
}
