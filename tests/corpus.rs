//! The bad-input corpus: one small site per rule or robustness case, each
//! checked for the exact diagnostic code, file and line — and that nothing
//! else goes wrong (no other error, no panic).

mod common;

use common::{GUIDE, OLD_RECORD, PAGE_EN_ONLY, RECORD, RECORD_EN, Site};
use serde_json::Value;

const R: &str = "content/disclosure/2024/dl-2024-00012.md";
const R_EN: &str = "content/disclosure/2024/dl-2024-00012.en.md";
const OLD: &str = "content/disclosure/2022/dl-2022-00003.md";
const G: &str = "content/services/business-registration.md";
const PAGE: &str = "content/invest/_index.en.md";

/// `check --format json` in English, after holding that the same check in
/// Chinese reports the same codes at the same places, in Chinese.
fn diagnostics(s: &Site) -> (i32, Vec<Value>) {
    let run = |lang: &str| {
        let r = s.run(&[
            "check",
            "--root",
            ".",
            "--format",
            "json",
            "--today",
            "2026-11-26",
            "--lang",
            lang,
        ]);
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        let v: Value = serde_json::from_str(&r.stdout)
            .unwrap_or_else(|e| panic!("{e}: {} {}", r.stdout, r.stderr));
        (r.code, v.as_array().cloned().unwrap_or_default())
    };
    let (code, en) = run("en");
    let (zh_code, zh) = run("zh");
    let places = |diags: &[Value]| -> Vec<String> {
        diags
            .iter()
            .map(|d| {
                format!(
                    "{} {} {}:{}:{}",
                    d["severity"], d["code"], d["file"], d["line"], d["column"]
                )
            })
            .collect()
    };
    assert_eq!(
        code, zh_code,
        "exit codes differ between --lang en and --lang zh"
    );
    assert_eq!(places(&en), places(&zh), "--lang zh reports other problems");
    let han = |v: &Value| {
        v.as_str()
            .unwrap_or("")
            .chars()
            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
    };
    for (e, z) in en.iter().zip(&zh) {
        assert!(
            han(&z["message"]) || han(&z["help"]),
            "not in Chinese with --lang zh: {z:#?}"
        );
        assert!(
            e["message"] != z["message"] || e["help"] != z["help"],
            "the same text in both languages: {z:#?}"
        );
    }
    (code, en)
}

/// Asserts the expected diagnostics are reported, and no other error.
fn expect(s: &Site, expected: &[(&str, &str, u64)]) {
    let (code, diags) = diagnostics(s);
    for (c, file, line) in expected {
        assert!(
            diags
                .iter()
                .any(|d| d["code"] == *c && d["file"] == *file && d["line"] == *line),
            "expected {c} at {file}:{line}, got {diags:#?}"
        );
    }
    for d in diags.iter().filter(|d| d["severity"] == "error") {
        assert!(
            expected
                .iter()
                .any(|(c, f, _)| d["code"] == *c && d["file"] == *f),
            "unexpected error {d:#?}"
        );
        // Only a bad file or folder name is about the path rather than a line.
        assert!(
            d["line"].as_u64().unwrap_or(0) > 0 || d["code"] == "E012",
            "every error about a file's text points at a line: {d:#?}"
        );
        assert!(
            !d["message"].as_str().unwrap_or("").is_empty() && d["help"].is_string(),
            "message and help: {d:#?}"
        );
    }
    let errors = expected.iter().any(|(c, _, _)| c.starts_with('E'));
    assert_eq!(
        code,
        if errors { 1 } else { 0 },
        "exit code with {diags:#?}"
    );
}

fn site_with(path: &str, text: &str) -> Site {
    let s = Site::new();
    s.write(path, text);
    s
}

fn record(from: &str, to: &str) -> Site {
    assert!(RECORD.contains(from), "{from}");
    site_with(R, &RECORD.replacen(from, to, 1))
}

fn guide(from: &str, to: &str) -> Site {
    assert!(GUIDE.contains(from), "{from}");
    site_with(G, &GUIDE.replacen(from, to, 1))
}

// The base site is clean: every case below is its one change.
#[test]
fn base_site_has_no_errors() {
    expect(&Site::new(), &[]);
}

