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

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

use crate::diag::messages::{self, Lang};
use crate::domain::{Date, Today};

/// gongkai (公开): builds multilingual government information-disclosure portals.
#[derive(Parser)]
#[command(version, about)]
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

/// Parses the command line and runs the command, speaking the editor's
/// language (see `choose_lang`).
pub fn run() -> ExitCode {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    messages::set_lang(choose_lang(&args, |k| std::env::var(k).ok()));
    let matches = match localised_command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(e) => e.exit(),
    };
    if let Some(("help", m)) = matches.subcommand() {
        let names: Vec<String> = m
            .get_many::<String>("command")
            .map(|v| v.cloned().collect())
            .unwrap_or_default();
        return print_help_of(&names);
    }
    let parsed = Cli::from_arg_matches(&matches);
    let cli = match parsed {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.command {
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
    Date::parse(s).ok_or_else(|| crate::msg!("not-a-date", value = s).into())
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
            eprintln!("{}: GONGKAI_NOW: {e}", crate::msg!("severity-error"));
            ExitCode::from(2)
        }),
        _ if live => Ok(Today::Clock),
        _ => Ok(Today::At(jiff::Timestamp::now())),
    }
}

/// The language of the tool's messages: `--lang` (before the subcommand,
/// or after it for any but `search`, whose `--lang` is the edition to
/// search), then `GONGKAI_LANG`, then the POSIX locale (`LC_ALL`, then
/// `LC_MESSAGES`, then `LANG`: any `zh…` is Chinese, any other locale
/// English, while `C`, `POSIX` or nothing states no preference), then
/// `[editor] lang` in the site's site.toml, else English.
pub fn choose_lang(args: &[std::ffi::OsString], env: impl Fn(&str) -> Option<String>) -> Lang {
    let scanned = scan_args(args);
    if let Some(l) = scanned.lang.as_deref().and_then(Lang::parse) {
        return l;
    }
    if let Some(l) = env("GONGKAI_LANG").as_deref().and_then(Lang::parse) {
        return l;
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|k| env(k).filter(|v| !v.trim().is_empty()));
    if let Some(l) = locale.as_deref().and_then(Lang::from_locale) {
        return l;
    }
    let root = Root {
        root: scanned.root.map(PathBuf::from),
    };
    editor_lang(&root.dir()).unwrap_or(Lang::En)
}

/// What the command line says before clap reads it (so that `--help` and
/// clap's own errors are in the chosen language too).
#[derive(Default)]
struct Scanned {
    lang: Option<String>,
    root: Option<String>,
}

fn scan_args(args: &[std::ffi::OsString]) -> Scanned {
    let mut out = Scanned::default();
    let mut sub: Option<String> = None;
    let mut it = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = it.next() {
        if arg == "--" {
            break;
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        match flag.as_str() {
            "--lang" | "--root" => {
                let value = inline.or_else(|| it.next());
                let ours = flag == "--root" || sub.as_deref() != Some("search");
                if ours {
                    let slot = if flag == "--lang" {
                        &mut out.lang
                    } else {
                        &mut out.root
                    };
                    *slot = value;
                }
            }
            f if !f.starts_with('-') && sub.is_none() => sub = Some(f.to_string()),
            _ => {}
        }
    }
    out
}

/// `[editor] lang` of the site.toml in `root`, read on its own: the full
/// configuration is read later, and reports its problems then.
fn editor_lang(root: &std::path::Path) -> Option<Lang> {
    let text = std::fs::read_to_string(root.join(crate::config::FILE)).ok()?;
    let table: toml::Table = toml::from_str(&text).ok()?;
    let lang = table.get("editor")?.get("lang")?.as_str()?;
    Lang::parse(lang)
}

/// `--lang`: zh or en.
fn parse_lang(s: &str) -> Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| crate::msg!("lang-unknown", value = s).into())
}

