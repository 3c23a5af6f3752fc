//! `gongkai search`: the portal searched as a reader would, from the index
//! in the cache folder (built or refreshed when missing or out of date).

use std::process::ExitCode;

use super::Root;
use super::report::{Report, emit, failed};
use crate::diag::Failure;
use crate::domain::LangCode;
use crate::pipeline::{self, Options};
use crate::search;

#[derive(clap::Args)]
pub struct Args {
    /// What to look for: words, two characters of a Chinese title, a document number.
    query: String,
    #[command(flatten)]
    root: Root,
    /// The language to search [default: the site's first].
    #[arg(long)]
    lang: Option<String>,
    /// How many results to print.
    #[arg(long, default_value_t = 10)]
    limit: usize,
    /// Print a JSON array of {url, title, kind, date, score}.
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args) -> ExitCode {
    let opts = Options {
        root: args.root.dir(),
        ..Options::default()
    };
    let hits = pipeline::load_site(&opts).and_then(|(site, _)| {
        let lang = match args.lang {
            None => site.config.default_language().code,
            Some(asked) => site.config.lang_code(&asked).ok_or_else(|| {
                Failure::Io(crate::msg!(
                    "search-no-language",
                    asked = &asked,
                    have = site
                        .config
                        .lang_codes()
                        .map(LangCode::as_str)
                        .collect::<Vec<_>>()
                        .join(", ")
                ))
            })?,
        };
        search::search(&site, lang, &args.query, args.limit)
            .map_err(|e| Failure::Io(crate::msg!("detail", detail = e)))
    });
    match hits {
        Ok(hits) if args.json => {
            emit(&(serde_json::to_string_pretty(&hits).unwrap_or_else(|_| "[]".into()) + "\n"));
            ExitCode::SUCCESS
        }
        Ok(hits) => {
            let mut s = String::new();
            for (n, h) in hits.iter().enumerate() {
                let date = h.date.as_deref().unwrap_or("");
                s.push_str(&format!(
                    "{:>3}. {}  {}\n     {} {date}\n",
                    n + 1,
                    h.title,
                    h.url,
                    h.kind
                ));
            }
            emit(&s);
            eprintln!("{}", crate::msg!("search-results", count = hits.len()));
            ExitCode::SUCCESS
        }
        Err(f) => failed(f, &Report::text(), ""),
    }
}
