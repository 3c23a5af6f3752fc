//! `gongkai check`: every problem of the site in one run, written nowhere;
//! `--explain CODE` tells what a diagnostic means.

use std::process::ExitCode;

use super::report::{Format, Report, counts, denied, emit, failed, report};
use super::{Root, parse_date, today};
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
    /// Exit with 1 when there are warnings, as when there are errors (for CI).
    #[arg(long)]
    deny_warnings: bool,
    /// Explain a diagnostic code (e.g. E029) instead of checking.
    #[arg(long, value_name = "CODE")]
    explain: Option<String>,
}

pub fn run(args: Args) -> ExitCode {
    if let Some(code) = args.explain {
        return match codes::find(&code) {
            Some(c) => {
                emit(&format!(
                    "{}: {}\n\n{}\n",
                    c.code,
                    c.title(),
                    c.explanation()
                ));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!(
                    "{}: {}",
                    crate::msg!("severity-error"),
                    crate::msg!("explain-unknown", code = &code)
                );
                ExitCode::from(2)
            }
        };
    }
    let opts = Options {
        root: args.root.dir(),
        today: Some(match today(args.today, false) {
            Ok(t) => t,
            Err(code) => return code,
        }),
        ..Options::default()
    };
    let to = Report {
        format: args.format,
        root: opts.root.clone(),
    };
    match pipeline::load_and_check(&opts, &Sources::default()) {
        Ok((_, _, found)) => {
            report(&found, &to);
            if to.is_text() {
                let (_, warnings) = counts(&found);
                let notes = found.len() - warnings;
                match notes {
                    0 => eprintln!("{}", crate::msg!("check-clean", warnings = warnings)),
                    n => eprintln!(
                        "{}",
                        crate::msg!("check-clean-held", warnings = warnings, held = n)
                    ),
                }
            }
            denied(&found, args.deny_warnings, &to).unwrap_or(ExitCode::SUCCESS)
        }
        Err(f) => failed(f, &to, ""),
    }
}
