//! `gongkai new`: a new record, guide or page with every required field.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::ValueEnum;

use super::report::{Report, failed};
use super::{Root, parse_date, today};
use crate::content::scaffold::{self, NewKind};
use crate::diag::Failure;
use crate::domain::Date;
use crate::pipeline;

#[derive(clap::Args)]
pub struct Args {
    /// What to create.
    #[arg(value_enum)]
    kind: Kind,
    /// The file, e.g. content/disclosure/2026/dl-2026-00061.md.
    path: PathBuf,
    #[command(flatten)]
    root: Root,
    /// The agency id (records and guides) [default: the first declared
    /// agency with a body `code`, else the first declared].
    #[arg(long)]
    agency: Option<String>,
    /// The day for the dates and the index number's year [default: today].
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

#[derive(Clone, Copy, ValueEnum)]
enum Kind {
    /// A disclosure record (content/disclosure/…).
    Disclosure,
    /// A service guide (content/services/…).
    Guide,
    /// A plain page.
    Page,
}

pub fn run(args: Args) -> ExitCode {
    let kind = match args.kind {
        Kind::Disclosure => NewKind::Disclosure,
        Kind::Guide => NewKind::Guide,
        Kind::Page => NewKind::Page,
    };
    let today = match today(args.today, false) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let written = pipeline::load_config(&args.root.dir(), None).and_then(|config| {
        let today = today.date_in(&config.tz);
        let file = scaffold::plan(&config, kind, &args.path, today, args.agency.as_deref())
            .map_err(Failure::Io)?;
        // The build makes its own pages in some places (E035): no file goes there.
        if let Ok(rel) = file.path.strip_prefix(config.content_dir()) {
            let rel = rel.to_string_lossy().replace('\\', "/");
            let key = rel.trim_end_matches(".md").trim_end_matches("/_index");
            if crate::site::is_reserved(key) {
                return Err(Failure::Io(crate::msg!(
                    "new-reserved",
                    rel = &rel,
                    key = key
                )));
            }
        }
        if let Some(dir) = file.path.parent() {
            std::fs::create_dir_all(dir).map_err(|e| {
                Failure::Io(crate::msg!(
                    "cannot-create",
                    path = &dir.display(),
                    error = &e
                ))
            })?;
        }
        std::fs::write(&file.path, &file.text).map_err(|e| {
            Failure::Io(crate::msg!(
                "cannot-write",
                path = &file.path.display(),
                error = &e
            ))
        })?;
        Ok(file.path)
    });
    match written {
        Ok(path) => {
            eprintln!("{}", crate::msg!("new-created", path = &path.display()));
            ExitCode::SUCCESS
        }
        Err(f) => failed(f, &Report::text(), ""),
    }
}
