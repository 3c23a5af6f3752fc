//! The command line: one file per subcommand, each with its flags (defined
//! once, documented where they are defined, the help generated from them)
//! and the function that runs it. Only here are reports printed and exit
//! codes chosen: 0 success, 1 the content has errors, 2 bad usage or I/O.
//!
//! Not for work of its own: every command calls the pipeline's stages.

mod build;
mod check;
mod deploy;
mod i18n;
mod new;
mod report;
mod schema;
mod search;
mod serve;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::domain::Date;

/// gongkai (公开): builds multilingual government information-disclosure portals.
#[derive(Parser)]
#[command(version, about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the site and write it to the output folder (atomically).
    Build(build::Args),
    /// Report every problem in the content, without writing anything.
    Check(check::Args),
    /// Create a record, guide or page with every required field.
    New(new::Args),
    /// Translations: what is missing or stale, and recording what is up to date.
    I18n {
        #[command(subcommand)]
        command: i18n::Command,
    },
    /// Search the portal as a reader would, in one language.
    Search(search::Args),
    /// Serve the site for editing: rebuilt in memory on every save, pages reload themselves.
    Serve(serve::Args),
    /// Print the JSON Schema of the front matter (draft 2020-12).
    Schema(schema::Args),
    Deploy(deploy::Args),
}

/// Parses the command line and runs the command.
pub fn run() -> ExitCode {
    match Cli::parse().command {
        Command::Build(args) => build::run(args),
        Command::Check(args) => check::run(args),
        Command::New(args) => new::run(args),
        Command::I18n { command } => i18n::run(command),
        Command::Search(args) => search::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Deploy(args) => ExitCode::from(deploy::command(&args)),
    }
}

/// `--root`: the site's folder, with site.toml and content/.
#[derive(clap::Args)]
struct Root {
    /// The site's folder (with site.toml and content/).
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// Today's date in UTC, from the system clock.
fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days(secs.div_euclid(86_400))
}
