//! A rebuild after an edit makes again only what the edit affects, over the
//! live output, and its output is byte for byte what a cold build of the
//! same sources makes: every page, listing, feed, site map, search file,
//! `.gz` and `.br`, and the manifest. Edits that may change anything (a
//! file added or removed, site.toml, a template, a message) make
//! everything again, with the same result.

mod common;

use std::path::{Path, PathBuf};

use common::{run_env, snapshot};

const TODAY: &str = "2026-11-26";

/// The stage a build prints (with `GONGKAI_TIMINGS`) when it made only
/// what an edit affects.
const PARTIAL: &str = "what the edit affects";

/// A copy of the example portal, built once into its `public/`.
struct Portal {
    dir: tempfile::TempDir,
}

impl Portal {
    fn new() -> Portal {
        let dir = tempfile::tempdir().unwrap();
        copy_site(Path::new(env!("CARGO_MANIFEST_DIR")), dir.path());
        let p = Portal { dir };
        let r = p.build();
        assert_eq!(r.0, 0, "{}", r.1);
        p
    }

    fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Builds into `public/`; the exit code and stderr.
    fn build(&self) -> (i32, String) {
        let r = run_env(
            self.dir.path(),
            &["build", "--root", ".", "--today", TODAY, "--quiet"],
            &[("GONGKAI_TIMINGS", "1")],
        );
        assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
        (r.code, r.stderr)
    }

    fn edit(&self, rel: &str, change: impl FnOnce(String) -> String) {
        let p = self.path(rel);
        let text = std::fs::read_to_string(&p).unwrap();
        let changed = change(text.clone());
        assert_ne!(changed, text, "{rel}: the edit changes nothing");
        std::fs::write(p, changed).unwrap();
    }

    /// Rebuilds, builds the same sources cold in another folder, and
    /// compares every file of the two outputs. Whether the rebuild made only
    /// what the edit affects.
    fn rebuild_matches_cold(&self, what: &str) -> bool {
        let (code, stderr) = self.build();
        assert_eq!(code, 0, "{what}: {stderr}");
        let partial = stderr.contains(PARTIAL);
        let cold = tempfile::tempdir().unwrap();
        copy_site(self.dir.path(), cold.path());
        let r = run_env(
            cold.path(),
            &["build", "--root", ".", "--today", TODAY, "--quiet"],
            &[],
        );
        assert_eq!(r.code, 0, "{what}: {}", r.stderr);
        let (ours, theirs) = (
            snapshot(&self.path("public")),
            snapshot(&cold.path().join("public")),
        );
        let names = |s: &[(String, Vec<u8>)]| s.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
        assert_eq!(names(&ours), names(&theirs), "{what}: the files differ");
        let differ: Vec<&str> = ours
            .iter()
            .zip(&theirs)
            .filter(|((_, a), (_, b))| a != b)
            .map(|((name, _), _)| name.as_str())
            .collect();
        assert!(
            differ.is_empty(),
            "{what}: differ from a cold build's: {differ:?}"
        );
        partial
    }
}

/// The site's inputs (not its output, its kept state or its search cache).
fn copy_site(from: &Path, to: &Path) {
    for name in ["site.toml", "content", "themes", "locales", "data"] {
        let src = from.join(name);
        if src.is_file() {
            std::fs::copy(&src, to.join(name)).unwrap();
            continue;
        }
        for e in walkdir::WalkDir::new(&src) {
            let e = e.unwrap();
            let dst = to.join(e.path().strip_prefix(from).unwrap());
            if e.file_type().is_dir() {
                std::fs::create_dir_all(&dst).unwrap();
            } else {
                std::fs::copy(e.path(), &dst).unwrap();
            }
        }
    }
}

const RECORD: &str = "content/disclosure/2025/dl-2025-00050.md";
const RECORD_EN: &str = "content/disclosure/2025/dl-2025-00050.en.md";

