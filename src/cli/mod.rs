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

use crate::domain::{Date, Today};

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
    /// The site's folder (with site.toml and content/) [default: the nearest
    /// folder holding a site.toml, from the working directory upward].
    #[arg(long)]
    root: Option<PathBuf>,
}

impl Root {
    /// The folder given, else the nearest one upward holding a site.toml
    /// (like cargo and Cargo.toml), else the working directory (whose
    /// missing site.toml is then reported).
    fn dir(&self) -> PathBuf {
        if let Some(root) = &self.root {
            return root.clone();
        }
        let here = PathBuf::from(".");
        let Ok(cwd) = std::env::current_dir() else {
            return here;
        };
        match cwd
            .ancestors()
            .find(|dir| dir.join(crate::config::FILE).is_file())
        {
            Some(dir) if dir == cwd => here,
            Some(dir) => dir.to_path_buf(),
            None => here,
        }
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

/// "Today" for a command: `--today` if given, else the instant in
/// `GONGKAI_NOW` (how tests and CI fake the clock), else now; its date is
/// taken in the site's `timezone`. With `live`, "now" is read again at each
/// check (serve runs past midnight) instead of once at the start.
fn today(given: Option<Date>, live: bool) -> Result<Today, ExitCode> {
    if let Some(date) = given {
        return Ok(Today::On(date));
    }
    match std::env::var("GONGKAI_NOW") {
        Ok(s) if !s.trim().is_empty() => Today::parse_instant(&s).map_err(|e| {
            eprintln!("error: GONGKAI_NOW: {e}");
            ExitCode::from(2)
        }),
        _ if live => Ok(Today::Clock),
        _ => Ok(Today::At(jiff::Timestamp::now())),
    }
}
