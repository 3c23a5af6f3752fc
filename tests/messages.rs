//! The tool speaks the editor's language: the same problems, codes, files
//! and lines in Chinese and English, the language chosen by `--lang`, then
//! `GONGKAI_LANG`, then the locale, then `[editor] lang` in site.toml.

mod common;

use common::{RECORD, Site};
use serde_json::Value;

const R: &str = "content/disclosure/2024/dl-2024-00012.md";

/// The standard site with a record an editor got wrong three ways: the
/// agency's name for its id, a date with slashes in a translation-free
/// field, and a link to nowhere.
fn broken() -> Site {
    let s = Site::new();
    s.write(
        R,
        &RECORD
            .replace("agency = \"city\"", "agency = \"cty\"")
            .replace("+++\n\n", "+++\n\n[办事指南](/services/nowhere/)\n\n"),
    );
    s
}

/// Runs with exactly these language settings (the caller's are cleared).
fn run(s: &Site, args: &[&str], env: &[(&str, &str)]) -> common::Run {
    let mut all: Vec<(&str, &str)> = ["GONGKAI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .map(|k| (*k, ""))
        .collect();
    for (k, v) in env {
        all.retain(|(n, _)| n != k);
        all.push((k, v));
    }
    s.run_env(args, &all)
}

const CHECK: &[&str] = &["check", "--root", ".", "--today", "2026-11-26"];

fn json(s: &Site, lang: &str) -> Vec<Value> {
    let mut args = CHECK.to_vec();
    args.extend(["--format", "json", "--lang", lang]);
    let r = run(s, &args, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    serde_json::from_str::<Value>(&r.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
        .as_array()
        .cloned()
        .unwrap()
}

fn han(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn a_broken_record_gives_the_same_codes_and_places_in_both_languages() {
    let s = broken();
    let (en, zh) = (json(&s, "en"), json(&s, "zh"));
    let place = |d: &Value| {
        (
            d["code"].clone(),
            d["file"].clone(),
            d["line"].clone(),
            d["column"].clone(),
        )
    };
    assert_eq!(
        en.iter().map(place).collect::<Vec<_>>(),
        zh.iter().map(place).collect::<Vec<_>>()
    );
    let codes: Vec<&str> = en.iter().filter_map(|d| d["code"].as_str()).collect();
    assert!(
        codes.contains(&"E021") && codes.contains(&"E033"),
        "{en:#?}"
    );
    let e021 = |v: &[Value]| v.iter().find(|d| d["code"] == "E021").cloned().unwrap();
    let (e, z) = (e021(&en), e021(&zh));
    assert_eq!(
        e["message"],
        "`agency` is `cty`, which is not declared in site.toml"
    );
    assert_eq!(
        z["message"],
        "`agency` 填的是 `cty`，site.toml 中没有声明这个标识"
    );
    // Keys and ids stay as written in either language.
    assert!(z["help"].as_str().unwrap().contains("`city`"), "{z:#?}");
    for d in &zh {
        assert!(han(d["message"].as_str().unwrap()), "{d:#?}");
    }
    for d in &en {
        let m = d["message"].as_str().unwrap();
        assert!(!m.contains("填") && !m.contains("链接"), "{d:#?}");
    }
}

#[test]
fn the_locale_chooses_chinese_and_the_flag_and_variable_come_first() {
    let s = broken();
    let zh = run(&s, CHECK, &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(zh.code, 1);
    assert!(
        zh.stderr
            .contains(&format!("{R}:4:1: 错误[E021]: `agency` 填的是 `cty`")),
        "{}",
        zh.stderr
    );
    assert!(zh.stderr.contains("= 帮助: "), "{}", zh.stderr);
    assert!(zh.stderr.contains("个错误，"), "{}", zh.stderr);
    let en = run(&s, CHECK, &[("LANG", "en_US.UTF-8")]);
    assert!(
        en.stderr
            .contains(&format!("{R}:4:1: error[E021]: `agency` is `cty`")),
        "{}",
        en.stderr
    );
    // LC_ALL before LANG; GONGKAI_LANG before the locale; --lang before all.
    let r = run(
        &s,
        CHECK,
        &[("LC_ALL", "zh_TW.UTF-8"), ("LANG", "en_US.UTF-8")],
    );
    assert!(r.stderr.contains("错误[E021]"), "{}", r.stderr);
    let r = run(
        &s,
        CHECK,
        &[("GONGKAI_LANG", "en"), ("LANG", "zh_CN.UTF-8")],
    );
    assert!(r.stderr.contains("error[E021]"), "{}", r.stderr);
    let mut args = CHECK.to_vec();
    args.extend(["--lang", "en"]);
    let r = run(
        &s,
        &args,
        &[("GONGKAI_LANG", "zh"), ("LANG", "zh_CN.UTF-8")],
    );
    assert!(
        r.stderr.contains("error[E021]") && !r.stderr.contains("错误"),
        "{}",
        r.stderr
    );
    let r = run(
        &s,
        &[
            "--lang",
            "zh",
            "check",
            "--root",
            ".",
            "--today",
            "2026-11-26",
        ],
        &[],
    );
    assert!(r.stderr.contains("错误[E021]"), "{}", r.stderr);
    // A language the tool does not speak is a usage error, not a silent English.
    let mut args = CHECK.to_vec();
    args.extend(["--lang", "fr"]);
    let r = run(&s, &args, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("`fr`"), "{}", r.stderr);
}

#[test]
fn the_sites_editor_lang_speaks_when_the_machine_does_not() {
    let s = broken();
    s.write(
        "site.toml",
        &format!("{}\n[editor]\nlang = \"zh\"\n", common::SITE_TOML),
    );
    let r = run(&s, CHECK, &[("LANG", "C.UTF-8")]);
    assert!(r.stderr.contains("错误[E021]"), "{}", r.stderr);
    let r = run(&s, CHECK, &[("LANG", "en_US.UTF-8")]);
    assert!(r.stderr.contains("error[E021]"), "{}", r.stderr);
    s.write(
        "site.toml",
        &format!("{}\n[editor]\nlang = \"fr\"\n", common::SITE_TOML),
    );
    let r = run(&s, CHECK, &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("error[E002]: [editor] lang `fr`"),
        "{}",
        r.stderr
    );
}

#[test]
fn help_explain_and_summaries_are_in_chinese() {
    let s = Site::new();
    let r = run(&s, &["check", "--help"], &[("LANG", "zh_CN.UTF-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("报告内容中的所有问题"), "{}", r.stdout);
    assert!(r.stdout.contains("用法：gongkai check"), "{}", r.stdout);
    assert!(
        r.stdout.contains("--deny-warnings") && r.stdout.contains("用于持续集成"),
        "{}",
        r.stdout
    );
    let r = run(&s, &["help", "i18n", "mark"], &[("GONGKAI_LANG", "zh")]);
    assert!(r.stdout.contains("译文文件"), "{}", r.stdout);
    let r = run(&s, &["check", "--explain", "E029", "--lang", "zh"], &[]);
    assert!(
        r.stdout.starts_with("E029: 文号不符合 GB/T 9704"),
        "{}",
        r.stdout
    );
    let r = run(&s, &["check", "--explain", "E029", "--lang", "en"], &[]);
    assert!(
        r.stdout
            .starts_with("E029: document number not in GB/T 9704 form"),
        "{}",
        r.stdout
    );
    let r = run(
        &s,
        &[
            "build",
            "--root",
            ".",
            "--today",
            "2026-11-26",
            "--lang",
            "zh",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("已生成") && r.stderr.contains("个文件到"),
        "{}",
        r.stderr
    );
    // `search --lang` is still the edition; the tool's own words follow GONGKAI_LANG.
    let r = run(
        &s,
        &["search", "营业执照", "--root", ".", "--lang", "en"],
        &[("GONGKAI_LANG", "zh")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("条结果"), "{}", r.stderr);
}
