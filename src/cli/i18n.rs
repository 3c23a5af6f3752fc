//! `gongkai i18n`: what is translated, stale, unverified and missing
//! (`status`), and recording in a translation that it follows its source as
//! it is now (`mark`, which edits the front matter in place).

use std::fmt::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::Root;
use super::report::{Report, emit, failed};
use crate::diag::Failure;
use crate::pipeline::{self, Options};
use crate::site::translations::{self, Row};

#[derive(clap::Subcommand)]
pub enum Command {
    /// Per language and section: translated, stale, unverified and missing files.
    Status {
        #[command(flatten)]
        root: Root,
        /// How to print the table.
        #[arg(long, value_enum, default_value_t = StatusFormat::Text)]
        format: StatusFormat,
    },
    /// Record in each translation that it follows its source as it is now.
    Mark {
        /// Translation files, e.g. content/disclosure/2024/dl-2024-00012.en.md.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[command(flatten)]
        root: Root,
    },
}

/// What `i18n status` prints: a table, or its rows as JSON.
#[derive(Clone, Copy, clap::ValueEnum)]
pub enum StatusFormat {
    /// A table per language and section.
    Text,
    /// A JSON array of rows {lang, section, counts, files}.
    Json,
}

pub fn run(command: Command) -> ExitCode {
    match command {
        Command::Status { root, format } => {
            let opts = Options {
                root: root.dir(),
                ..Options::default()
            };
            match pipeline::load_site(&opts) {
                Ok((site, _)) => {
                    print_status(&translations::status(&site), format);
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, &Report::text(), ""),
            }
        }
        Command::Mark { files, root } => match mark(&root.dir(), &files) {
            Ok(written) => {
                for p in written {
                    eprintln!("{}", crate::msg!("i18n-marked", file = &p.display()));
                }
                ExitCode::SUCCESS
            }
            Err(f) => failed(f, &Report::text(), crate::msg!("nothing-written").as_str()),
        },
    }
}

/// Records in each translation the digest of its source as it is now;
/// writes only when every file could be marked. Returns the files written.
fn mark(root: &Path, files: &[PathBuf]) -> Result<Vec<PathBuf>, Failure> {
    let opts = Options {
        root: root.to_path_buf(),
        ..Options::default()
    };
    let (site, _) = pipeline::load_site(&opts)?;
    let mut plan = Vec::new();
    for file in files {
        let path = if file.exists() {
            file.clone()
        } else {
            root.join(file)
        };
        let canonical = std::fs::canonicalize(&path).map_err(|e| {
            Failure::Io(crate::msg!(
                "path-error",
                path = &file.display(),
                error = &e
            ))
        })?;
        let found = site.entries.iter().enumerate().find_map(|(i, e)| {
            e.versions
                .values()
                .find(|d| std::fs::canonicalize(&d.file.path).is_ok_and(|p| p == canonical))
                .map(|d| (i, d))
        });
        let Some((i, doc)) = found else {
            return Err(Failure::Io(crate::msg!(
                "i18n-not-content",
                file = &file.display(),
                root = &root.display()
            )));
        };
        if doc.file.lang == site.config.default_language().code {
            return Err(Failure::Io(crate::msg!(
                "i18n-mark-source",
                file = &doc.file.display,
                example = doc.file.display.replace(".md", ".en.md")
            )));
        }
        let source = site
            .source(i)
            .ok_or_else(|| Failure::Io(crate::msg!("i18n-no-source", file = &doc.file.display)))?;
        let text = std::fs::read_to_string(&path).map_err(|e| {
            Failure::Io(crate::msg!(
                "path-error",
                path = &path.display(),
                error = &e
            ))
        })?;
        let marked = translations::mark(&text, &translations::digest(source)).map_err(|e| {
            Failure::Io(crate::msg!(
                "path-error",
                path = &doc.file.display,
                error = &e
            ))
        })?;
        plan.push((path, marked));
    }
    for (path, text) in &plan {
        std::fs::write(path, text).map_err(|e| {
            Failure::Io(crate::msg!(
                "cannot-write",
                path = &path.display(),
                error = &e
            ))
        })?;
    }
    Ok(plan.into_iter().map(|(p, _)| p).collect())
}

fn print_status(rows: &[Row], format: StatusFormat) {
    if matches!(format, StatusFormat::Json) {
        emit(&(serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into()) + "\n"));
        return;
    }
    let mut s = format!("{}\n\n", crate::msg!("i18n-status-title"));
    let mut lang = "";
    for row in rows {
        if row.lang != lang {
            lang = &row.lang;
            let _ = writeln!(s, "{lang}");
        }
        let c = &row.counts;
        let _ = writeln!(
            s,
            "  {:<16} {}",
            row.section,
            crate::msg!(
                "i18n-status-row",
                fresh = format!("{:>4}", c.fresh),
                stale = format!("{:>4}", c.stale),
                unverified = format!("{:>4}", c.unverified),
                missing = format!("{:>4}", c.missing)
            )
        );
        for f in &row.files {
            let state = serde_json::to_value(f.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(s, "      {state:<10} {}", f.file);
        }
    }
    let _ = writeln!(s, "\n{}", crate::msg!("i18n-status-footer"));
    emit(&s);
}
