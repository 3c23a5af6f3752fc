//! `gongkai serve`: the site for an editor at work. It is built into memory
//! (never into `public/`), served on 127.0.0.1, and rebuilt as files are
//! saved: only the pages an edit touches are rendered again, the open pages
//! reload themselves (a stylesheet edit swaps the stylesheet without a
//! reload), and an edit that breaks the site shows its errors over every
//! page while the last good version stays served.
//!
//! `engine` keeps the site in memory and works out what to render; `http`
//! answers requests and streams events; `live.js` is the page's side.

mod engine;
mod http;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use notify::RecursiveMode;
use notify::event::{EventKind, MetadataKind, ModifyKind};

use crate::diag::Failure;
use crate::domain::Today;
use crate::output::links::Checked;
use crate::render::Sink;
use engine::{Engine, Output};
use http::{Hub, Served, Shared};

pub use http::{mime, site_path};

/// What `serve` is asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub root: PathBuf,
    pub bind: String,
    /// 0: any free port.
    pub port: u16,
    /// Open the site in the default browser once it is built.
    pub open: bool,
    /// The day to check against.
    pub today: Option<Today>,
}

/// How long the watcher waits for a burst of file events to end.
const SETTLE: Duration = Duration::from_millis(30);

enum Msg {
    Files(Vec<PathBuf>),
    Stop,
}

/// Serves until Ctrl-C (or SIGTERM). Reports what it does on stderr.
pub fn serve(opts: &Options) -> Result<(), Failure> {
    let root = opts.root.canonicalize().map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-open-site",
            path = &opts.root.display(),
            error = &e
        ))
    })?;
    let server = tiny_http::Server::http((opts.bind.as_str(), opts.port)).map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-listen",
            address = format!("{}:{}", opts.bind, opts.port),
            error = &e
        ))
    })?;
    let server = Arc::new(server);
    let addr = server
        .server_addr()
        .to_ip()
        .ok_or_else(|| Failure::Io(crate::msg!("no-ip-address")))?;
    let url = format!("http://{addr}/");
    let (tx, rx) = mpsc::channel::<Msg>();

    // Ctrl-C stops cleanly; a second one stops at once, whatever is running.
    let stopping = Arc::new(AtomicBool::new(false));
    {
        let tx = tx.clone();
        let stopping = stopping.clone();
        ctrlc::set_handler(move || {
            if stopping.swap(true, Ordering::SeqCst) {
                std::process::exit(130);
            }
            let _ = tx.send(Msg::Stop);
        })
        .map_err(|e| Failure::Io(crate::msg!("cannot-handle-ctrl-c", error = &e)))?;
    }
    let _watcher = watch(&root, tx.clone())?;

    let shared = Arc::new(Shared {
        served: RwLock::new(Served::default()),
        hub: Hub::default(),
    });
    let http_thread = {
        let server = server.clone();
        let shared = shared.clone();
        std::thread::spawn(move || {
            for req in server.incoming_requests() {
                let shared = shared.clone();
                std::thread::spawn(move || http::handle(&shared, req));
            }
        })
    };
    eprintln!(
        "{}",
        crate::msg!("serve-serving", root = &opts.root.display(), url = &url)
    );

    let started = Instant::now();
    let mut engine = Engine::load(&root, opts.today.clone());
    let loaded = started.elapsed();
    rebuild(&root, &mut engine, &shared, None, started);
    eprintln!(
        "{}",
        crate::msg!(
            "serve-loaded",
            loaded = format!("{:.2}", loaded.as_secs_f64()),
            rendered = format!("{:.2}", (started.elapsed() - loaded).as_secs_f64())
        )
    );
    if opts.open {
        open_browser(&url);
    }

    while let Ok(msg) = rx.recv() {
        let mut paths = match msg {
            Msg::Stop => break,
            Msg::Files(p) => p,
        };
        // Everything that arrived meanwhile goes into the same rebuild.
        let mut stop = false;
        while let Ok(more) = rx.try_recv() {
            match more {
                Msg::Files(p) => paths.extend(p),
                Msg::Stop => stop = true,
            }
        }
        if stop {
            break;
        }
        let paths: Vec<PathBuf> = paths
            .into_iter()
            .filter(|p| engine::scope(&root, p) != engine::Scope::None)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        if paths.is_empty() {
            continue;
        }
        let started = Instant::now();
        engine.changed(&paths);
        rebuild(&root, &mut engine, &shared, Some(&paths), started);
    }

    eprintln!("{}", crate::msg!("serve-stopping"));
    server.unblock();
    shared.hub.close();
    let _ = http_thread.join();
    Ok(())
}

