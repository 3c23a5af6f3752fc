//! How the commands print what they found: diagnostics as text (like a
//! compiler, in colour on a terminal), JSON or GitHub annotations, and the
//! exit code of a failure.

use std::io::IsTerminal;
use std::path::{Component, Path, PathBuf};
use std::process::ExitCode;

use clap::ValueEnum;

use crate::diag::{Diagnostic, Failure};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// Like a compiler: file:line:col, the line, a caret, help.
    Text,
    /// A JSON array of {severity, code, file, line, column, message, help}.
    Json,
    /// GitHub Actions workflow annotations (paths relative to the working directory).
    Github,
}

/// Where and how a command reports: the format, and the site's folder, so
/// that annotations name files as the working directory sees them.
pub struct Report {
    pub format: Format,
    pub root: PathBuf,
}

impl Report {
    /// As text, which names files from the site's folder.
    pub fn text() -> Report {
        Report {
            format: Format::Text,
            root: PathBuf::from("."),
        }
    }

    pub fn is_text(&self) -> bool {
        matches!(self.format, Format::Text)
    }
}

/// Prints to stdout; a reader that closed the pipe (`| head`) is not an error.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Colour on stderr: only on a terminal, and never when `NO_COLOR` is set
/// (https://no-color.org) or the terminal is `dumb`.
pub fn colour() -> bool {
    std::io::stderr().is_terminal()
        && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        && std::env::var("TERM").map_or(true, |t| t != "dumb")
}

/// Counts of errors and warnings (notes, such as a scheduled record, are neither).
pub fn counts(diags: &[Diagnostic]) -> (usize, usize) {
    let errors = diags.iter().filter(|d| d.is_error()).count();
    let warnings = diags.iter().filter(|d| d.is_warning()).count();
    (errors, warnings)
}

/// Reports a failure and gives its exit code: 1 for the content's errors
/// (all of them printed, then `note`), 2 for anything else.
pub fn failed(f: Failure, to: &Report, note: &str) -> ExitCode {
    match f {
        Failure::Content(diags) => {
            report(&diags, to);
            if to.is_text() {
                let (errors, warnings) = counts(&diags);
                eprintln!(
                    "\n{} {note}",
                    crate::msg!("summary-counts", errors = errors, warnings = warnings)
                );
            }
            ExitCode::from(1)
        }
        Failure::Io(msg) => {
            eprintln!("{}: {msg}", crate::msg!("severity-error"));
            ExitCode::from(2)
        }
    }
}

/// With `--deny-warnings`, a run that found warnings (and no errors) fails.
pub fn denied(diags: &[Diagnostic], deny: bool, to: &Report) -> Option<ExitCode> {
    let (_, warnings) = counts(diags);
    (deny && warnings > 0).then(|| {
        if to.is_text() {
            eprintln!(
                "{}: {}",
                crate::msg!("severity-error"),
                crate::msg!("deny-warnings", warnings = warnings)
            );
        }
        ExitCode::from(1)
    })
}

pub fn report(diags: &[Diagnostic], to: &Report) {
    match to.format {
        Format::Text => {
            let colour = colour();
            for d in diags {
                eprintln!("{}\n", d.render(colour));
            }
        }
        Format::Json => {
            emit(&(serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into()) + "\n"))
        }
        Format::Github => {
            let base = from_cwd(&to.root);
            for d in diags {
                let level = match d.severity {
                    crate::diag::Severity::Error => "error",
                    crate::diag::Severity::Warning => "warning",
                    crate::diag::Severity::Note => "notice",
                };
                let msg = match &d.help {
                    Some(h) => format!("{} ({})", d.message, h),
                    None => d.message.clone(),
                };
                let file = match &base {
                    Some(base) if !base.as_os_str().is_empty() => {
                        format!("{}/{}", slashes(base), d.file)
                    }
                    _ => d.file.clone(),
                };
                emit(&format!(
                    "::{level} file={},line={},col={},title={}::{}\n",
                    property(&file),
                    d.line.max(1),
                    d.column.max(1),
                    property(&d.code),
                    msg.replace('%', "%25")
                        .replace('\r', "%0D")
                        .replace('\n', "%0A")
                ));
            }
        }
    }
}

/// A value inside `::error file=…,title=…::`, escaped as the runner reads it.
fn property(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
        .replace(':', "%3A")
        .replace(',', "%2C")
}

fn slashes(p: &Path) -> String {
    p.to_string_lossy().replace(std::path::MAIN_SEPARATOR, "/")
}

/// The site's folder as a path relative to the working directory (`site`,
/// `..`, or empty for the working directory itself); `None` if either
/// cannot be resolved.
pub fn from_cwd(root: &Path) -> Option<PathBuf> {
    let cwd = std::env::current_dir().ok()?.canonicalize().ok()?;
    let root = root.canonicalize().ok()?;
    Some(relative(&root, &cwd))
}

/// `to` as seen from `from`, both absolute.
fn relative(to: &Path, from: &Path) -> PathBuf {
    let to: Vec<Component> = to.components().collect();
    let from: Vec<Component> = from.components().collect();
    let common = to.iter().zip(&from).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for c in &to[common..] {
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_go_up_and_down() {
        let r = |a: &str, b: &str| slashes(&relative(Path::new(a), Path::new(b)));
        assert_eq!(r("/repo/site", "/repo"), "site");
        assert_eq!(r("/repo", "/repo/site/content"), "../..");
        assert_eq!(r("/repo", "/repo"), "");
        assert_eq!(r("/a/x", "/b/y"), "../../a/x");
    }
}
