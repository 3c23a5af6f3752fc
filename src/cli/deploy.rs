//! The `deploy` subcommand's arguments and what it prints: the glue between
//! the command line and `deploy::run`.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};

use crate::config::{Config, DeployRules, LoadError};
use crate::deploy::{Error, Mode, Options, Progress, Summary};

/// Publish the built output to S3-compatible object storage (OSS, COS, OBS, S3), sending only what changed.
///
/// Credentials come from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
/// AWS_SESSION_TOKEN; the rest from [deploy] in site.toml or these options.
#[derive(clap::Args, Debug, Clone)]
pub struct Args {
    /// The site's folder (its site.toml gives the [deploy] settings, if any).
    #[arg(long, default_value = ".")]
    pub root: PathBuf,
    /// The built output to publish [default: ROOT/public].
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// Where: s3://BUCKET[/PREFIX] (with --endpoint), or http(s)://ENDPOINT/BUCKET[/PREFIX] (path-style).
    #[arg(long, value_name = "URL")]
    pub to: Option<String>,
    /// The storage's S3 endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com.
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// The signing region [default: [deploy] region, AWS_REGION, us-east-1].
    #[arg(long)]
    pub region: Option<String>,
    /// Address the bucket in the path (ENDPOINT/BUCKET/KEY), not the host name.
    #[arg(long)]
    pub path_style: bool,
    /// How to publish the .gz/.br copies: the gzip copy under the file's name
    /// with Content-Encoding (content-encoding, the default), every copy as an
    /// object of its own for a CDN rule (side-files), or none (skip).
    #[arg(long, value_name = "MODE", value_parser = ["content-encoding", "side-files", "skip"])]
    pub precompressed: Option<String>,
    /// Uploads at once [default: 8].
    #[arg(long)]
    pub jobs: Option<usize>,
    /// Print what would be uploaded and deleted, in order, and change nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Print only errors.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Runs the subcommand; the exit code (0 ok, 1 the output is not what its
/// manifest says, 2 bad usage or an I/O failure).
pub fn command(args: &Args) -> u8 {
    match options(args).and_then(|opts| {
        let bar = (!args.quiet && !opts.dry_run && std::io::stderr().is_terminal()).then(Bar::new);
        let result = crate::deploy::run(&opts, bar.as_ref().map(|b| b as &dyn Progress));
        if let Some(bar) = &bar {
            bar.0.finish_and_clear();
        }
        result
    }) {
        Ok(summary) => {
            report(&summary, args.quiet);
            0
        }
        Err(e) => {
            eprintln!("{}: {}", crate::msg!("severity-error"), e.message());
            e.exit_code()
        }
    }
}

fn options(args: &Args) -> Result<Options, Error> {
    let site = args.root.join(crate::config::FILE);
    let mut rules = if site.exists() {
        match Config::load(&args.root) {
            Ok(c) => c.deploy,
            Err(LoadError::Io(m)) => return Err(Error::Io(m.into())),
            Err(LoadError::Invalid(diags)) => {
                for d in &diags {
                    eprintln!("{d}\n");
                }
                return Err(Error::Content(
                    crate::msg!("has-errors", path = &site.display()).into(),
                ));
            }
        }
    } else {
        DeployRules::default()
    };
    if args.to.is_some() {
        rules.to = args.to.clone();
    }
    for (slot, flag) in [
        (&mut rules.endpoint, &args.endpoint),
        (&mut rules.region, &args.region),
        (&mut rules.precompressed, &args.precompressed),
    ] {
        if flag.is_some() {
            *slot = flag.clone();
        }
    }
    if args.path_style {
        rules.path_style = Some(true);
    }
    if args.jobs.is_some() {
        rules.jobs = args.jobs;
    }
    if let Some(m) = &rules.precompressed {
        Mode::parse(m).map_err(Error::Usage)?;
    }
    let dir = args.dir.clone().unwrap_or_else(|| args.root.join("public"));
    Options::resolve(&rules, dir, args.dry_run)
}

fn report(s: &Summary, quiet: bool) {
    if s.dry_run {
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "{}", s.plan).and_then(|_| out.flush());
    }
    if quiet {
        return;
    }
    eprintln!(
        "{}",
        crate::msg!(
            "deploy-summary",
            dry_run = if s.dry_run { "yes" } else { "no" },
            target = &s.target,
            uploaded = s.uploaded,
            bytes = human_bytes(s.bytes),
            deleted = s.deleted,
            unchanged = s.unchanged,
            seconds = format!("{:.2}", s.seconds)
        )
    );
}

fn human_bytes(n: u64) -> String {
    match n {
        0..1024 => format!("{n} B"),
        1024..1_048_576 => format!("{:.1} KiB", n as f64 / 1024.0),
        _ => format!("{:.1} MiB", n as f64 / 1_048_576.0),
    }
}

/// The progress bar, on a terminal only.
struct Bar(indicatif::ProgressBar, AtomicU64, AtomicU64);

impl Bar {
    fn new() -> Bar {
        let bar = indicatif::ProgressBar::hidden();
        if let Ok(style) = indicatif::ProgressStyle::with_template(
            "{wide_bar} {bytes}/{total_bytes} {msg}, {elapsed}, {eta} left",
        ) {
            bar.set_style(style);
        }
        Bar(bar, AtomicU64::new(0), AtomicU64::new(0))
    }
}

impl Progress for Bar {
    fn start(&self, objects: u64, bytes: u64) {
        self.2.store(objects, Ordering::Relaxed);
        self.0.set_length(bytes);
        self.0
            .set_message(crate::msg!("deploy-objects", done = 0, total = objects).to_string());
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }

    fn uploaded(&self, bytes: u64) {
        self.0.inc(bytes);
        let done = self.1.fetch_add(1, Ordering::Relaxed) + 1;
        self.0.set_message(
            crate::msg!(
                "deploy-objects",
                done = done,
                total = self.2.load(Ordering::Relaxed)
            )
            .to_string(),
        );
    }

    fn deleting(&self, keys: u64) {
        self.0
            .set_message(crate::msg!("deploy-deleting", count = keys).to_string());
    }
}
