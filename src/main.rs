//! The command line: parses arguments, calls the library, prints what it
//! reports and chooses the exit code (0 ok, 1 content errors, 2 usage or I/O).

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use gongkai::content::model::Date;
use gongkai::diag::Diagnostic;
use gongkai::{Failure, Options};

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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

/// gongkai (公开): builds multilingual government information-disclosure portals.
#[derive(Parser)]
#[command(version, about, propagate_version = true)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check the site and write it to the output folder (atomically).
    Build {
        /// The site's folder (with site.toml and content/).
        #[arg(long, default_value = ".")]
        root: PathBuf,
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
        /// Print only warnings and errors.
        #[arg(long, short)]
        quiet: bool,
        /// Make every file again, even when nothing changed since the last build.
        #[arg(long)]
        force: bool,
    },
    /// Report every problem in the content, without writing anything.
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to print problems.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The day to check against, YYYY-MM-DD [default: today].
        #[arg(long, value_parser = parse_date)]
        today: Option<Date>,
        /// Explain a diagnostic code (e.g. E029) instead of checking.
        #[arg(long, value_name = "CODE")]
        explain: Option<String>,
    },
    /// Create a record, guide or page with every required field.
    New {
        /// What to create.
        #[arg(value_enum)]
        kind: Kind,
        /// The file, e.g. content/disclosure/2026/dl-2026-00061.md.
        path: PathBuf,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The agency id (records and guides) [default: the first declared].
        #[arg(long)]
        agency: Option<String>,
        /// The day for the dates and the index number's year [default: today].
        #[arg(long, value_parser = parse_date)]
        today: Option<Date>,
    },
    /// Translations: what is missing or stale, and recording what is up to date.
    I18n {
        #[command(subcommand)]
        command: I18nCommand,
    },
    /// Search the portal as a reader would, in one language.
    Search {
        /// What to look for: words, two characters of a Chinese title, a document number.
        query: String,
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The language to search [default: the site's first].
        #[arg(long)]
        lang: Option<String>,
        /// How many results to print.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print a JSON array of {url, title, kind, date, score}.
        #[arg(long)]
        json: bool,
    },
    /// Serve the site for editing: rebuilt in memory on every save, pages reload themselves.
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
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
    },
    Deploy(gongkai::deploy::cli::Args),
    /// Print the JSON Schema of the front matter (draft 2020-12).
    Schema {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Write one file per kind (record.schema.json, …) into this folder instead.
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Subcommand)]
enum I18nCommand {
    /// Per language and section: translated, stale, unverified and missing files.
    Status {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Record in each translation that it follows its source as it is now.
    Mark {
        /// Translation files, e.g. content/disclosure/2024/dl-2024-00012.en.md.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
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

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    /// Like a compiler: file:line:col, the line, a caret, help.
    Text,
    /// A JSON array of {severity, code, file, line, column, message, help}.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
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

impl gongkai::Progress for Bar {
    fn start(&self, pages: u64) {
        self.0.set_length(pages);
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }

    fn page(&self) {
        self.0.inc(1);
    }
}

fn parse_date(s: &str) -> Result<Date, String> {
    Date::parse(s).ok_or_else(|| format!("`{s}` is not a date in the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Build {
            root,
            out,
            base_url,
            today,
            no_compress,
            diff_against,
            quiet,
            force,
        } => {
            tune_memory_for_build();
            let opts = Options {
                root,
                out,
                base_url,
                today: Some(today.unwrap_or_else(system_today)),
                no_compress,
                diff_against,
                force,
            };
            let bar = (!quiet && std::io::stderr().is_terminal()).then(Bar::new);
            let result = gongkai::build_with_progress(
                &opts,
                bar.as_ref().map(|b| b as &dyn gongkai::Progress),
            );
            if let Some(bar) = &bar {
                bar.0.finish_and_clear();
            }
            match result {
                Ok(built) => {
                    report(&built.warnings, Format::Text);
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
                            "Against the old manifest: {} added, {} changed, {} removed.",
                            diff.added.len(),
                            diff.changed.len(),
                            diff.removed.len()
                        );
                    }
                    if !quiet && built.unchanged {
                        eprintln!(
                            "Nothing changed since the last build: {} is as it was ({} files, checked in {:.2} s; --force makes it again).",
                            built.out.display(),
                            built.files,
                            built.seconds
                        );
                    } else if !quiet {
                        let per_lang: Vec<String> = built
                            .pages_by_lang
                            .iter()
                            .map(|(l, n)| format!("{l} {n}"))
                            .collect();
                        eprintln!(
                            "Built {} files into {} in {:.2} s (pages: {}; search index {:.2} s).",
                            built.files,
                            built.out.display(),
                            built.seconds,
                            per_lang.join(", "),
                            built.search_seconds
                        );
                    }
                    ExitCode::SUCCESS
                }
                Err(f) => failed(
                    f,
                    Format::Text,
                    "Nothing was written; the previous output is unchanged.",
                ),
            }
        }
        Command::Deploy(args) => ExitCode::from(gongkai::deploy::cli::command(&args)),
        Command::Check {
            explain: Some(code),
            ..
        } => match gongkai::codes::find(&code) {
            Some(c) => {
                emit(&format!("{}: {}\n\n{}\n", c.code, c.title, c.explanation));
                ExitCode::SUCCESS
            }
            None => {
                eprintln!("error: no diagnostic has the code `{code}`");
                ExitCode::from(2)
            }
        },
        Command::New {
            kind,
            path,
            root,
            agency,
            today,
        } => {
            let kind = match kind {
                Kind::Disclosure => gongkai::scaffold::NewKind::Disclosure,
                Kind::Guide => gongkai::scaffold::NewKind::Guide,
                Kind::Page => gongkai::scaffold::NewKind::Page,
            };
            match gongkai::new_file(
                &root,
                kind,
                &path,
                today.unwrap_or_else(system_today),
                agency.as_deref(),
            ) {
                Ok(path) => {
                    eprintln!(
                        "Created {}. Fill in the empty fields, then run `gongkai check`.",
                        path.display()
                    );
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, Format::Text, ""),
            }
        }
        Command::I18n {
            command: I18nCommand::Status { root, format },
        } => {
            let opts = Options {
                root,
                today: None,
                ..Options::default()
            };
            match gongkai::i18n_status(&opts) {
                Ok(rows) => {
                    print_status(&rows, format);
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, Format::Text, ""),
            }
        }
        Command::I18n {
            command: I18nCommand::Mark { files, root },
        } => {
            let opts = Options {
                root,
                today: None,
                ..Options::default()
            };
            match gongkai::i18n_mark(&opts, &files) {
                Ok(written) => {
                    for p in written {
                        eprintln!("Marked {} as following its current source.", p.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, Format::Text, "Nothing was written."),
            }
        }
        Command::Search {
            query,
            root,
            lang,
            limit,
            json,
        } => {
            let opts = Options {
                root,
                today: None,
                ..Options::default()
            };
            match gongkai::search(&opts, lang.as_deref(), &query, limit) {
                Ok(hits) if json => {
                    emit(
                        &(serde_json::to_string_pretty(&hits).unwrap_or_else(|_| "[]".into())
                            + "\n"),
                    );
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
                    eprintln!("{} result(s).", hits.len());
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, Format::Text, ""),
            }
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
            today,
        } => {
            let opts = gongkai::serve::Options {
                root,
                bind,
                port,
                open,
                today: Some(today.unwrap_or_else(system_today)),
            };
            match gongkai::serve::serve(&opts) {
                Ok(()) => ExitCode::SUCCESS,
                Err(f) => failed(f, Format::Text, ""),
            }
        }
        Command::Schema { root, out } => match gongkai::schemas(&root) {
            Ok(schemas) => match out {
                None => {
                    emit(&(serde_json::to_string_pretty(&schemas.all).unwrap_or_default() + "\n"));
                    ExitCode::SUCCESS
                }
                Some(dir) => {
                    let written = std::fs::create_dir_all(&dir).and_then(|_| {
                        schemas.kinds.iter().try_for_each(|(kind, v)| {
                            let text = serde_json::to_string_pretty(v).unwrap_or_default() + "\n";
                            std::fs::write(dir.join(format!("{kind}.schema.json")), text)
                        })
                    });
                    match written {
                        Ok(()) => {
                            eprintln!(
                                "Wrote {} schemas into {}.",
                                schemas.kinds.len(),
                                dir.display()
                            );
                            ExitCode::SUCCESS
                        }
                        Err(e) => failed(
                            Failure::Io(format!("cannot write {}: {e}", dir.display())),
                            Format::Text,
                            "",
                        ),
                    }
                }
            },
            Err(f) => failed(f, Format::Text, ""),
        },
        Command::Check {
            root,
            format,
            today,
            explain: None,
        } => {
            let opts = Options {
                root,
                today: Some(today.unwrap_or_else(system_today)),
                ..Options::default()
            };
            match gongkai::check(&opts) {
                Ok(warnings) => {
                    report(&warnings, format);
                    if matches!(format, Format::Text) {
                        eprintln!("No errors ({} warnings).", warnings.len());
                    }
                    ExitCode::SUCCESS
                }
                Err(f) => failed(f, format, ""),
            }
        }
    }
}

/// Prints to stdout; a reader that closed the pipe (`| head`) is not an error.
fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

fn print_status(rows: &[gongkai::translations::Row], format: Format) {
    use std::fmt::Write;
    if !matches!(format, Format::Text) {
        emit(&(serde_json::to_string_pretty(rows).unwrap_or_else(|_| "[]".into()) + "\n"));
        return;
    }
    let mut s = String::from(
        "Translations by language and section (fresh / stale / unverified / missing):\n\n",
    );
    let mut lang = "";
    for row in rows {
        if row.lang != lang {
            lang = &row.lang;
            let _ = writeln!(s, "{lang}");
        }
        let c = &row.counts;
        let _ = writeln!(
            s,
            "  {:<16} {:>4} fresh  {:>4} stale  {:>4} unverified  {:>4} missing",
            row.section, c.fresh, c.stale, c.unverified, c.missing
        );
        for f in &row.files {
            let state = serde_json::to_value(f.state)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            let _ = writeln!(s, "      {state:<10} {}", f.file);
        }
    }
    s.push_str("\nStale: update the translation, then `gongkai i18n mark FILE`. Unverified: check it against the source, then mark it.\n");
    emit(&s);
}

fn failed(f: Failure, format: Format, note: &str) -> ExitCode {
    match f {
        Failure::Content(diags) => {
            report(&diags, format);
            if matches!(format, Format::Text) {
                let errors = diags.iter().filter(|d| d.is_error()).count();
                eprintln!(
                    "\n{errors} error(s), {} warning(s). {note}",
                    diags.len() - errors
                );
            }
            ExitCode::from(1)
        }
        Failure::Io(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn report(diags: &[Diagnostic], format: Format) {
    match format {
        Format::Text => {
            for d in diags {
                eprintln!("{d}\n");
            }
        }
        Format::Json => {
            emit(&(serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into()) + "\n"))
        }
        Format::Github => {
            for d in diags {
                let level = if d.is_error() { "error" } else { "warning" };
                let msg = match &d.help {
                    Some(h) => format!("{} ({})", d.message, h),
                    None => d.message.clone(),
                };
                emit(&format!(
                    "::{level} file={},line={},col={},title={}::{}\n",
                    d.file,
                    d.line.max(1),
                    d.column.max(1),
                    d.code,
                    msg.replace('%', "%25")
                        .replace('\r', "%0D")
                        .replace('\n', "%0A")
                ));
            }
        }
    }
}

/// Today's date in UTC, from the system clock.
fn system_today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    Date::from_days(secs.div_euclid(86_400))
}
