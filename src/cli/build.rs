//! `gongkai build`: the whole pipeline, into the output folder.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use super::report::{Format, Report, denied, emit, failed, report};
use super::{Root, parse_date, today};
use crate::domain::Date;
use crate::pipeline::{self, Options, Progress};

#[derive(clap::Args)]
pub struct Args {
    #[command(flatten)]
    root: Root,
    /// Where to write the site [default: ROOT/public].
    #[arg(long)]
    out: Option<PathBuf>,
    /// The public address, overriding base_url in site.toml.
    #[arg(long)]
    base_url: Option<String>,
    /// The day to build for, YYYY-MM-DD [default: today].
    #[arg(long, value_parser = parse_date)]
    today: Option<Date>,
    /// Write no precompressed .gz and .br files, whatever site.toml says.
    #[arg(long)]
    no_compress: bool,
    /// A previous build's manifest.json: print what was added, changed and removed.
    #[arg(long, value_name = "MANIFEST")]
    diff_against: Option<PathBuf>,
    /// Build the files marked `draft = true` too, to preview them.
    #[arg(long)]
    drafts: bool,
    /// Build the records scheduled after today too, to preview them.
    #[arg(long)]
    future: bool,
    /// How to print problems and the summary: `json` prints one object,
    /// {"diagnostics": […], "build": {…} or null}, on stdout.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Exit with 1 when there are warnings (the site is written all the same).
    #[arg(long)]
    deny_warnings: bool,
    /// Print only warnings and errors.
    #[arg(long, short)]
    quiet: bool,
    /// Make every file again, even when nothing changed since the last build.
    #[arg(long)]
    force: bool,
}

pub fn run(args: Args) -> ExitCode {
    tune_memory_for_build();
    let opts = Options {
        root: args.root.dir(),
        out: args.out,
        base_url: args.base_url,
        today: Some(match today(args.today, false) {
            Ok(t) => t,
            Err(code) => return code,
        }),
        no_compress: args.no_compress,
        diff_against: args.diff_against,
        force: args.force,
        drafts: args.drafts,
        future: args.future,
    };
    let to = Report {
        format: args.format,
        root: opts.root.clone(),
    };
    let json = matches!(args.format, Format::Json);
    let quiet = args.quiet || !to.is_text();
    let bar = (!quiet && std::io::stderr().is_terminal()).then(Bar::new);
    let result = pipeline::build(&opts, bar.as_ref().map(|b| b as &dyn Progress));
    if let Some(bar) = &bar {
        bar.0.finish_and_clear();
    }
    let built = match result {
        Ok(built) => built,
        Err(crate::diag::Failure::Content(diags)) if json => {
            emit(&(serde_json::json!({ "diagnostics": diags, "build": null }).to_string() + "\n"));
            return ExitCode::from(1);
        }
        Err(f) => {
            return failed(f, &to, crate::msg!("build-nothing-written").as_str());
        }
    };
    if json {
        let summary = serde_json::json!({
            "diagnostics": built.warnings,
            "build": {
                "out": built.out.display().to_string(),
                "files": built.files,
                "unchanged": built.unchanged,
                "pages": built.pages_by_lang.iter().map(|(l, n)| (l.clone(), *n)).collect::<std::collections::BTreeMap<_, _>>(),
                "held": built.held,
                "seconds": built.seconds,
                "search_seconds": built.search_seconds,
            },
        });
        emit(&(summary.to_string() + "\n"));
        return denied(&built.warnings, args.deny_warnings, &to).unwrap_or(ExitCode::SUCCESS);
    }
    report(&built.warnings, &to);
    if let Some(diff) = &built.diff {
        let mut s = String::new();
        for (mark, list) in [
            ("+", &diff.added),
            ("~", &diff.changed),
            ("-", &diff.removed),
        ] {
            for path in list {
                s.push_str(&format!("{mark} {path}\n"));
            }
        }
        emit(&s);
        eprintln!(
            "{}",
            crate::msg!(
                "build-diff",
                added = diff.added.len(),
                changed = diff.changed.len(),
                removed = diff.removed.len()
            )
        );
    }
    if !quiet && built.unchanged {
        eprintln!(
            "{}",
            crate::msg!(
                "build-unchanged",
                out = &built.out.display(),
                files = built.files,
                seconds = format!("{:.2}", built.seconds)
            )
        );
    } else if !quiet {
        let per_lang: Vec<String> = built
            .pages_by_lang
            .iter()
            .map(|(l, n)| format!("{l} {n}"))
            .collect();
        eprintln!(
            "{}",
            crate::msg!(
                "build-done",
                files = built.files,
                out = &built.out.display(),
                seconds = format!("{:.2}", built.seconds),
                pages = per_lang.join(", "),
                search_seconds = format!("{:.2}", built.search_seconds)
            )
        );
    }
    if !quiet && !built.held.is_empty() {
        eprintln!("{}", crate::msg!("build-held", count = built.held.len()));
    }
    denied(&built.warnings, args.deny_warnings, &to).unwrap_or(ExitCode::SUCCESS)
}

/// A build is short and reuses what it frees: returning freed pages to the
/// system splits the huge pages they sit in, and touching them again costs a
/// page fault each (about 100,000 in a build of 10,000 records, a sixth of
/// its system time). A long-running `serve` keeps the default, which returns
/// them after a second.
///
/// Nor does a build take transparent huge pages, which the allocator asks
/// for: the kernel clears each 2 MiB page whole on the first touch of any of
/// it, and the build's many threads and short-lived buffers touch far more of
/// them than they fill. In a build of 10,000 records that clearing was a
/// twentieth of all CPU time; 4 KiB pages cost less in faults than it did.
fn tune_memory_for_build() {
    // `mi_option_purge_delay` in mimalloc.h; -1 never purges.
    const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;
    // SAFETY: sets one of the allocator's options, which it reads atomically.
    unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, -1) };
    // Applies to memory the allocator has already reserved as well.
    #[cfg(target_os = "linux")]
    // SAFETY: a process-wide flag; no memory is touched. Where it fails (an
    // old kernel), the build is only slower.
    unsafe {
        libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0);
    }
}

/// The progress bar of `build`, shown only when stderr is a terminal.
struct Bar(indicatif::ProgressBar);

impl Bar {
    fn new() -> Bar {
        let bar = indicatif::ProgressBar::hidden();
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{wide_bar} {pos}/{len} pages, {elapsed}, {eta} left",
        ) {
            bar.set_style(style);
        }
        Bar(bar)
    }
}

impl Progress for Bar {
    fn start(&self, pages: u64) {
        self.0.set_length(pages);
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }

    fn page(&self) {
        self.0.inc(1);
    }
}
