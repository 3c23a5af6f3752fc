//! The dates readers need: a record before its `effective` day is shown as
//! "takes effect on …" and switches to in force on the day with no edit
//! (the day's build is never taken as unchanged); `updated` is shown as
//! "last updated", and its mistakes are errors at their line.

mod common;

use common::{RECORD, Site};

const R: &str = "content/disclosure/2024/dl-2024-00012.md";
const EN_PAGE: &str = "en/disclosure/2024/dl-2024-00012/index.html";

fn record(extra: &str) -> Site {
    let s = Site::new();
    s.write(
        R,
        &RECORD.replacen(
            "validity = \"in-force\"\n",
            &format!("validity = \"in-force\"\n{extra}"),
            1,
        ),
    );
    s
}

fn build_on(s: &Site, day: &str) -> String {
    let r = s.run(&["build", "--root", ".", "--today", day]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout + &r.stderr
}

fn graph(html: &str) -> serde_json::Value {
    let start = html.find("application/ld+json\">").unwrap() + "application/ld+json\">".len();
    let end = html[start..].find("</script>").unwrap() + start;
    serde_json::from_str::<serde_json::Value>(&html[start..end]).unwrap()["@graph"][0].clone()
}

#[test]
fn a_record_takes_effect_on_its_day_without_an_edit() {
    let s = record("effective = 2026-12-10\n");
    build_on(&s, "2026-12-09");
    let en = s.page(EN_PAGE);
    assert!(
        en.contains(
            "<span class=\"validity validity-pending\">Takes effect on December 10, 2026</span>"
        ),
        "{en}"
    );
    assert!(!en.contains("validity-in-force"));
    let zh = s.page("disclosure/2024/dl-2024-00012/index.html");
    assert!(zh.contains(">自2026年12月10日起施行</span>"));
    let catalogue = s.page("en/disclosure/index.html");
    assert!(catalogue.contains("validity-pending\">Takes effect on December 10, 2026"));
    let item = graph(&en);
    assert_eq!(
        item["legislationLegalForce"],
        "https://schema.org/NotInForce"
    );
    assert_eq!(item["legislationDateOfApplicability"], "2026-12-10");
    assert!(item.get("legislationDateVersion").is_none());

    // The same day again: nothing changed. The next day: made again, in force.
    assert!(build_on(&s, "2026-12-09").contains("Nothing changed"));
    let out = build_on(&s, "2026-12-10");
    assert!(!out.contains("Nothing changed"), "{out}");
    let en = s.page(EN_PAGE);
    assert!(
        en.contains("<span class=\"validity validity-in-force\">In force</span>"),
        "{en}"
    );
    assert_eq!(
        graph(&en)["legislationLegalForce"],
        "https://schema.org/InForce"
    );
    assert!(
        s.page("en/disclosure/index.html")
            .contains("validity-in-force\">In force")
    );
}

#[test]
fn updated_is_shown_as_last_updated() {
    let s = record("updated = 2024-05-06\n");
    build_on(&s, "2026-11-26");
    let en = s.page(EN_PAGE);
    assert!(
        en.contains("<p class=\"page-updated\">Last updated: <time datetime=\"2024-05-06\">May 6, 2024</time></p>"),
        "{en}"
    );
    assert!(s.page("disclosure/2024/dl-2024-00012/index.html").contains(
        "<p class=\"page-updated\">最后更新：<time datetime=\"2024-05-06\">2024年5月6日</time></p>"
    ));
    assert_eq!(graph(&en)["dateModified"], "2024-05-06");
}

#[test]
fn updated_before_publication_or_after_today_is_an_error_at_its_line() {
    for (day, code) in [("2024-03-07", "E065"), ("2026-11-27", "E066")] {
        let s = record(&format!("updated = {day}\n"));
        let (exit, diags) = s.check_json("2026-11-26");
        assert_eq!(exit, 1, "{diags:#?}");
        assert!(
            diags
                .iter()
                .any(|d| d["code"] == code && d["file"] == R && d["line"] == 13),
            "{code}: {diags:#?}"
        );
    }
    // A translation may not set it: it is a fact of the source.
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.en.md",
        "+++\ntitle = \"Notice\"\nupdated = 2024-05-06\n+++\n\nText.\n",
    );
    let (_, diags) = s.check_json("2026-11-26");
    assert!(
        diags.iter().any(|d| d["code"] == "E007" && d["line"] == 3),
        "{diags:#?}"
    );
}