// ---- records ----

#[test]
fn e028_index_no_pattern() {
    expect(
        &record("MB0000000X/2024-00012", "MB0000000X/24-12"),
        &[("E028", R, 2)],
    );
}

#[test]
fn e027_duplicate_index_no() {
    let s = Site::new();
    s.write("content/disclosure/2024/dl-2024-00013.md", RECORD);
    expect(
        &s,
        &[("E027", "content/disclosure/2024/dl-2024-00013.md", 2)],
    );
    // Which number is free: the one after the highest of that body and year.
    s.write(
        "content/disclosure/2024/dl-2024-00020.md",
        &RECORD.replace("2024-00012\"", "2024-00019\""),
    );
    assert_eq!(
        help_of(&s, "E027"),
        "each index_no is unique across the site; the next free one is `11210200MB0000000X/2024-00020`"
    );
}

#[test]
fn e029_doc_no_square_brackets() {
    expect(
        &record("示政发〔2024〕12号", "示政发[2024]12号"),
        &[("E029", R, 5)],
    );
}

#[test]
fn e029_doc_no_round_brackets() {
    expect(
        &record("示政发〔2024〕12号", "示政发（2024）12号"),
        &[("E029", R, 5)],
    );
}

#[test]
fn e029_doc_no_short_year() {
    expect(
        &record("示政发〔2024〕12号", "示政发〔24〕12号"),
        &[("E029", R, 5)],
    );
}

#[test]
fn e029_doc_no_di() {
    expect(
        &record("示政发〔2024〕12号", "示政发〔2024〕第12号"),
        &[("E029", R, 5)],
    );
}

#[test]
fn e029_doc_no_zero_padding() {
    expect(
        &record("示政发〔2024〕12号", "示政发〔2024〕012号"),
        &[("E029", R, 5)],
    );
}

#[test]
fn e022_written_after_published() {
    expect(
        &record("written = 2024-03-01", "written = 2024-03-09"),
        &[("E022", R, 7)],
    );
}

#[test]
fn n001_published_after_today_is_scheduled() {
    let s = record("published = 2024-03-08", "published = 2027-01-01");
    // The English page links to it: see e037.
    s.write(
        PAGE,
        &PAGE_EN_ONLY.replace("See [the notice](/disclosure/2024/dl-2024-00012/).", ""),
    );
    expect(&s, &[("N001", R, 7)]);
}

#[test]
fn e038_link_to_a_draft() {
    let s = record("summary = ", "draft = true\nsummary = ");
    expect(&s, &[("N002", R, 13), ("E038", PAGE, 6)]);
}

#[test]
fn e021_unknown_agency() {
    expect(
        &record("agency = \"city\"", "agency = \"cty\""),
        &[("E021", R, 4)],
    );
}

#[test]
fn e021_unknown_topic() {
    expect(
        &record("topic = \"economy-state-assets\"", "topic = \"economy\""),
        &[("E021", R, 8)],
    );
}

#[test]
fn e021_unknown_genre() {
    expect(
        &record("genre = \"notice\"", "genre = \"notis\""),
        &[("E021", R, 9)],
    );
}

#[test]
fn e021_unknown_catalog() {
    expect(
        &record("catalog = \"policy-documents\"", "catalog = \"policies\""),
        &[("E021", R, 10)],
    );
}

#[test]
fn e008_bad_validity() {
    expect(
        &record("validity = \"in-force\"", "validity = \"valid\""),
        &[("E008", R, 12)],
    );
}

#[test]
fn e008_bad_disclosure() {
    expect(
        &record("disclosure = \"proactive\"", "disclosure = \"public\""),
        &[("E008", R, 11)],
    );
}

#[test]
fn e008_date_with_time() {
    expect(
        &record("written = 2024-03-01", "written = 2024-03-01T09:00:00"),
        &[("E008", R, 6)],
    );
}

#[test]
fn e008_impossible_date() {
    expect(
        &record("written = 2024-03-01", "written = 2024-02-30"),
        &[("E001", R, 6)],
    );
}

#[test]
fn e024_repealed_without_date() {
    expect(
        &record("validity = \"in-force\"", "validity = \"repealed\""),
        &[("E024", R, 12)],
    );
}

