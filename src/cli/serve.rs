//! `gongkai serve`: the site for an editor at work (see `crate::serve`).

use std::process::ExitCode;

use super::report::{Report, failed};
use super::{parse_date, today};
use crate::domain::Date;
use crate::serve;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: super::Root,
    /// The port to listen on (0: any free port).
    #[arg(long, default_value_t = 1111)]
    port: u16,
    /// The address to listen on; another machine can connect only if it is not 127.0.0.1.
    #[arg(long, default_value = "127.0.0.1")]
    bind: String,
    /// Open the site in the default browser.
    #[arg(long)]
    open: bool,
    /// The day to check against, YYYY-MM-DD [default: today].
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
}

pub fn run(args: Args) -> ExitCode {
    let opts = serve::Options {
        root: args.root.dir(),
        bind: args.bind,
        port: args.port,
        open: args.open,
        today: Some(match today(args.today, true) {
            Ok(t) => t,
            Err(code) => return code,
        }),
    };
    match serve::serve(&opts) {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => failed(f, &Report::text(), ""),
    }
}
