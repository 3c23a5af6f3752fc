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
        r.stderr
            .contains("did you mean `economy-state-assets` (国民经济管理、国有资产监管)?"),
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
fn a_future_record_is_scheduled_not_an_error() {
    let s = unlinked();
    let r = s.run(&["check", "--root", ".", "--today", "2024-03-07"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "content/disclosure/2024/dl-2024-00012.md:7:1: note[N001]: scheduled: goes live on 2024-03-08 (in 1 day; today is 2024-03-07)"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("1 file drafted or scheduled"),
        "{}",
        r.stderr
    );
}

/// The small site without the English page's link to the record, which
/// would be a link to a page not yet published (E037) once it is held back.
fn unlinked() -> Site {
    let s = Site::new();
    s.write(
        "content/invest/_index.en.md",
        "+++\ntitle = \"Invest in Example City\"\nmenu = true\n+++\n\nWelcome, investors.\n",
    );
    s
}

fn published_on(day: &str) -> Site {
    let s = unlinked();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("published = 2024-03-08", &format!("published = {day}")),
    );
    s
}

/// Is the record scheduled when the clock says `now`?
fn scheduled_at(s: &Site, now: &str, tz: &str) -> bool {
    let r = s.run_env(
        &["check", "--format", "json"],
        &[("GONGKAI_NOW", now), ("TZ", tz)],
    );
    assert_eq!(r.code, 0, "{} {}", r.stdout, r.stderr);
    let diags: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found: Vec<&serde_json::Value> = diags
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "N001")
        .collect();
    if let Some(d) = found.first() {
        assert_eq!(d["file"], "content/disclosure/2024/dl-2024-00012.md");
        assert_eq!(
            (d["line"].as_u64(), d["severity"].as_str()),
            (Some(7), Some("note"))
        );
    }
    found.len() == 1
}

// 03:47 in Beijing on 2 December is 19:47 UTC on 1 December: the site's
// clock (Asia/Shanghai by default) says it is the 2nd, whatever the machine's
// zone, and the record dated the 2nd is live.
#[test]
fn today_is_the_sites_day_across_the_utc_boundary() {
    let s = published_on("2026-12-02");
    for machine_tz in ["UTC", "America/Los_Angeles"] {
        assert!(!scheduled_at(&s, "2026-12-01T19:47:00Z", machine_tz));
        assert!(scheduled_at(&s, "2026-12-01T15:59:59Z", machine_tz));
        assert!(!scheduled_at(&s, "2026-12-01T16:00:00Z", machine_tz));
    }
    // The same instant in a site whose clock is UTC is still the 1st.
    s.write(
        "site.toml",
        &format!("timezone = \"UTC\"\n{}", common::SITE_TOML),
    );
    assert!(scheduled_at(&s, "2026-12-01T19:47:00Z", "Asia/Shanghai"));
    assert!(!scheduled_at(&s, "2026-12-02T00:00:00Z", "Asia/Shanghai"));
}

#[test]
fn a_bad_timezone_or_clock_is_refused() {
    let s = Site::new();
    s.write(
        "site.toml",
        &common::SITE_TOML.replacen("\n", "\ntimezone = \"Asia/Shanghia\"\n", 1),
    );
    let r = check(&s);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "site.toml:2:1: error[E002]: timezone `Asia/Shanghia` is not an IANA time zone"
        ),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean `Asia/Shanghai`?"),
        "{}",
        r.stderr
    );
    let s = Site::new();
    let r = s.run_env(&["check"], &[("GONGKAI_NOW", "tomorrow")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("GONGKAI_NOW: `tomorrow` is not an instant"),
        "{}",
        r.stderr
    );
}

#[test]
fn drafts_are_checked_and_listed() {
    let s = unlinked();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("summary = ", "draft = true\nsummary = "),
    );
    let r = check(&s);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("content/disclosure/2024/dl-2024-00012.md:13:1: note[N002]: draft: checked, but not built"),
        "{}",
        r.stderr
    );
    // A draft is checked like any other file.
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD
            .replace("summary = ", "draft = true\nsummary = ")
            .replace("agency = \"city\"", "agency = \"cty\""),
    );
    let r = check(&s);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("error[E021]"), "{}", r.stderr);
}

#[test]
fn deny_warnings_fails_on_warnings_only() {
    let s = unlinked();
    let r = s.run(&["check", "--today", "2026-11-26", "--deny-warnings"]);
    // The small site is stale (W005) at that date: a warning.
    assert!(r.stderr.contains("warning["), "{}", r.stderr);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("--deny-warnings makes warnings fail"),
        "{}",
        r.stderr
    );
    let r = s.run(&["check", "--today", "2026-11-26"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Notes are not warnings: a draft, on a day the site is fresh.
    s.write(
        "content/invest/_index.en.md",
        "+++\ntitle = \"Invest\"\ndraft = true\n+++\n\nWelcome.\n",
    );
    let r = s.run(&["check", "--today", "2024-03-10", "--deny-warnings"]);
    assert!(r.stderr.contains("note[N002]"), "{}", r.stderr);
    assert!(!r.stderr.contains("warning["), "{}", r.stderr);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn site_toml_is_found_upward_and_annotations_name_files_from_the_working_directory() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("agency = \"city\"", "agency = \"cty\""),
    );
    let sub = s.path("content/disclosure");
    let r = common::run_in(&sub, &["check", "--today", "2026-11-26"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr
            .contains("content/disclosure/2024/dl-2024-00012.md:4:1: error[E021]"),
        "{}",
        r.stderr
    );
    // The repository holds the site in a folder: annotations name the file from the repository.
    let repo = tempfile::tempdir().unwrap();
    let site = repo.path().join("site");
    std::fs::rename(s.dir.path(), &site).unwrap();
    let r = common::run_in(
        repo.path(),
        &[
            "check",
            "--root",
            "site",
            "--today",
            "2026-11-26",
            "--format",
            "github",
        ],
    );
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stdout.contains(
            "::error file=site/content/disclosure/2024/dl-2024-00012.md,line=4,col=1,title=E021::"
        ),
        "{}",
        r.stdout
    );
    let r = common::run_in(
        &site.join("content"),
        &["check", "--today", "2026-11-26", "--format", "github"],
    );
    assert!(
        r.stdout
            .contains("::error file=../content/disclosure/2024/dl-2024-00012.md,line=4"),
        "{}",
        r.stdout
    );
    let r = common::run_in(repo.path(), &["check"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    std::fs::rename(&site, s.dir.path()).unwrap();
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