#[test]
fn e024_expired_without_date() {
    expect(
        &record("validity = \"in-force\"", "validity = \"expired\""),
        &[("E024", R, 12)],
    );
}

#[test]
fn e025_supersedes_unknown_record() {
    expect(
        &record(
            "summary =",
            "supersedes = [\"11210200MB0000000X/2022-00004\"]\nsummary =",
        ),
        &[("E025", R, 13)],
    );
}

#[test]
fn e026_supersedes_cycle() {
    let s = record(
        "summary =",
        "supersedes = [\"11210200MB0000000X/2022-00003\"]\nsummary =",
    );
    s.write(
        OLD,
        &OLD_RECORD.replace(
            "repealed = 2024-03-08",
            "repealed = 2024-03-08\nsupersedes = [\"11210200MB0000000X/2024-00012\"]",
        ),
    );
    let (_, diags) = diagnostics(&s);
    let cycles: Vec<_> = diags.iter().filter(|d| d["code"] == "E026").collect();
    assert_eq!(cycles.len(), 1, "one report per cycle: {diags:#?}");
    assert!(cycles[0]["message"].as_str().unwrap().contains("→"));
}

#[test]
fn w001_summary_too_long() {
    expect(
        &record(
            "summary = \"十二条措施。\"",
            &format!("summary = \"{}\"", "措".repeat(101)),
        ),
        &[("W001", R, 13)],
    );
}

#[test]
fn e005_empty_title() {
    expect(
        &record(
            "title = \"示例市人民政府关于优化营商环境的通知\"",
            "title = \"  \"",
        ),
        &[("E005", R, 3)],
    );
}

#[test]
fn e005_missing_required_field() {
    expect(
        &record("catalog = \"policy-documents\"\n", ""),
        &[("E005", R, 1)],
    );
}

// ---- guides ----

#[test]
fn e005_guide_missing_a_key_element() {
    expect(&guide("phone = \"0411-12345678\"\n", ""), &[("E005", G, 1)]);
}

#[test]
fn e005_guide_empty_material_name() {
    expect(
        &guide("name = \"公司登记申请书\"", "name = \"\""),
        &[("E005", G, 24)],
    );
}

#[test]
fn e027_duplicate_task_code() {
    let s = Site::new();
    s.write("content/services/business-registration-2.md", GUIDE);
    expect(
        &s,
        &[("E027", "content/services/business-registration-2.md", 5)],
    );
}

#[test]
fn e031_fee_without_fees() {
    expect(&guide("fee = false", "fee = true"), &[("E031", G, 17)]);
}

#[test]
fn w002_promised_longer_than_legal() {
    expect(
        &guide(
            "promised_limit = { days = 1, unit = \"working\" }",
            "promised_limit = { days = 10, unit = \"calendar\" }",
        ),
        &[("W002", G, 13)],
    );
}

#[test]
fn w003_catch_all_material() {
    expect(
        &guide("name = \"公司登记申请书\"", "name = \"其他材料\""),
        &[("W003", G, 24)],
    );
}

#[test]
fn e032_blank_form_missing() {
    expect(
        &guide(
            "kind = \"original\"",
            "kind = \"original\"\nblank_form = \"services/forms/apply.pdf\"",
        ),
        &[("E032", G, 26)],
    );
}

#[test]
fn blank_form_present_is_copied() {
    let s = guide(
        "kind = \"original\"",
        "kind = \"original\"\nblank_form = \"services/forms/apply.pdf\"",
    );
    s.write_bytes("content/services/forms/apply.pdf", b"%PDF-1.4\n");
    expect(&s, &[]);
    assert_eq!(s.build().code, 0);
    assert!(s.exists("services/forms/apply.pdf"));
    assert!(
        s.page("services/business-registration/index.html")
            .contains("href=\"/services/forms/apply.pdf\"")
    );
}

#[test]
fn e034_online_url_not_https() {
    expect(
        &guide(
            "place =",
            "online_url = \"http://zwfw.example.gov.cn/\"\nplace =",
        ),
        &[("E034", G, 15)],
    );
}

#[test]
fn e021_undeclared_sector() {
    expect(
        &guide("sectors = [\"business\"]", "sectors = [\"busines\"]"),
        &[("E021", G, 20)],
    );
}

