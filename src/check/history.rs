//! What changed in a source since its translation was made (W006): the
//! version of the source whose digest the translation recorded, found in
//! the git history of the source file (each version hashed as `i18n mark`
//! hashes it), and a short diff from it to the source as it is now.
//!
//! The one place `check` looks outside the linked site, and only for a
//! translation already found stale; without git, outside a repository or
//! without a matching version, the help says so.

use std::path::Path;
use std::process::Command;

use crate::content::{self, Document};
use crate::diag::Message;
use crate::domain::Digest;
use crate::msg;
use crate::site::translations;

/// How many versions of a source are looked at, newest first.
const MAX_VERSIONS: usize = 200;
/// How many changed lines the help shows.
const MAX_LINES: usize = 8;

/// The help of a W006 on a translation made from `recorded`, of `source`.
pub fn what_changed(
    source: &Document,
    file: &str,
    recorded: &Digest,
    config: &crate::config::Config,
) -> Message {
    let root = &config.root;
    let rel = &source.file.display;
    let Some(log) = git(
        root,
        &[
            "log",
            "--format=%H %cs",
            &format!("-n{MAX_VERSIONS}"),
            "--",
            rel,
        ],
    ) else {
        // A repository with no commit yet is a repository all the same.
        return match git(root, &["rev-parse", "--is-inside-work-tree"]) {
            Some(_) => msg!("stale-no-history", file = file, source = rel),
            None => msg!("stale-no-git", file = file),
        };
    };
    let versions: Vec<(&str, &str)> = log.lines().filter_map(|l| l.split_once(' ')).collect();
    if versions.is_empty() {
        return msg!("stale-no-history", file = file, source = rel);
    }
    let current = format!("{}\n{}", source.front_text, source.body);
    for (commit, date) in &versions {
        let Some(text) = git(root, &["show", &format!("{commit}:./{rel}")]) else {
            continue;
        };
        let Ok(old) = content::parse(source.file.clone(), text.into_bytes(), config) else {
            continue;
        };
        if translations::digest(&old) != *recorded {
            continue;
        }
        let before = format!("{}\n{}", old.front_text, old.body);
        let short = &commit[..commit.len().min(8)];
        return msg!(
            "stale-changed",
            file = file,
            date = *date,
            commit = short,
            diff = diff(&before, &current)
        );
    }
    msg!("stale-no-match", file = file, count = versions.len())
}

/// `git -C root ARGS`'s output, when git runs and succeeds.
fn git(root: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(root)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The lines removed (`-`) and added (`+`) from `old` to `new`, in order,
/// at most `MAX_LINES` of them and a count of the rest.
pub fn diff(old: &str, new: &str) -> String {
    let a: Vec<&str> = old.lines().filter(|l| !l.trim().is_empty()).collect();
    let b: Vec<&str> = new.lines().filter(|l| !l.trim().is_empty()).collect();
    // Longest common subsequence of lines (sources are short).
    let (n, m) = (a.len(), b.len());
    if n * m > 4_000_000 {
        return String::new();
    }
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut changes = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i] == b[j] {
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            // Removed lines before the added ones that replace them, as diff does.
            changes.push(format!("- {}", a[i]));
            i += 1;
        } else {
            changes.push(format!("+ {}", b[j]));
            j += 1;
        }
    }
    let shown: Vec<String> = changes.iter().take(MAX_LINES).map(|l| shorten(l)).collect();
    let mut out = shown.join("\n");
    if changes.len() > MAX_LINES {
        out.push('\n');
        out.push_str(msg!("stale-more-lines", count = changes.len() - MAX_LINES).as_str());
    }
    out
}

/// A line cut to a readable length.
fn shorten(line: &str) -> String {
    const MAX: usize = 100;
    match line.char_indices().nth(MAX) {
        Some((at, _)) => format!("{}…", &line[..at]),
        None => line.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_diff_names_removed_and_added_lines_in_order() {
        let old = "title = \"a\"\n\n办理时限为60个工作日。\n不变的一行。\n";
        let new = "title = \"a\"\n\n办理时限为30个工作日。\n不变的一行。\n新增一行。\n";
        assert_eq!(
            diff(old, new),
            "- 办理时限为60个工作日。\n+ 办理时限为30个工作日。\n+ 新增一行。"
        );
        assert_eq!(diff("x\n", "x\n"), "");
        let many: String = (0..20).map(|i| format!("line {i}\n")).collect();
        let shown = diff("", &many);
        assert_eq!(shown.lines().count(), MAX_LINES + 1, "{shown}");
        assert!(shown.ends_with("12 more changed lines"), "{shown}");
    }
}
