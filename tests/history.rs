//! W006, a stale translation, shows what changed in the source since the
//! version the translation was made from, found in the git history; and
//! says so plainly when it cannot.

mod common;

use common::{RECORD, Site};

const R: &str = "content/disclosure/2024/dl-2024-00012.md";
const R_EN: &str = "content/disclosure/2024/dl-2024-00012.en.md";

fn git(s: &Site, args: &[&str]) {
    let out = std::process::Command::new("git")
        .args([
            "-c",
            "user.name=Editor",
            "-c",
            "user.email=editor@example.gov.cn",
        ])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(s.dir.path())
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_COMMITTER_DATE", "2026-11-20T10:00:00+08:00")
        .env("GIT_AUTHOR_DATE", "2026-11-20T10:00:00+08:00")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The W006 on the English translation, in `lang`.
fn w006(s: &Site, lang: &str) -> serde_json::Value {
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
    let all: Vec<serde_json::Value> =
        serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout));
    all.into_iter()
        .find(|d| d["code"] == "W006" && d["file"] == R_EN)
        .unwrap_or_else(|| panic!("no W006: {}", r.stdout))
}

/// A site whose English translation was marked against the committed source.
fn marked() -> Site {
    let s = Site::new();
    let r = s.run(&["i18n", "mark", R_EN, "--root", "."]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    s
}

#[test]
fn the_help_shows_the_lines_changed_since_the_translated_version() {
    let s = marked();
    git(&s, &["init", "-q"]);
    git(&s, &["add", "."]);
    git(
        &s,
        &["commit", "-q", "-m", "the record and its translation"],
    );
    // A later commit that changes nothing the translation carries…
    s.write(
        R,
        &RECORD.replace("各区人民政府：", "各区人民政府、各部门："),
    );
    git(&s, &["commit", "-q", "-am", "the addressees"]);
    // …and an edit not yet committed.
    s.write(
        R,
        &RECORD
            .replace("各区人民政府：", "各区人民政府、各部门：")
            .replace("十二条措施。", "十五条措施。"),
    );
    let d = w006(&s, "en");
    let help = d["help"].as_str().unwrap();
    assert!(
        help.contains("the version of 2026-11-20 (commit "),
        "{help}"
    );
    // Removed lines, then the lines that replace them, as diff shows a hunk.
    assert!(
        help.ends_with(
            ":\n- summary = \"十二条措施。\"\n- 各区人民政府：\n+ summary = \"十五条措施。\"\n+ 各区人民政府、各部门："
        ),
        "{help}"
    );
    assert!(
        !help.contains("现将有关措施"),
        "unchanged lines are not shown: {help}"
    );
    assert!(
        help.contains(&format!("gongkai i18n mark {R_EN}")),
        "{help}"
    );
    let zh = w006(&s, "zh");
    assert!(
        zh["help"].as_str().unwrap().contains("此后原文的改动如下"),
        "{zh:#?}"
    );
    // The text display keeps the diff's lines.
    let r = s.run(&[
        "check",
        "--root",
        ".",
        "--today",
        "2026-11-26",
        "--lang",
        "en",
    ]);
    assert!(
        r.stderr.contains("+ summary = \"十五条措施。\""),
        "{}",
        r.stderr
    );
}

#[test]
fn without_git_or_a_matching_version_the_help_says_so() {
    let s = marked();
    s.write(R, &RECORD.replace("十二条措施。", "十五条措施。"));
    let help = w006(&s, "en")["help"].as_str().unwrap().to_string();
    assert!(help.contains("not in a git repository"), "{help}");
    // In a repository whose history never had the translated version.
    git(&s, &["init", "-q"]);
    git(&s, &["add", "."]);
    git(&s, &["commit", "-q", "-m", "only the changed source"]);
    let help = w006(&s, "en")["help"].as_str().unwrap().to_string();
    assert!(
        help.contains("none of its 1 committed version is the one"),
        "{help}"
    );
    // A source never committed.
    let s = marked();
    git(&s, &["init", "-q"]);
    s.write(R, &RECORD.replace("十二条措施。", "十五条措施。"));
    let help = w006(&s, "zh")["help"].as_str().unwrap().to_string();
    assert!(help.contains("没有提交记录"), "{help}");
}