#[test]
fn e008_bad_item_type() {
    expect(
        &guide(
            "item_type = \"administrative-licensing\"",
            "item_type = \"licence\"",
        ),
        &[("E008", G, 6)],
    );
}

// ---- translations ----

#[test]
fn e020_translation_without_source() {
    let s = Site::new();
    s.write("content/disclosure/2024/dl-2024-00077.en.md", RECORD_EN);
    expect(
        &s,
        &[("E020", "content/disclosure/2024/dl-2024-00077.en.md", 2)],
    );
}

#[test]
fn e007_translation_sets_a_fact() {
    expect(
        &site_with(
            R_EN,
            &RECORD_EN.replace("+++\ntitle", "+++\npublished = 2024-03-09\ntitle"),
        ),
        &[("E007", R_EN, 2)],
    );
}

#[test]
fn e007_guide_translation_sets_a_limit() {
    let t = "+++\ntitle = \"Company registration\"\nvisits = 2\n+++\n";
    expect(
        &site_with("content/services/business-registration.en.md", t),
        &[("E007", "content/services/business-registration.en.md", 3)],
    );
}

#[test]
fn e013_translation_language_not_configured() {
    expect(
        &site_with("content/disclosure/2024/dl-2024-00012.fr.md", RECORD_EN),
        &[("E013", "content/disclosure/2024/dl-2024-00012.fr.md", 1)],
    );
}

#[test]
fn e030_translation_lists_do_not_match() {
    let t = "+++\ntitle = \"Company registration\"\n\n[[steps]]\ntitle = \"Apply\"\ntext = \"Online.\"\n\n[[steps]]\ntitle = \"Wait\"\ntext = \"One day.\"\n+++\n";
    expect(
        &site_with("content/services/business-registration.en.md", t),
        &[("E030", "content/services/business-registration.en.md", 4)],
    );
}

// ---- files ----

#[test]
fn e006_unknown_key_with_suggestion() {
    let s = record("genre =", "genra =");
    let (_, diags) = diagnostics(&s);
    let d = diags.iter().find(|d| d["code"] == "E006").expect("E006");
    assert_eq!((d["file"].as_str(), d["line"].as_u64()), (Some(R), Some(9)));
    assert_eq!(d["help"], "did you mean `genre`?");
}

#[test]
fn e014_invalid_utf8() {
    let s = Site::new();
    let mut bytes = RECORD.as_bytes().to_vec();
    let at = RECORD.find("各区").unwrap();
    bytes.splice(at..at + 3, [0xb8, 0xf7]);
    s.write_bytes(R, &bytes);
    expect(&s, &[("E014", R, 16)]);
}

#[test]
fn e003_empty_file() {
    expect(
        &site_with("content/about.md", "\n  \n"),
        &[("E003", "content/about.md", 1)],
    );
}

#[test]
fn e003_no_front_matter() {
    expect(
        &site_with("content/about.md", "title = \"About\"\n\nText.\n"),
        &[("E003", "content/about.md", 1)],
    );
}

#[test]
fn e004_front_matter_not_closed() {
    expect(
        &site_with("content/about.md", "+++\ntitle = \"About\"\n\nText.\n"),
        &[("E004", "content/about.md", 1)],
    );
}

#[test]
fn e001_toml_syntax() {
    expect(
        &record("genre = \"notice\"", "genre = \"notice"),
        &[("E001", R, 9)],
    );
}

#[test]
fn e001_duplicate_key() {
    expect(
        &record(
            "genre = \"notice\"",
            "genre = \"notice\"\ngenre = \"opinion\"",
        ),
        &[("E001", R, 10)],
    );
}

#[test]
fn bom_and_crlf_are_accepted() {
    let s = Site::new();
    s.write(R, &format!("\u{feff}{}", RECORD.replace('\n', "\r\n")));
    s.write(G, &GUIDE.replace('\n', "\r\n"));
    expect(&s, &[]);
}

#[test]
fn e012_file_name_not_a_slug() {
    expect(
        &site_with("content/About Us.md", "+++\ntitle = \"About\"\n+++\n"),
        &[("E012", "content/About Us.md", 1)],
    );
}

