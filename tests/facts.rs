//! W009: a translation's text may not state a fact (a date, a number of
//! working days, a phone number, a document number) the Chinese source
//! does not; the facts are compared across languages in one form.

mod common;

use common::Site;
use serde_json::Value;

const SOURCE: &str = r#"+++
index_no = "11210200MB0000000X/2026-00001"
title = "示例市关于调整审批时限的通知"
agency = "city"
doc_no = "示政发〔2026〕3号"
written = 2026-11-02
published = 2026-11-03
topic = "general-affairs"
catalog = "policy-documents"
disclosure = "proactive"
+++

审批时限为60个工作日，自2027年1月1日起施行。

咨询电话：0411-12345678。
"#;

const KEY: &str = "content/disclosure/2026/dl-2026-00001";

/// The standard site in six languages, with the record and one translation.
fn site(lang: &str, body: &str) -> Site {
    let s = Site::six_languages();
    s.write(&format!("{KEY}.md"), SOURCE);
    s.write(
        &format!("{KEY}.{lang}.md"),
        &format!("+++\ntitle = \"T\"\n+++\n\n{body}\n"),
    );
    s
}

fn w009(s: &Site) -> Vec<Value> {
    let (_, diags) = s.check_json("2026-11-26");
    if let Some(d) = diags.iter().find(|d| d["severity"] == "error") {
        panic!("unexpected error {d:#?}");
    }
    diags.into_iter().filter(|d| d["code"] == "W009").collect()
}

#[test]
fn a_translation_that_changes_the_facts_is_warned_at_its_line_naming_both() {
    let s = site(
        "en",
        "The time limit is 30 working days.\n\nIt takes effect on 1 February 2027.",
    );
    let found = w009(&s);
    let file = format!("{KEY}.en.md");
    let at = |line: u64| {
        found
            .iter()
            .find(|d| d["file"] == *file && d["line"] == line)
    };
    let days = at(5).unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        days["message"],
        "the translation says 30 working days; the source says 60个工作日"
    );
    assert_eq!(days["column"], 19);
    let date = at(7).unwrap_or_else(|| panic!("{found:#?}"));
    assert_eq!(
        date["message"],
        "the translation says 1 February 2027; the source says 2027年1月1日"
    );
    assert_eq!(found.len(), 2, "{found:#?}");
}

#[test]
fn the_same_facts_in_every_language_pass_and_changed_ones_do_not() {
    let faithful = [
        (
            "en",
            "The limit is 60 working days, from January 1, 2027. Tel: +86-411-12345678 (示政发〔2026〕3号).",
        ),
        (
            "ja",
            "審査期限は60営業日で、2027年1月1日から施行する。電話：0411-12345678。示政発〔2026〕3号",
        ),
        (
            "ko",
            "심사 기한은 60근무일이며 2027년 1월 1일부터 시행한다. 전화: 0411-12345678",
        ),
        (
            "ru",
            "Срок рассмотрения — 60 рабочих дней, с 1 января 2027 г. Телефон: +86 411 12345678.",
        ),
        (
            "es",
            "El plazo es de 60 días hábiles, a partir del 1 de enero de 2027. Teléfono: 0411-12345678.",
        ),
    ];
    for (lang, body) in faithful {
        assert!(w009(&site(lang, body)).is_empty(), "{lang}: {body}");
    }
    let changed = [
        ("ja", "審査期限は30営業日とする。", "30営業日"),
        ("ko", "2027년 2월 1일부터 시행한다.", "2027년 2월 1일"),
        ("ru", "Срок — 30 рабочих дней.", "30 рабочих дней"),
        (
            "es",
            "Entra en vigor el 1 de febrero de 2027.",
            "1 de febrero de 2027",
        ),
        ("en", "Call 0411-87654321.", "0411-87654321"),
        ("en", "See 示政发〔2026〕4号.", "示政发〔2026〕4号"),
    ];
    for (lang, body, said) in changed {
        let found = w009(&site(lang, body));
        assert_eq!(found.len(), 1, "{lang}: {body}: {found:#?}");
        let m = found[0]["message"].as_str().unwrap();
        assert!(
            m.starts_with(&format!("the translation says {said}; the source says ")),
            "{m}"
        );
        assert_eq!(found[0]["line"], 5, "{found:#?}");
    }
}

#[test]
fn a_fact_of_a_kind_the_source_never_states_names_the_source() {
    let s = site("en", "Apply by 5 March 2027.");
    let s2 = site("en", "x");
    s2.write(
        &format!("{KEY}.md"),
        &SOURCE.replace("自2027年1月1日起施行", "施行"),
    );
    let found = w009(&s);
    assert_eq!(found.len(), 1, "{found:#?}");
    s2.write(
        &format!("{KEY}.en.md"),
        "+++\ntitle = \"T\"\n+++\n\nApply by 5 March 2027.\n",
    );
    let found = w009(&s2);
    let m = found[0]["message"].as_str().unwrap();
    assert!(
        m.starts_with("the translation says 5 March 2027; the source says 2026-11-02"),
        "{m}"
    );
    // Chinese too.
    let r = s.run(&[
        "check",
        "--root",
        ".",
        "--today",
        "2026-11-26",
        "--lang",
        "zh",
    ]);
    assert!(
        r.stderr.contains("译文写的是 5 March 2027，原文写的是"),
        "{}",
        r.stderr
    );
}