/// The command line with every text from the catalogues, in the current
/// language: a command's `about` is `cli-<path>-about`, an argument's help
/// `cli-<path>-<id>` or, for those many commands share, `cli-arg-<id>`
/// (`<path>` is the subcommands joined by `-`; the root's is `gongkai`).
/// `--lang` is added to every command but `search` (see `choose_lang`).
pub fn localised_command() -> clap::Command {
    localised_command_in(messages::lang())
}

fn localised_command_in(lang: Lang) -> clap::Command {
    let lang_arg = clap::Arg::new("lang")
        .long("lang")
        .value_name("zh|en")
        .value_parser(parse_lang)
        .help(messages::text_in(lang, "cli-arg-lang", &[]));
    let cmd = Cli::command().arg(lang_arg.clone());
    localise(cmd, "gongkai", &lang_arg, lang)
}

fn localise(cmd: clap::Command, path: &str, lang_arg: &clap::Arg, lang: Lang) -> clap::Command {
    let text = |id: &str| messages::text_in(lang, id, &[]);
    let leak = |s: String| -> &'static str { Box::leak(s.into_boxed_str()) };
    let about = text(&format!("cli-{path}-about"));
    let ids: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    let heading_args = leak(text("cli-heading-arguments"));
    let heading_options = leak(text("cli-heading-options"));
    let mut cmd = cmd
        .about(about)
        .long_about(None::<&str>)
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(text("cli-arg-help")),
        )
        .subcommand_help_heading(leak(text("cli-heading-commands")))
        .help_template(format!(
            "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
            text("cli-heading-usage")
        ));
    if path == "gongkai" {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(text("cli-arg-version")),
        );
    }
    for id in ids {
        let own = format!("cli-{path}-{id}");
        let help = if messages::has(Lang::En, &own) {
            text(&own)
        } else {
            text(&format!("cli-arg-{id}"))
        };
        cmd = cmd.mut_arg(id.as_str(), |a| {
            let heading = if a.is_positional() {
                heading_args
            } else {
                heading_options
            };
            // The values are named in the catalogue's help, in its language.
            let listed = a.get_action().takes_values() && !a.get_possible_values().is_empty();
            a.help(help)
                .long_help(None::<&str>)
                .hide_possible_values(listed)
                .help_heading(heading)
        });
    }
    for name in subs {
        let sub_path = format!("{path}-{name}");
        let with_lang = name != "search";
        cmd = cmd.mut_subcommand(name.as_str(), |s| {
            let has_subs = s.get_subcommands().next().is_some();
            let s = if with_lang && !has_subs {
                s.arg(lang_arg.clone())
            } else {
                s
            };
            localise(s, &sub_path, lang_arg, lang)
        });
    }
    if path == "gongkai" {
        // `gongkai help [COMMAND…]`, with its own words (clap's would be English).
        cmd = cmd
            .disable_help_subcommand(true)
            .subcommand(
                clap::Command::new("help")
                    .about(text("cli-gongkai-help-about"))
                    .arg(
                        clap::Arg::new("command")
                            .num_args(0..)
                            .help(text("cli-gongkai-help-command"))
                            .help_heading(heading_args),
                    )
                    .disable_help_flag(true)
                    .help_template(format!(
                        "{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}",
                        text("cli-heading-usage")
                    )),
            )
            .mut_arg("version", |a| a.help_heading(heading_options));
    }
    cmd.mut_arg("help", |a| a.help_heading(heading_options))
}