#[test]
fn e012_folder_name_not_a_slug() {
    expect(
        &site_with("content/Invest/_index.md", "+++\ntitle = \"投资\"\n+++\n"),
        &[("E012", "content/Invest", 0)],
    );
}

#[cfg(unix)]
#[test]
fn e011_symlink_leaving_the_site() {
    let s = Site::new();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(
        outside.path().join("secret.md"),
        "+++\ntitle = \"x\"\n+++\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("secret.md"),
        s.path("content/secret.md"),
    )
    .unwrap();
    expect(&s, &[("E011", "content/secret.md", 1)]);
}

#[test]
fn huge_markdown_neither_crashes_nor_hangs() {
    let body = "大连市人民政府。| a | b |\n|---|---|\n| 1 | 2 |\n\n".repeat(20_000);
    let s = site_with(
        "content/huge.md",
        &format!("+++\ntitle = \"Huge\"\n+++\n{body}"),
    );
    expect(&s, &[]);
    assert_eq!(s.build().code, 0);
}

#[test]
fn deeply_nested_markdown_neither_crashes_nor_hangs() {
    let nested = format!(
        "{}deep\n\n{}x\n\n{}\n",
        ">".repeat(50_000),
        "- ".repeat(20_000),
        "[".repeat(50_000)
    );
    let s = site_with(
        "content/nested.md",
        &format!("+++\ntitle = \"Nested\"\n+++\n{nested}"),
    );
    let (code, _) = diagnostics(&s);
    assert_eq!(code, 0);
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn deeply_nested_toml_is_an_error_not_a_crash() {
    let deep = format!(
        "+++\ntitle = \"x\"\nweight = {}1{}\n+++\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    let (code, diags) = diagnostics(&site_with("content/deep.md", &deep));
    assert_eq!(code, 1);
    assert!(
        diags.iter().any(|d| d["file"] == "content/deep.md"),
        "{diags:#?}"
    );
}

// ---- links, security, freshness ----

#[test]
fn e033_broken_internal_link_with_hint() {
    let s = record(
        "/services/business-registration/",
        "/services/business-registraton/",
    );
    let (_, diags) = diagnostics(&s);
    let d = diags.iter().find(|d| d["code"] == "E033").expect("E033");
    assert_eq!(
        (d["file"].as_str(), d["line"].as_u64()),
        (Some(R), Some(18))
    );
    assert_eq!(
        d["help"],
        "did you mean `/services/business-registration/`?"
    );
}

#[test]
fn w004_raw_html_is_removed_with_a_warning() {
    let s = record(
        "现将有关措施通知如下。",
        "现将有关措施通知如下。\n\n<script>alert(1)</script>\n\n<a href=\"javascript:alert(1)\" onclick=\"x()\">x</a>",
    );
    expect(&s, &[("W004", R, 20), ("W004", R, 22)]);
    assert_eq!(s.build().code, 0);
    let html = s.page("disclosure/2024/dl-2024-00012/index.html");
    assert!(
        !html.contains("alert(1)") && !html.contains("onclick"),
        "{html}"
    );
}

#[test]
fn w005_stale_section() {
    let s = Site::new();
    s.write(
        "site.toml",
        &format!(
            "{}\n[sections.disclosure]\nupdate_within = \"6m\"\n",
            common::SITE_TOML
        ),
    );
    let (_, diags) = diagnostics(&s);
    let d = diags
        .iter()
        .find(|d| {
            d["code"] == "W005"
                && d["message"]
                    .as_str()
                    .unwrap()
                    .contains("section `disclosure`")
        })
        .expect("stale section");
    assert!(d["message"].as_str().unwrap().contains("2024-03-08"), "{d}");
    assert_eq!(d["line"], common::SITE_TOML.lines().count() as u64 + 2);
}

#[test]
fn e002_bad_update_within_in_site_toml() {
    let s = Site::new();
    s.write(
        "site.toml",
        &format!(
            "{}\n[sections.disclosure]\nupdate_within = \"half a year\"\n",
            common::SITE_TOML
        ),
    );
    expect(
        &s,
        &[(
            "E002",
            "site.toml",
            common::SITE_TOML.lines().count() as u64 + 3,
        )],
    );
}

// ---- mistakes made on a Chinese keyboard: each its own message, the line corrected ----

/// `expect`, and the one diagnostic's help gives `corrected` as the line to write.
fn expect_fixed(s: &Site, code: &str, line: u64, corrected: &str) {
    expect(s, &[(code, R, line)]);
    let (_, diags) = diagnostics(s);
    let d = diags.iter().find(|d| d["code"] == code).unwrap();
    assert_eq!(
        d["help"].as_str(),
        Some(format!("write it as: {corrected}").as_str()),
        "{d:#?}"
    );
}

#[test]
fn e015_full_width_quotes() {
    expect_fixed(
        &record(
            "title = \"示例市人民政府关于优化营商环境的通知\"",
            "title = “示例市人民政府关于优化营商环境的通知”",
        ),
        "E015",
        3,
        "title = \"示例市人民政府关于优化营商环境的通知\"",
    );
}

#[test]
fn e015_full_width_equals_and_colon() {
    expect_fixed(
        &record("agency = \"city\"", "agency ＝ \"city\""),
        "E015",
        4,
        "agency = \"city\"",
    );
    expect_fixed(
        &record("agency = \"city\"", "agency：\"city\""),
        "E015",
        4,
        "agency = \"city\"",
    );
}

#[test]
fn e015_chinese_punctuation_in_keys_and_lists() {
    expect_fixed(
        &record("agency = \"city\"", "ａｇｅｎｃｙ = \"city\""),
        "E015",
        4,
        "agency = \"city\"",
    );
    expect_fixed(
        &record(
            "summary = ",
            "keywords = [\"营商环境\"，\"市场主体\"]\nsummary = ",
        ),
        "E015",
        13,
        "keywords = [\"营商环境\", \"市场主体\"]",
    );
}

#[test]
fn e016_dates_as_editors_write_them() {
    for written in ["2024/03/01", "2024年3月1日", "2024.03.01", "\"2024-03-01\""] {
        expect_fixed(
            &record("written = 2024-03-01", &format!("written = {written}")),
            "E016",
            6,
            "written = 2024-03-01",
        );
    }
}

#[test]
fn several_mistakes_are_all_reported_at_once() {
    let s = record("agency = \"city\"", "agency ＝ “city”");
    s.write(
        R,
        &std::fs::read_to_string(s.path(R))
            .unwrap()
            .replace("published = 2024-03-08", "published = 2024年3月8日"),
    );
    expect(&s, &[("E015", R, 4), ("E016", R, 7)]);
}

// ---- unknown ids matched against their labels in every language ----

fn help_of(s: &Site, code: &str) -> String {
    let (_, diags) = diagnostics(s);
    let d = diags.iter().find(|d| d["code"] == code).expect(code);
    d["help"].as_str().unwrap_or("").to_string()
}

#[test]
fn e021_an_agency_written_by_its_name() {
    for written in [
        "示例市市场监督管理局",
        "市场监督管理局",
        "Example Administration for Market Regulation",
        "example administration for market regulaton",
    ] {
        let s = record("agency = \"city\"", &format!("agency = \"{written}\""));
        expect(&s, &[("E021", R, 4)]);
        assert_eq!(
            help_of(&s, "E021"),
            "did you mean `samr` (示例市市场监督管理局)? `agency` takes the id, not the name",
            "{written}"
        );
    }
}

#[test]
fn e021_an_unknown_agency_lists_the_names_and_says_whom_to_ask() {
    let s = record("agency = \"city\"", "agency = \"港务局\"");
    expect(&s, &[("E021", R, 4)]);
    let help = help_of(&s, "E021");
    assert!(
        help.contains("`city` (示例市人民政府), `samr` (示例市市场监督管理局)"),
        "{help}"
    );
    assert!(help.contains("ask the site's maintainer"), "{help}");
    assert!(
        !help.contains("site.toml"),
        "an editor does not edit site.toml: {help}"
    );
}

// ---- every link checked at its source: relative, images, raw HTML, files, the site's own address ----

/// The record with `link` written into its text, on line 18.
fn linking(link: &str) -> Site {
    record(
        "现将有关措施通知如下。",
        &format!("现将有关措施通知如下。{link}"),
    )
}

#[test]
fn e033_relative_links_that_lead_nowhere() {
    for link in [
        "[通知](dl-2024-00099.md)",
        "[旧通知](../2023/dl-2023-00021/)",
        "![图表](chart.png)",
        "<img src=\"x.png\" alt=\"x\">",
        "[附件](files/a.pdf)",
        "[同站](https://www.example.gov.cn/disclosure/2024/dl-2024-00099/)",
        "<a href='../../services/passport.md'>护照</a>",
    ] {
        let s = linking(link);
        expect(&s, &[("E033", R, 18)]);
    }
}

#[test]
fn e033_names_where_a_relative_link_leads_and_the_nearest_target() {
    let s = linking("[旧通知](../2022/dl-2022-00004.md)");
    let (_, diags) = diagnostics(&s);
    let d = diags.iter().find(|d| d["code"] == "E033").unwrap();
    assert_eq!(
        d["message"],
        "link to `../2022/dl-2022-00004.md` (/disclosure/2022/dl-2022-00004/), but no page or file is there"
    );
    assert_eq!(d["help"], "did you mean `/disclosure/2022/dl-2022-00003/`?");
    // The column is the link's own, after the Chinese text before it.
    assert_eq!(d["column"], 18, "{d:#?}");
    // A file of that name elsewhere is suggested by its place.
    s.write("content/disclosure/2022/chart.png", "png");
    let s2 = linking("![图表](chart.png)");
    s2.write("content/disclosure/2022/chart.png", "png");
    assert_eq!(
        help_of(&s2, "E033"),
        "did you mean `/disclosure/2022/chart.png`?"
    );
    // The folder a missing file would be in is no suggestion.
    let s3 = linking("![名单](名单.png)");
    assert!(
        !help_of(&s3, "E033").contains("`/disclosure/2024/`"),
        "{}",
        help_of(&s3, "E033")
    );
}

#[test]
fn relative_links_to_what_exists_pass() {
    for link in [
        "[旧通知](../2022/dl-2022-00003.md)",
        "[旧通知](../2022/dl-2022-00003/)",
        "[英文](dl-2024-00012.en.md#top)",
        "![图表](chart.png)",
        "<img src=\"chart.png\" alt=\"图表\">",
        "[同站](https://www.example.gov.cn/services/business-registration/)",
        "[指南](../../services/business-registration.md)",
        "[外站](https://www.gov.cn/zhengce/)",
        "[邮件](mailto:ban@example.gov.cn)",
    ] {
        let s = linking(link);
        s.write("content/disclosure/2024/chart.png", "png");
        expect(&s, &[]);
    }
}

#[test]
fn w005_a_scheduled_record_does_not_make_a_section_fresh() {
    let s = record("published = 2024-03-08", "published = 2026-12-20");
    s.write(
        PAGE,
        &PAGE_EN_ONLY.replace("See [the notice](/disclosure/2024/dl-2024-00012/).", ""),
    );
    let (_, diags) = diagnostics(&s);
    let home = diags
        .iter()
        .find(|d| d["code"] == "W005")
        .expect("stale home page");
    let message = home["message"].as_str().unwrap();
    assert!(
        message.contains("newest item is from 2022-03-02"),
        "{home:#?}"
    );
}

/// The line of `text` that starts with `key`, counted from 1.
fn line_of(text: &str, key: &str) -> u64 {
    text.lines().position(|l| l.starts_with(key)).expect(key) as u64 + 1
}

#[test]
fn online_languages_names_a_language_the_site_does_not_have() {
    let text = GUIDE.replace(
        "visits = 0\n",
        "visits = 0\nonline_url = \"https://zwfw.example.gov.cn/\"\nonline_languages = [\"zh\", \"fr\"]\n",
    );
    expect(
        &site_with(G, &text),
        &[("E008", G, line_of(&text, "online_languages"))],
    );
}

#[test]
fn online_languages_without_an_online_service() {
    let text = GUIDE.replace(
        "visits = 0\n",
        "visits = 0\nonline_languages = [\"zh\", \"en\"]\n",
    );
    expect(
        &site_with(G, &text),
        &[("E008", G, line_of(&text, "online_languages"))],
    );
}