/// Renders what is pending and serves it; reports the time from `started`.
fn rebuild(
    root: &Path,
    engine: &mut Engine,
    shared: &Shared,
    trigger: Option<&[PathBuf]>,
    started: Instant,
) {
    let was_broken = !shared.read().errors.is_empty();
    let css_only = trigger.is_some_and(|paths| {
        paths
            .iter()
            .all(|p| p.extension().is_some_and(|e| e == "css"))
    });
    let mut pages = 0;
    let mut steps = Vec::new();
    // Every page rendered goes through the build's link check, held against
    // what is served once it is in place.
    let checked = Checked::new(&Nowhere);
    let result = engine.render(&mut |out| {
        // The site is good again: the overlay goes before the fixed pages come.
        if steps.is_empty() && was_broken {
            shared.write().errors = Arc::new(Vec::new());
            shared.announce_errors();
        }
        out.each_put(|rel, bytes| {
            let _ = checked.put(rel, bytes);
        });
        pages += apply(shared, out, css_only);
        steps.push(started.elapsed());
    });
    let result = result.and_then(|()| {
        let served = shared.read();
        let broken = checked.broken_unless(|rel| served.files.contains_key(rel));
        if broken.is_empty() {
            Ok(())
        } else {
            Err(broken)
        }
    });
    let what = match trigger {
        Some([one]) => crate::diag::display_path(root, one),
        Some(many) => crate::msg!("serve-files", count = many.len()).into(),
        None => crate::msg!("serve-the-site").into(),
    };
    match result {
        Ok(()) => {
            {
                let mut served = shared.write();
                served.ready = true;
                served.errors = Arc::new(Vec::new());
            }
            if was_broken {
                if steps.is_empty() {
                    shared.announce_errors();
                }
                eprintln!("{}", crate::msg!("serve-fixed"));
            }
            let times: Vec<String> = steps.iter().map(|t| t.as_millis().to_string()).collect();
            if trigger.is_some() {
                let times = crate::msg!("serve-times", times = times.join(" ms, ")).to_string();
                eprintln!(
                    "{}",
                    crate::msg!("serve-changed", what = &what, pages = pages, times = times)
                );
            }
        }
        Err(errors) => {
            for d in &errors {
                eprintln!("{d}\n");
            }
            eprintln!(
                "{}",
                crate::msg!("serve-broken", what = &what, count = errors.len())
            );
            {
                let mut served = shared.write();
                served.ready = true;
                served.errors = Arc::new(errors);
            }
            shared.announce_errors();
        }
    }
}

/// Puts rendered files in place of the served ones at once, and tells the
/// open pages which of them changed. Returns how many pages changed.
fn apply(shared: &Shared, out: Output, css_only: bool) -> usize {
    let mut changed = Vec::new();
    let mut swaps = Vec::new();
    let html;
    let pages = {
        let mut served = shared.write();
        match out {
            Output::Everything(files) => {
                let old = std::mem::take(&mut served.files);
                for (rel, bytes) in files {
                    if old.get(&rel).is_none_or(|b| **b != *bytes) {
                        changed.push(rel.clone());
                    }
                    served.files.insert(rel, bytes.into());
                }
                // Pages still open may name the old stylesheet: keep old assets.
                for (rel, bytes) in old {
                    if rel.starts_with("static/") && !served.files.contains_key(&rel) {
                        if let Some(new) = successor(&rel, &served.files) {
                            swaps.push((format!("/{rel}"), format!("/{new}")));
                        }
                        served.files.insert(rel, bytes);
                    }
                }
            }
            Output::Some {
                put,
                remove,
                replaced,
            } => {
                for rel in remove {
                    if served.files.remove(&rel).is_some() {
                        changed.push(rel);
                    }
                }
                let new: BTreeSet<&str> = put.iter().map(|(rel, _)| rel.as_str()).collect();
                served.files.retain(|rel, _| {
                    new.contains(rel.as_str())
                        || !replaced.iter().any(|f| rel.starts_with(f.as_str()))
                });
                for (rel, bytes) in put {
                    if served.files.get(&rel).is_none_or(|b| **b != *bytes) {
                        changed.push(rel.clone());
                    }
                    served.files.insert(rel, bytes.into());
                }
            }
        }
        html = changed.iter().filter(|rel| rel.ends_with(".html")).count();
        let mut pages: Vec<String> = changed.iter().map(|rel| page_url(rel)).collect();
        if css_only && !swaps.is_empty() {
            pages.retain(|p| !p.ends_with('/') && !p.ends_with(".html"));
        }
        // The first site served is news to every page (the building page too).
        if pages.len() > 1000 || served.version == 0 {
            pages = vec!["*".to_string()];
        }
        if pages.is_empty() {
            Arc::new(pages)
        } else {
            served.changed(pages)
        }
    };
    let version = shared.read().version;
    for (from, to) in &swaps {
        shared
            .hub
            .send("css", &serde_json::json!({ "from": from, "to": to }));
    }
    if !pages.is_empty() {
        shared.hub.send(
            "reload",
            &serde_json::json!({ "version": version, "pages": *pages }),
        );
    }
    html
}

