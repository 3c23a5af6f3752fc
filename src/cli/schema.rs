//! `gongkai schema`: the JSON Schema of the front matter, for editors' TOML
//! plugins; labels come from the site's messages when they load.

use std::path::PathBuf;
use std::process::ExitCode;

use super::Root;
use super::report::{Report, emit, failed};
use crate::content::schema;
use crate::diag::Failure;
use crate::pipeline;

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: Root,
    /// Write one file per kind (record.schema.json, …) into this folder instead.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub fn run(args: Args) -> ExitCode {
    let config = match pipeline::load_config(&args.root.dir(), None) {
        Ok(config) => config,
        Err(f) => return failed(f, &Report::text(), ""),
    };
    let locales = pipeline::load_looks(&config)
        .ok()
        .and_then(Result::ok)
        .map(|(looks, _)| looks.locales);
    let Some(dir) = args.out else {
        let all = schema::all(&config, locales.as_ref());
        emit(&(serde_json::to_string_pretty(&all).unwrap_or_default() + "\n"));
        return ExitCode::SUCCESS;
    };
    let written = std::fs::create_dir_all(&dir).and_then(|_| {
        schema::KINDS.iter().try_for_each(|(kind, s)| {
            let v = schema::schema_of(kind, s, &config, locales.as_ref());
            let text = serde_json::to_string_pretty(&v).unwrap_or_default() + "\n";
            std::fs::write(dir.join(format!("{kind}.schema.json")), text)
        })
    });
    match written {
        Ok(()) => {
            eprintln!(
                "{}",
                crate::msg!(
                    "schema-written",
                    count = schema::KINDS.len(),
                    dir = &dir.display()
                )
            );
            ExitCode::SUCCESS
        }
        Err(e) => failed(
            Failure::Io(crate::msg!(
                "cannot-write",
                path = &dir.display(),
                error = &e
            )),
            &Report::text(),
            "",
        ),
    }
}