/// `gongkai help build`: the help of the command named, as `--help` gives it.
fn print_help_of(names: &[String]) -> ExitCode {
    let mut cmd = &localised_command();
    for name in names {
        match cmd.find_subcommand(name) {
            Some(sub) => cmd = sub,
            None => {
                eprintln!(
                    "{}: {}",
                    crate::msg!("severity-error"),
                    crate::msg!("help-unknown-command", name = name)
                );
                return ExitCode::from(2);
            }
        }
    }
    let args = std::iter::once("gongkai")
        .chain(names.iter().map(String::as_str))
        .chain(["--help"]);
    match localised_command().try_get_matches_from(args) {
        Err(e) => e.exit(),
        Ok(_) => ExitCode::SUCCESS,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn args(a: &[&str]) -> Vec<OsString> {
        a.iter().map(OsString::from).collect()
    }

    /// Every command's about and every flag's help come from both
    /// catalogues, and clap accepts the command line made in each language.
    #[test]
    fn the_command_line_is_described_in_both_languages() {
        fn walk(c: &clap::Command, path: &str, missing: &mut Vec<String>) {
            let has = |id: &str| Lang::ALL.iter().all(|&l| messages::has(l, id));
            if !has(&format!("cli-{path}-about")) {
                missing.push(format!("cli-{path}-about"));
            }
            for a in c.get_arguments() {
                let id = a.get_id().as_str();
                if !has(&format!("cli-{path}-{id}")) && !has(&format!("cli-arg-{id}")) {
                    missing.push(format!("cli-{path}-{id}"));
                }
            }
            for s in c.get_subcommands() {
                walk(s, &format!("{path}-{}", s.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&localised_command(), "gongkai", &mut missing);
        assert!(missing.is_empty(), "no catalogue text for {missing:?}");
        for lang in Lang::ALL {
            localised_command_in(lang).debug_assert();
        }
    }

    /// An environment that has only `pairs`.
    fn env(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<String> {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn the_language_is_chosen_in_order() {
        let none = args(&["gongkai", "check", "--root", "/nonexistent"]);
        assert_eq!(
            choose_lang(&none, env(&[("LANG", "zh_CN.UTF-8")])),
            Lang::Zh
        );
        assert_eq!(
            choose_lang(&none, env(&[("LANG", "en_US.UTF-8")])),
            Lang::En
        );
        assert_eq!(choose_lang(&none, env(&[])), Lang::En);
        // LC_ALL before LC_MESSAGES before LANG; GONGKAI_LANG before them; --lang first.
        let e = env(&[("LC_ALL", "zh_TW"), ("LANG", "en_US.UTF-8")]);
        assert_eq!(choose_lang(&none, e), Lang::Zh);
        let e = env(&[("LC_MESSAGES", "en_GB"), ("LANG", "zh_CN.UTF-8")]);
        assert_eq!(choose_lang(&none, e), Lang::En);
        let e = env(&[("GONGKAI_LANG", "zh"), ("LC_ALL", "en_US.UTF-8")]);
        assert_eq!(choose_lang(&none, e), Lang::Zh);
        let given = args(&["gongkai", "check", "--lang", "en"]);
        assert_eq!(
            choose_lang(&given, env(&[("GONGKAI_LANG", "zh")])),
            Lang::En
        );
        let given = args(&["gongkai", "--lang=zh", "build"]);
        assert_eq!(choose_lang(&given, env(&[])), Lang::Zh);
        // `search --lang` is the edition to search, not the tool's language.
        let search = args(&[
            "gongkai",
            "search",
            "外商",
            "--lang",
            "zh",
            "--root",
            "/nonexistent",
        ]);
        assert_eq!(choose_lang(&search, env(&[])), Lang::En);
        let search = args(&["gongkai", "--lang", "zh", "search", "x", "--lang", "en"]);
        assert_eq!(choose_lang(&search, env(&[])), Lang::Zh);
    }

    #[test]
    fn the_sites_editor_lang_speaks_when_nothing_else_does() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("site.toml"),
            "base_url = \"https://x.cn\"\n[editor]\nlang = \"zh\"\n",
        )
        .unwrap();
        let root = dir.path().to_string_lossy().into_owned();
        let a = args(&["gongkai", "check", "--root", &root]);
        assert_eq!(choose_lang(&a, env(&[("LANG", "C.UTF-8")])), Lang::Zh);
        assert_eq!(choose_lang(&a, env(&[])), Lang::Zh);
        assert_eq!(choose_lang(&a, env(&[("LANG", "en_US.UTF-8")])), Lang::En);
    }
}
