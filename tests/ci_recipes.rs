//! The CI recipes in docs/ci/: the GitHub Actions workflow passes actionlint
//! and the workflow schema, the GitLab file the `.gitlab-ci.yml` schema
//! (check-jsonschema's copies of the SchemaStore schemas, no network), and
//! both check with annotations or diagnostics, build with the caches kept,
//! and deploy from the main branch only.

mod support;

use std::path::Path;
use std::process::Command;

use support::{REPO, tool};

fn recipe(name: &str) -> (std::path::PathBuf, String) {
    let path = Path::new(REPO).join("docs/ci").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
    (path, text)
}

fn passes(cmd: &mut Command, what: &str) {
    let out = cmd.output().unwrap_or_else(|e| panic!("{what}: {e}"));
    assert!(
        out.status.success(),
        "{what}:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

const VENV: &[&str] = &["target/tools/ci-venv/bin/actionlint"];
const VENV_SCHEMA: &[&str] = &["target/tools/ci-venv/bin/check-jsonschema"];

#[test]
fn the_github_workflow_is_valid_and_does_the_job() {
    let (path, text) = recipe("github-actions.yml");
    for needed in [
        "gongkai check --format github",
        "gongkai build",
        "gongkai deploy",
        ".gongkai-cache",
        ".public.prev",
        "cargo install --locked",
        "github.ref == 'refs/heads/main'",
        "secrets.PORTAL_SECRET_ACCESS_KEY",
        "include-hidden-files: true",
    ] {
        assert!(text.contains(needed), "the workflow has `{needed}`");
    }
    assert!(!text.contains("AKIA"), "no key in the recipe");
    if let Some(actionlint) = tool("actionlint", "GONGKAI_ACTIONLINT", VENV) {
        passes(
            Command::new(actionlint).arg("-no-color").arg(&path),
            "actionlint",
        );
    }
    if let Some(schema) = tool("check-jsonschema", "GONGKAI_CHECK_JSONSCHEMA", VENV_SCHEMA) {
        passes(
            Command::new(schema)
                .args(["--builtin-schema", "vendor.github-workflows"])
                .arg(&path),
            "the GitHub workflow schema",
        );
    }
}

#[test]
fn the_gitlab_file_is_valid_and_does_the_job() {
    let (path, text) = recipe("gitlab-ci.yml");
    for needed in [
        "gongkai check",
        "gongkai build",
        "gongkai deploy",
        ".gongkai-cache/",
        ".public.prev/",
        "cargo install --locked",
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH",
    ] {
        assert!(text.contains(needed), "the GitLab file has `{needed}`");
    }
    if let Some(schema) = tool("check-jsonschema", "GONGKAI_CHECK_JSONSCHEMA", VENV_SCHEMA) {
        passes(
            Command::new(schema)
                .args(["--builtin-schema", "vendor.gitlab-ci"])
                .arg(&path),
            "the .gitlab-ci.yml schema",
        );
    }
}
