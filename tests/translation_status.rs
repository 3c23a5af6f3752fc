//! `translation = "reviewed" | "tentative" | "machine"` on a translation: the
//! notice readers see, the JSON-LD, the count in `i18n status`, and the
//! mistakes an editor can make with it, each at its line.

mod common;

use common::{PAGE_EN_ONLY, RECORD_EN, Site};

const R_EN: &str = "content/disclosure/2024/dl-2024-00012.en.md";
const EN_PAGE: &str = "en/disclosure/2024/dl-2024-00012/index.html";

fn with_status(status: &str) -> Site {
    let s = Site::new();
    s.write(
        R_EN,
        &RECORD_EN.replacen(
            "summary = \"Twelve measures.\"\n",
            &format!("summary = \"Twelve measures.\"\ntranslation = \"{status}\"\n"),
            1,
        ),
    );
    s
}

fn graph(html: &str) -> serde_json::Value {
    let start = html.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = html[start..].find("</script>").unwrap() + start;
    serde_json::from_str::<serde_json::Value>(&html[start..end]).unwrap()["@graph"][0].clone()
}

#[test]
fn a_tentative_translation_says_so_to_readers_and_in_its_linked_data() {
    let s = with_status("tentative");
    assert_eq!(s.build().code, 0);
    let en = s.page(EN_PAGE);
    assert!(
        en.contains("<aside class=\"notice notice-translation\" role=\"note\"><p>This is a tentative translation, for reference only. Only the original Chinese text is authoritative.</p></aside>"),
        "{en}"
    );
    let item = graph(&en);
    assert_eq!(item["creativeWorkStatus"], "tentative translation");
    assert_eq!(
        item["translationOfWork"]["@id"],
        "https://www.example.gov.cn/disclosure/2024/dl-2024-00012/"
    );
    // The source is no translation: no notice, no status.
    let zh = s.page("disclosure/2024/dl-2024-00012/index.html");
    assert!(!zh.contains("notice-translation"));
    assert!(graph(&zh).get("translationOfWork").is_none());
}

#[test]
fn a_machine_translation_has_its_own_notice_and_a_reviewed_one_none() {
    let s = with_status("machine");
    assert_eq!(s.build().code, 0);
    let en = s.page(EN_PAGE);
    assert!(en.contains("This page was translated by machine and has not been reviewed."));
    assert_eq!(graph(&en)["creativeWorkStatus"], "machine translation");

    let s = with_status("reviewed");
    assert_eq!(s.build().code, 0);
    let en = s.page(EN_PAGE);
    assert!(!en.contains("notice-translation"), "{en}");
    let item = graph(&en);
    assert!(item.get("creativeWorkStatus").is_none());
    assert!(item.get("translationOfWork").is_some());
}

#[test]
fn i18n_status_counts_tentative_and_machine_translations() {
    let s = with_status("machine");
    let run = s.run(&["i18n", "status", "--root", ".", "--format", "json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let disclosure = rows
        .iter()
        .find(|r| r["lang"] == "en" && r["section"] == "disclosure")
        .unwrap();
    assert_eq!(disclosure["counts"]["machine"], 1);
    assert_eq!(disclosure["counts"]["tentative"], 0);
    let text = s.run(&["i18n", "status", "--root", "."]).stdout;
    assert!(
        text.lines()
            .any(|l| l.trim_start().starts_with("disclosure")
                && l.ends_with("   0 tentative     1 machine")),
        "{text}"
    );
}

#[test]
fn a_status_that_is_none_of_the_three_is_an_error_at_its_line() {
    let s = with_status("draft");
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 1);
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "E008" && d["file"] == R_EN && d["line"] == 4),
        "{diags:#?}"
    );
}

#[test]
fn a_status_on_a_source_is_a_warning_at_its_line() {
    // An English-only page may say it was translated (from elsewhere) …
    let s = Site::new();
    s.write(
        "content/invest/_index.en.md",
        &PAGE_EN_ONLY.replacen(
            "menu = true\n",
            "menu = true\ntranslation = \"machine\"\n",
            1,
        ),
    );
    let (code, diags) = s.check_json("2026-11-26");
    assert_eq!(code, 0, "{diags:#?}");
    assert!(!diags.iter().any(|d| d["code"] == "W060"), "{diags:#?}");
    // … the Chinese source of a page cannot.
    s.write(
        "content/about.md",
        "+++\ntitle = \"关于我们\"\ntranslation = \"reviewed\"\n+++\n\n正文。\n",
    );
    let (_, diags) = s.check_json("2026-11-26");
    assert!(
        diags
            .iter()
            .any(|d| d["code"] == "W060" && d["file"] == "content/about.md" && d["line"] == 3),
        "{diags:#?}"
    );
}
