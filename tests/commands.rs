//! `new`, `schema` and `check --explain`.

mod common;

use common::Site;
use serde_json::Value;

#[test]
fn new_disclosure_takes_the_next_serial_and_leaves_only_the_title_to_fill() {
    let s = Site::new();
    let r = s.run(&[
        "new",
        "disclosure",
        "content/disclosure/2024/dl-2024-00013.md",
        "--today",
        "2024-05-06",
        "--agency",
        "city",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(s.path("content/disclosure/2024/dl-2024-00013.md")).unwrap();
    assert!(
        text.contains("index_no = \"11210200MB0000000X/2024-00013\""),
        "{text}"
    );
    assert!(text.contains("written = 2024-05-06") && text.contains("published = 2024-05-06"));
    assert!(
        text.contains("# 索引号 · Index number"),
        "comments in Chinese and English: {text}"
    );
    let r = s.run(&[
        "check",
        "--root",
        ".",
        "--format",
        "json",
        "--today",
        "2024-05-06",
    ]);
    let diags: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    let errors: Vec<(&str, &str)> = diags
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| (d["code"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    // Every fact the editor must decide is left empty, and the text is a
    // placeholder: check refuses the file until each is filled.
    assert_eq!(
        errors,
        [
            ("E005", "`title` is empty"),
            ("E005", "`topic` is empty"),
            ("E005", "`catalog` is empty"),
            (
                "E017",
                "the text is still the placeholder that `gongkai new` wrote"
            ),
        ],
        "{diags:#?}"
    );
    assert!(
        text.contains("one of: general-affairs, economy-state-assets"),
        "{text}"
    );
    // Filled in, it passes.
    let filled = text
        .replace("title = \"\"", "title = \"示例市关于测试的通知\"")
        .replace("topic = \"\"", "topic = \"general-affairs\"")
        .replace("catalog = \"\"", "catalog = \"notices\"")
        .replace(
            "（在此写正文。· Write the text here, in Markdown.）",
            "正文。",
        );
    s.write("content/disclosure/2024/dl-2024-00013.md", &filled);
    let r = s.run(&["check", "--today", "2024-05-06"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn new_dates_are_today_in_the_sites_time_zone() {
    let s = Site::new();
    // 23:30 UTC on 5 May is 07:30 on 6 May in Beijing.
    let r = s.run_env(
        &[
            "new",
            "disclosure",
            "content/disclosure/2024/dl-2024-00013.md",
        ],
        &[("GONGKAI_NOW", "2024-05-05T23:30:00Z"), ("TZ", "UTC")],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(s.path("content/disclosure/2024/dl-2024-00013.md")).unwrap();
    assert!(
        text.contains("written = 2024-05-06") && text.contains("published = 2024-05-06"),
        "{text}"
    );
    // Without --agency: the first declared agency with a body code, as --help says.
    assert!(text.contains("agency = \"city\""), "{text}");
    let help = s.run(&["new", "--help"]).stdout;
    assert!(
        help.contains("the first declared agency with a body `code`"),
        "{help}"
    );
}

#[test]
fn new_guide_and_page_parse_and_name_each_field_to_fill() {
    let s = Site::new();
    assert_eq!(
        s.run(&["new", "guide", "services/passport-renewal.md"])
            .code,
        0
    );
    assert_eq!(s.run(&["new", "page", "about/history.md"]).code, 0);
    let r = s.run(&[
        "check",
        "--root",
        ".",
        "--format",
        "json",
        "--today",
        "2026-11-26",
    ]);
    let diags: Vec<Value> = serde_json::from_str(&r.stdout).unwrap();
    for d in diags.iter().filter(|d| d["severity"] == "error") {
        assert!(
            d["code"] == "E005" || d["code"] == "E017",
            "only empty fields and the placeholder text to fill: {d:#?}"
        );
    }
    for file in [
        "content/services/passport-renewal.md",
        "content/about/history.md",
    ] {
        assert!(
            diags
                .iter()
                .any(|d| d["code"] == "E017" && d["file"] == file),
            "{file}: {diags:#?}"
        );
    }
    let guide_fields: Vec<&str> = diags
        .iter()
        .filter(|d| d["file"] == "content/services/passport-renewal.md")
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    for field in [
        "title",
        "catalog_code",
        "task_code",
        "conditions",
        "place",
        "phone",
        "materials[1].name",
        "steps[1].title",
    ] {
        assert!(
            guide_fields
                .iter()
                .any(|m| m.contains(&format!("`{field}`"))),
            "{field}: {guide_fields:#?}"
        );
    }
}

#[test]
fn new_refuses_to_overwrite_or_to_put_a_kind_in_the_wrong_folder() {
    let s = Site::new();
    let before =
        std::fs::read_to_string(s.path("content/services/business-registration.md")).unwrap();
    let r = s.run(&["new", "guide", "content/services/business-registration.md"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(
        std::fs::read_to_string(s.path("content/services/business-registration.md")).unwrap(),
        before
    );
    let r = s.run(&["new", "disclosure", "content/about/x.md"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("content/disclosure/"), "{}", r.stderr);
    let r = s.run(&["new", "page", "content/About.md"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("ASCII slug"), "{}", r.stderr);
    for reserved in [
        "content/topics/x.md",
        "content/search/_index.md",
        "content/news/page/x.md",
    ] {
        let r = s.run(&["new", "page", reserved]);
        assert_eq!(r.code, 2, "{reserved}");
        assert!(
            r.stderr.contains("where the build makes its own pages"),
            "{}",
            r.stderr
        );
        assert!(!s.path(reserved).exists(), "{reserved}");
    }
}

#[test]
fn schema_describes_each_kind_with_the_sites_ids_and_labels() {
    let s = Site::new();
    let r = s.run(&["schema", "--root", "."]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["$schema"], "https://json-schema.org/draft/2020-12/schema");
    let record = &v["$defs"]["record"];
    assert_eq!(
        record["properties"]["agency"]["enum"],
        serde_json::json!(["city", "samr"])
    );
    assert_eq!(
        record["properties"]["agency"]["x-taplo"]["docs"]["enumValues"][0],
        "示例市人民政府 · Example Municipal People's Government"
    );
    assert!(
        record["properties"]["doc_no"]["description"]
            .as_str()
            .unwrap()
            .starts_with("文号 · ")
    );
    assert!(
        v["$defs"]["record-translation"]["properties"]
            .get("index_no")
            .is_none()
    );
    assert_eq!(
        v["$defs"]["guide"]["properties"]["materials"]["items"]["required"],
        serde_json::json!(["name", "required"])
    );
    let out = s.path("schemas");
    let r = s.run(&["schema", "--root", ".", "--out", out.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    for kind in [
        "record",
        "record-translation",
        "guide",
        "guide-translation",
        "page",
    ] {
        let text = std::fs::read_to_string(out.join(format!("{kind}.schema.json"))).unwrap();
        serde_json::from_str::<Value>(&text).unwrap();
    }
}

#[test]
fn explain_prints_a_code_and_refuses_unknown_ones() {
    let s = Site::new();
    let r = s.run(&["check", "--explain", "E029"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout.contains("GB/T 9704") && r.stdout.contains("大政发〔2024〕12号"),
        "{}",
        r.stdout
    );
    assert_eq!(s.run(&["check", "--explain", "E999"]).code, 2);
}

#[test]
fn github_format_prints_workflow_annotations() {
    let s = Site::new();
    s.write("content/empty.md", "");
    let r = s.run(&[
        "check",
        "--root",
        ".",
        "--format",
        "github",
        "--today",
        "2026-11-26",
    ]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout
            .contains("::error file=content/empty.md,line=1,col=1,title=E003::the file is empty"),
        "{}",
        r.stdout
    );
}

/// Every file of the output that mentions `needle`, by path.
fn mentions(s: &Site, needle: &str) -> Vec<String> {
    common::snapshot(&s.path("public"))
        .into_iter()
        .filter(|(path, bytes)| {
            // A search file (`.jz`) is gzip-packed JSON: read as the browser unpacks it.
            let text = match path.ends_with(".jz") {
                true => {
                    let mut out = String::new();
                    std::io::Read::read_to_string(
                        &mut flate2::read::GzDecoder::new(&bytes[..]),
                        &mut out,
                    )
                    .expect("a packed search file");
                    out
                }
                false => String::from_utf8_lossy(bytes).into_owned(),
            };
            !path.ends_with(".gz") && !path.ends_with(".br") && text.contains(needle)
        })
        .map(|(path, _)| path)
        .collect()
}

#[test]
fn a_scheduled_record_is_left_out_until_its_day_and_published_on_it() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("published = 2024-03-08", "published = 2026-12-05"),
    );
    // A published page that links to it would give readers a dead link.
    let r = s.run(&["check", "--today", "2026-12-04"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(
        r.stderr.contains("content/invest/_index.en.md:6:38: error[E037]: link to `/disclosure/2024/dl-2024-00012/`, which is scheduled for 2026-12-05 and not published yet"),
        "{}",
        r.stderr
    );
    // `--future` shows it, so the link is no dead link there.
    let r = s.run(&["build", "--today", "2026-12-04", "--future"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(s.exists("disclosure/2024/dl-2024-00012/index.html"));
    s.write(
        "content/invest/_index.en.md",
        "+++\ntitle = \"Invest in Example City\"\nmenu = true\n+++\n\nWelcome, investors.\n",
    );
    let build = |extra: &[&str]| {
        let mut args = vec!["build"];
        args.extend_from_slice(extra);
        let r = s.run(&args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r
    };
    let r = build(&["--today", "2026-12-04"]);
    assert!(
        r.stderr
            .contains("note[N001]: scheduled: goes live on 2026-12-05"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("Left out: 2 files"), "{}", r.stderr);
    assert!(!s.exists("disclosure/2024/dl-2024-00012/index.html"));
    assert!(!s.exists("en/disclosure/2024/dl-2024-00012/index.html"));
    // Not in a listing, feed, sitemap or search document either; the other record is.
    assert_eq!(mentions(&s, "dl-2024-00012"), Vec::<String>::new());
    assert!(!mentions(&s, "dl-2022-00003").is_empty());
    // The next day's build publishes it, though no file changed.
    build(&["--today", "2026-12-05"]);
    assert!(s.exists("disclosure/2024/dl-2024-00012/index.html"));
    let found = mentions(&s, "dl-2024-00012");
    for place in ["sitemap.xml", "feed.xml", "disclosure/index.html"] {
        assert!(
            found.iter().any(|p| p.ends_with(place)),
            "{place} in {found:?}"
        );
    }
    assert!(
        found.iter().any(|p| p.starts_with("search-index/")),
        "{found:?}"
    );
    // --future previews it before its day.
    build(&["--today", "2026-12-01", "--future"]);
    assert!(s.exists("disclosure/2024/dl-2024-00012/index.html"));
    build(&["--today", "2026-12-01"]);
    assert!(!s.exists("disclosure/2024/dl-2024-00012/index.html"));
}

#[test]
fn a_draft_is_built_only_with_drafts() {
    let s = Site::new();
    s.write(
        "content/invest/_index.en.md",
        &common::PAGE_EN_ONLY.replace("menu = true", "menu = true\ndraft = true"),
    );
    let r = s.run(&["build", "--today", "2026-11-26"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!s.exists("en/invest/index.html"));
    assert_eq!(mentions(&s, "Invest in Example City"), Vec::<String>::new());
    let r = s.run(&["build", "--today", "2026-11-26", "--drafts"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(s.exists("en/invest/index.html"));
}

#[test]
fn build_reports_as_json_and_can_deny_warnings() {
    let s = Site::new();
    let r = s.run(&["build", "--today", "2026-11-26", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect(&r.stdout);
    assert!(v["build"]["files"].as_u64().unwrap() > 10, "{v}");
    assert!(v["build"]["pages"]["zh"].as_u64().unwrap() > 0, "{v}");
    assert!(
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "W005"),
        "{v}"
    );
    let r = s.run(&["build", "--today", "2026-11-26", "--deny-warnings"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    s.write(
        "content/disclosure/2024/dl-2024-00012.md",
        &common::RECORD.replace("agency = \"city\"", "agency = \"cty\""),
    );
    let r = s.run(&["build", "--today", "2026-11-26", "--format", "json"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect(&r.stdout);
    assert!(v["build"].is_null(), "{v}");
    assert!(
        v["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .any(|d| d["code"] == "E021" && d["line"] == 4),
        "{v}"
    );
}

#[test]
fn relative_links_reach_readers_as_the_pages_in_their_language() {
    let s = Site::new();
    s.write(
        "content/disclosure/2024/dl-2024-00012.en.md",
        &common::RECORD_EN.replace(
            "the measures are as follows.",
            "the measures are as follows. See [the old notice](../2022/dl-2022-00003.md), ![chart](chart.png) and <a href=\"https://www.example.gov.cn/services/business-registration/\">the guide</a>.",
        ),
    );
    s.write("content/disclosure/2024/chart.png", "png");
    let r = s.build();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let en = s.page("en/disclosure/2024/dl-2024-00012/index.html");
    assert!(
        en.contains("href=\"/en/disclosure/2022/dl-2022-00003/\""),
        "{en}"
    );
    assert!(en.contains("src=\"/disclosure/2024/chart.png\""), "{en}");
    assert!(
        en.contains("href=\"/en/services/business-registration/\""),
        "{en}"
    );
    assert!(s.exists("disclosure/2024/chart.png"));
}

/// `build --format github`: every annotation names its file from the
/// working directory, so that it lands on the file also when the site is a
/// folder of the repository, or the build runs from inside the site.
#[test]
fn build_annotations_name_files_from_the_working_directory() {
    const R: &str = "content/disclosure/2024/dl-2024-00012.md";
    let repo = tempfile::tempdir().unwrap();
    let site_dir = repo.path().join("site");
    let s = Site::new();
    s.write(
        R,
        &common::RECORD.replace("agency = \"city\"", "agency = \"cty\""),
    );
    std::fs::rename(s.dir.path(), &site_dir).unwrap();
    let github = |cwd: &std::path::Path, root: Option<&str>| {
        let mut args = vec!["build", "--today", "2026-11-26", "--format", "github"];
        if let Some(root) = root {
            args.extend(["--root", root]);
        }
        common::run_in(cwd, &args)
    };
    // Each annotation's file, resolved from the working directory, is the file.
    let lands = |cwd: &std::path::Path, out: &str, level: &str| -> Vec<String> {
        out.lines()
            .filter(|l| l.starts_with(&format!("::{level} ")))
            .map(|l| {
                let file = l
                    .split("file=")
                    .nth(1)
                    .and_then(|r| r.split(',').next())
                    .unwrap_or_else(|| panic!("no file in {l}"));
                assert!(
                    cwd.join(file).is_file(),
                    "{l} names no file from {}",
                    cwd.display()
                );
                file.to_string()
            })
            .collect()
    };

    let r = github(repo.path(), Some("site"));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout
            .contains(&format!("::error file=site/{R},line=4,col=1,title=E021::")),
        "{}",
        r.stdout
    );
    assert_eq!(
        lands(repo.path(), &r.stdout, "error"),
        [format!("site/{R}")]
    );
    assert!(
        !site_dir.join("public").exists(),
        "a failed build writes nothing"
    );
    // Nothing but annotations on stdout: the log stays readable by the runner.
    assert!(
        r.stdout.lines().all(|l| l.starts_with("::")),
        "{}",
        r.stdout
    );

    // A warning in a build that succeeds: annotated the same way, and built.
    let long = "很长的概述。".repeat(20);
    std::fs::write(
        site_dir.join(R),
        common::RECORD.replace(
            "summary = \"十二条措施。\"",
            &format!("summary = \"{long}\""),
        ),
    )
    .unwrap();
    let r = github(repo.path(), Some("site"));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stdout.contains(&format!(
            "::warning file=site/{R},line=13,col=1,title=W001::"
        )),
        "{}",
        r.stdout
    );
    assert!(site_dir.join("public/index.html").is_file());
    // From a folder inside the site, site.toml found upward: still the file.
    let inside = site_dir.join("content/disclosure");
    let r = github(&inside, None);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let named = lands(&inside, &r.stdout, "warning");
    assert!(
        named.iter().any(|f| f.ends_with("2024/dl-2024-00012.md")),
        "{}",
        r.stdout
    );
}