#[test]
fn edits_of_text_and_titles_remake_only_what_they_affect_and_match_a_cold_build() {
    let p = Portal::new();
    p.edit(RECORD, |t| {
        format!("{t}\n本通知自印发之日起施行，请认真贯彻执行。\n")
    });
    assert!(p.rebuild_matches_cold("a record's body"), "made everything");
    p.edit(RECORD, |t| {
        t.replacen("持续优化营商环境行动方案", "进一步优化营商环境行动方案", 1)
    });
    assert!(
        p.rebuild_matches_cold("a record's title"),
        "made everything"
    );
    p.edit(RECORD_EN, |t| {
        t.replacen("Continuously Optimizing", "Further Optimizing", 1)
    });
    assert!(
        p.rebuild_matches_cold("a translation's title"),
        "made everything"
    );
    p.edit(RECORD_EN, |t| {
        format!("{t}\nThis notice takes effect on the day of issue.\n")
    });
    assert!(
        p.rebuild_matches_cold("a translation's body"),
        "made everything"
    );
    p.edit("content/disclosure/_index.md", |t| {
        t.replacen("政府信息公开目录", "政府信息主动公开目录", 1)
    });
    // Its title is in the breadcrumbs of every page below it.
    assert!(!p.rebuild_matches_cold("a section's title"));
    // Two edits at once, one of them of a record another supersedes.
    p.edit("content/disclosure/2026/dl-2026-00052.md", |t| {
        format!("{t}\n特此通知。\n")
    });
    p.edit(RECORD, |t| format!("{t}\n附件略。\n"));
    assert!(
        p.rebuild_matches_cold("two records' bodies"),
        "made everything"
    );
}

#[test]
fn edits_that_may_change_anything_make_everything_and_match_a_cold_build() {
    let p = Portal::new();
    // A record added, then removed.
    let added = "content/disclosure/2025/dl-2025-00077.md";
    let text = std::fs::read_to_string(p.path(RECORD))
        .unwrap()
        .replacen("2025-00050", "2025-00077", 1)
        .replacen("大政发〔2025〕6号", "大政发〔2025〕17号", 1)
        .replacen("持续优化营商环境行动方案", "数字政府建设实施方案", 1);
    std::fs::write(p.path(added), text).unwrap();
    assert!(!p.rebuild_matches_cold("a record added"));
    std::fs::remove_file(p.path(added)).unwrap();
    assert!(!p.rebuild_matches_cold("a record removed"));
    std::fs::remove_file(p.path("content/disclosure/2026/dl-2026-00052.en.md")).unwrap();
    assert!(!p.rebuild_matches_cold("a translation removed"));
    p.edit("site.toml", |t| t + "\n# edited\n");
    assert!(!p.rebuild_matches_cold("site.toml"));
    p.edit("themes/default/templates/record.html", |t| {
        format!("{t}\n{{# edited #}}\n")
    });
    assert!(!p.rebuild_matches_cold("a template"));
    p.edit("locales/en/site.ftl", |t| {
        format!("{t}\nrebuild-test-message = Edited\n")
    });
    assert!(!p.rebuild_matches_cold("a message"));
    // A change of shape: a record's date moves it in the listings.
    p.edit(RECORD, |t| {
        t.replacen("published = 2025-03-28", "published = 2025-03-29", 1)
    });
    assert!(!p.rebuild_matches_cold("a record's date"));
}

#[test]
fn a_rebuild_with_an_error_leaves_the_output_and_the_next_rebuild_still_matches() {
    let p = Portal::new();
    let before = snapshot(&p.path("public"));
    p.edit(RECORD, |t| {
        t.replacen("+++\n", "+++\nno closing quote = \"\n", 1)
    });
    let (code, stderr) = p.build();
    assert_ne!(code, 0, "{stderr}");
    assert!(stderr.contains("dl-2025-00050.md"), "{stderr}");
    assert!(snapshot(&p.path("public")) == before, "the output changed");
    p.edit(RECORD, |t| t.replacen("no closing quote = \"\n", "", 1));
    p.edit(RECORD, |t| format!("{t}\n特此通知。\n"));
    assert!(p.rebuild_matches_cold("an edit after a failed build"));
}
