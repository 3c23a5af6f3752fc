//! `gongkai check`: every problem of the site in one run, written nowhere;
//! `--explain CODE` tells what a diagnostic means.

use std::process::ExitCode;

use super::report::{Format, emit, failed, report};
use super::{Root, parse_date, system_today};
use crate::content::Sources;
use crate::diag::codes;
use crate::domain::Date;
use crate::pipeline::{self, Options};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: Root,
    /// How to print problems.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// The day to check against, YYYY-MM-DD [default: today].
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Explain a diagnostic code (e.g. E029) instead of checking.
    #[arg(long, value_name = "CODE")]
    explain: Option<String>,
}

pub fn run(args: Args) -> ExitCode {
    if let Some(code) = args.explain {
        return match codes::find(&code) {
            Some(c) => {
                emit(&format!("{}: {}\n\n{}\n", c.code, c.title, c.explanation));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("error: no diagnostic has the code `{code}`");
                ExitCode::from(2)
            }
        };
    }
    let opts = Options {
        root: args.root.root,
        today: Some(args.today.unwrap_or_else(system_today)),
        ..Options::default()
    };
    match pipeline::load_and_check(&opts, &Sources::default()) {
        Ok((_, _, warnings)) => {
            report(&warnings, args.format);
            if matches!(args.format, Format::Text) {
                eprintln!("No errors ({} warnings).", warnings.len());
            }
            ExitCode::SUCCESS
        }
        Err(f) => failed(f, args.format, ""),
    }
}