/// A sink that keeps nothing: the link check only looks.
struct Nowhere;

impl Sink for Nowhere {
    fn put(&self, _: &str, _: &[u8]) -> std::io::Result<()> {
        Ok(())
    }
}

/// `static/style.0123456789abcdef.css` → the served file with the same name
/// and another fingerprint.
fn successor(rel: &str, files: &std::collections::HashMap<String, Arc<[u8]>>) -> Option<String> {
    let logical = |r: &str| -> Option<(String, String)> {
        let (stem, ext) = r.rsplit_once('.')?;
        let (name, hash) = stem.rsplit_once('.')?;
        (hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| (name.to_string(), ext.to_string()))
    };
    let want = logical(rel)?;
    let mut found: Vec<&String> = files
        .keys()
        .filter(|k| k.starts_with("static/") && logical(k).as_ref() == Some(&want))
        .collect();
    found.sort();
    found.first().map(|s| s.to_string())
}

/// `en/a/index.html` → `/en/a/`; other files keep their path.
fn page_url(rel: &str) -> String {
    match rel.strip_suffix("index.html") {
        Some(dir) => format!("/{dir}"),
        None => format!("/{rel}"),
    }
}

/// Watches content/, themes/, locales/ and site.toml; the debouncer waits
/// for a burst of events (an editor's write-and-rename) to settle.
fn watch(
    root: &Path,
    tx: mpsc::Sender<Msg>,
) -> Result<
    notify_debouncer_full::Debouncer<
        notify::RecommendedWatcher,
        notify_debouncer_full::RecommendedCache,
    >,
    Failure,
> {
    let mut debouncer = notify_debouncer_full::new_debouncer(
        SETTLE,
        Some(Duration::from_millis(10)),
        move |result: notify_debouncer_full::DebounceEventResult| {
            if let Ok(events) = result {
                // Reading files (the build's own reads among them) changes nothing.
                let paths: Vec<PathBuf> = events
                    .into_iter()
                    .filter(|e| {
                        !matches!(
                            e.event.kind,
                            EventKind::Access(_)
                                | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
                        )
                    })
                    .flat_map(|e| e.event.paths)
                    .collect();
                if !paths.is_empty() {
                    let _ = tx.send(Msg::Files(paths));
                }
            }
        },
    )
    .map_err(|e| {
        Failure::Io(crate::msg!(
            "cannot-watch",
            path = &root.display(),
            error = &e
        ))
    })?;
    let io = |e: notify::Error| {
        Failure::Io(crate::msg!(
            "cannot-watch",
            path = &root.display(),
            error = &e
        ))
    };
    // The root itself only for site.toml (and folders that appear): public/
    // and target/ are not watched.
    debouncer
        .watch(root, RecursiveMode::NonRecursive)
        .map_err(io)?;
    for dir in crate::output::stamp::INPUT_FOLDERS {
        let path = root.join(dir);
        if path.is_dir() {
            debouncer
                .watch(&path, RecursiveMode::Recursive)
                .map_err(io)?;
        }
    }
    Ok(debouncer)
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener).arg(url).spawn() {
        eprintln!(
            "{}",
            crate::msg!("serve-no-browser", opener = opener, error = &e, url = url)
        );
    }
}
