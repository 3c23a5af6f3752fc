//! The HTTP side of `serve`: answers from the files in memory, safely (no
//! path leaves the site, every file with its MIME type), adds the live-reload
//! script and, while the site has errors, the error overlay to every page,
//! and streams reload and error events to open pages (server-sent events).

use std::collections::{HashMap, VecDeque};
use std::io::Write;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use tiny_http::{Header, Request, Response};

use crate::diag::Diagnostic;

/// Where the server's own files and events live; no site page can be there.
pub const PREFIX: &str = "/__gongkai/";

const LIVE_JS: &str = include_str!("live.js");
const LIVE_CSS: &str = include_str!("live.css");

/// The same policy as the published site's `_headers`, so that what works
/// here works there.
const CSP: &str = crate::output::headers::CSP;

/// How many past reloads are kept for pages that connect late.
const LOG: usize = 64;

/// What is served, shared by the request threads and the rebuilds.
#[derive(Default)]
pub struct Served {
    /// The site's files by path (`en/index.html`).
    pub files: HashMap<String, Arc<[u8]>>,
    /// Goes up with every change served.
    pub version: u64,
    /// The first build has finished.
    pub ready: bool,
    /// The errors of the last rebuild; empty when it succeeded.
    pub errors: Arc<Vec<Diagnostic>>,
    /// Recent changes: the version and the pages it changed (`*`: all).
    log: VecDeque<(u64, Arc<Vec<String>>)>,
}

impl Served {
    /// Records that `version` changed `pages`.
    pub fn changed(&mut self, pages: Vec<String>) -> Arc<Vec<String>> {
        self.version += 1;
        let pages = Arc::new(pages);
        self.log.push_back((self.version, pages.clone()));
        while self.log.len() > LOG {
            self.log.pop_front();
        }
        pages
    }

    /// Whether a page served at `version` has changed since.
    fn stale(&self, version: u64, page: &str) -> bool {
        if version >= self.version {
            return false;
        }
        if self.log.front().is_none_or(|(v, _)| *v > version + 1) {
            return true; // older than what the log remembers
        }
        self.log
            .iter()
            .filter(|(v, _)| *v > version)
            .any(|(_, pages)| pages.iter().any(|p| p == "*" || p == page))
    }
}

/// The open event streams.
#[derive(Default)]
pub struct Hub {
    clients: Mutex<Vec<Sender<Arc<str>>>>,
}

impl Hub {
    fn join(&self) -> Receiver<Arc<str>> {
        let (tx, rx) = mpsc::channel();
        self.lock().push(tx);
        rx
    }

    /// Sends one event to every open page.
    pub fn send(&self, event: &str, data: &serde_json::Value) {
        let msg: Arc<str> = format!("event: {event}\ndata: {data}\n\n").into();
        self.lock().retain(|c| c.send(msg.clone()).is_ok());
    }

    /// Ends every stream (at shutdown).
    pub fn close(&self) {
        self.lock().clear();
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Sender<Arc<str>>>> {
        self.clients.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub struct Shared {
    pub served: RwLock<Served>,
    pub hub: Hub,
}

impl Shared {
    pub fn read(&self) -> std::sync::RwLockReadGuard<'_, Served> {
        self.served.read().unwrap_or_else(|e| e.into_inner())
    }

    pub fn write(&self) -> std::sync::RwLockWriteGuard<'_, Served> {
        self.served.write().unwrap_or_else(|e| e.into_inner())
    }

    /// Tells open pages about the errors, or that there are none.
    pub fn announce_errors(&self) {
        let errors = self.read().errors.clone();
        if errors.is_empty() {
            self.hub.send("fixed", &serde_json::json!({}));
        } else {
            let data = serde_json::json!({
                "diagnostics": *errors,
                "html": overlay(&errors),
            });
            self.hub.send("errors", &data);
        }
    }
}

/// Answers one request. Runs on its own thread; an event stream keeps it.
pub fn handle(shared: &Shared, req: Request) {
    use tiny_http::Method;
    if !matches!(req.method(), Method::Get | Method::Head) {
        let _ = req.respond(text(405, "only GET and HEAD are served\n"));
        return;
    }
    let url = req.url().to_string();
    let (path, query) = url.split_once('?').unwrap_or((&url, ""));
    if let Some(own) = path.strip_prefix(PREFIX) {
        match own {
            "live.js" => {
                let _ = req.respond(file(200, "live.js", LIVE_JS.as_bytes().to_vec()));
            }
            "live.css" => {
                let _ = req.respond(file(200, "live.css", LIVE_CSS.as_bytes().to_vec()));
            }
            "events" => events(shared, req, query),
            _ => {
                let _ = req.respond(text(404, "not found\n"));
            }
        }
        return;
    }
    let response = match site_path(path) {
        Some(rel) => lookup(shared, &rel, path, query),
        None => not_found(shared, path),
    };
    let _ = req.respond(response);
}

fn lookup(
    shared: &Shared,
    rel: &str,
    path: &str,
    query: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let served = shared.read();
    if !served.ready {
        drop(served);
        return own_page(shared, 503, path, crate::msg!("serve-building").as_str());
    }
    if let Some(bytes) = served.files.get(rel) {
        let bytes = bytes.clone();
        drop(served);
        return if rel.ends_with(".html") {
            html(shared, 200, path, &bytes)
        } else {
            file(200, rel, bytes.to_vec())
        };
    }
    // A folder asked for without its slash: send the reader to it.
    if !rel.ends_with("index.html") && served.files.contains_key(&format!("{rel}/index.html")) {
        let to = if query.is_empty() {
            format!("{path}/")
        } else {
            format!("{path}/?{query}")
        };
        return redirect(&to);
    }
    drop(served);
    not_found(shared, path)
}

/// The 404 page of the language the path is in, with status 404.
fn not_found(shared: &Shared, path: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let served = shared.read();
    let first = path.trim_start_matches('/').split('/').next().unwrap_or("");
    let page = [format!("{first}/404.html"), "404.html".to_string()]
        .into_iter()
        .find_map(|p| served.files.get(&p).cloned());
    drop(served);
    match page {
        Some(bytes) => html(shared, 404, path, &bytes),
        None => own_page(
            shared,
            404,
            path,
            crate::msg!("serve-nothing-here").as_str(),
        ),
    }
}

/// Maps a request path to a file of the site, or `None` when it could leave
/// the site: percent-decoded once, then refused if it holds `..` or `.`
/// segments, empty segments, backslashes, NUL or a drive letter. A folder
/// path gets its `index.html`.
pub fn site_path(raw: &str) -> Option<String> {
    let raw = raw.strip_prefix('/')?;
    let decoded = String::from_utf8(percent_decode(raw)?).ok()?;
    if decoded.contains(['\0', '\\', ':']) || decoded.starts_with('/') {
        return None;
    }
    let (dir, last) = match decoded.rsplit_once('/') {
        Some((d, l)) => (Some(d), l),
        None => (None, decoded.as_str()),
    };
    let segments_ok = dir
        .into_iter()
        .flat_map(|d| d.split('/'))
        .all(|s| !s.is_empty() && s != "." && s != "..");
    if !segments_ok || last == "." || last == ".." {
        return None;
    }
    Some(if last.is_empty() {
        format!("{decoded}index.html")
    } else {
        decoded
    })
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The MIME type of a file, by its extension; text types say UTF-8.
pub fn mime(rel: &str) -> &'static str {
    crate::output::headers::content_type(rel)
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn file(status: u16, rel: &str, bytes: Vec<u8>) -> Response<std::io::Cursor<Vec<u8>>> {
    // Whole, with its Content-Length: the bytes are in memory, and without
    // this tiny_http sends anything over 32 KiB chunked.
    let mut r = Response::from_data(bytes)
        .with_status_code(status)
        .with_chunked_threshold(usize::MAX);
    for h in [
        header("Content-Type", mime(rel)),
        header("Cache-Control", "no-store"),
        header("X-Content-Type-Options", "nosniff"),
        header("Content-Security-Policy", CSP),
    ]
    .into_iter()
    .flatten()
    {
        r.add_header(h);
    }
    r
}

fn text(status: u16, body: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    file(status, "x.txt", body.as_bytes().to_vec())
}

fn redirect(to: &str) -> Response<std::io::Cursor<Vec<u8>>> {
    let mut r = text(301, "");
    if let Some(h) = header("Location", to) {
        r.add_header(h);
    }
    r
}

/// A page of the site with the live-reload script, and the overlay while
/// the site has errors. The page remembers the version it was served at.
fn html(
    shared: &Shared,
    status: u16,
    path: &str,
    bytes: &[u8],
) -> Response<std::io::Cursor<Vec<u8>>> {
    let served = shared.read();
    let version = served.version;
    let errors = served.errors.clone();
    drop(served);
    let page = String::from_utf8_lossy(bytes);
    file(
        status,
        "x.html",
        inject(&page, version, path, &errors).into_bytes(),
    )
}

/// Adds the stylesheet of the overlay before `</head>`, and the overlay (if
/// any) and the script before `</body>`. Nothing else of the page changes.
pub fn inject(page: &str, version: u64, path: &str, errors: &[Diagnostic]) -> String {
    let link = format!(r#"<link rel="stylesheet" href="{PREFIX}live.css">"#);
    let script = format!(
        r#"<script src="{PREFIX}live.js" data-version="{version}" data-page="{}" defer></script>"#,
        escape(path)
    );
    let tail = if errors.is_empty() {
        script
    } else {
        format!("{}{script}", overlay(errors))
    };
    let mut out = page.to_string();
    match out.rfind("</head>") {
        Some(at) => out.insert_str(at, &link),
        None => out.insert_str(0, &link),
    }
    match out.rfind("</body>") {
        Some(at) => out.insert_str(at, &tail),
        None => out.push_str(&tail),
    }
    out
}

/// A page of `serve`'s own: the site is being built, or there is none to show.
fn own_page(
    shared: &Shared,
    status: u16,
    path: &str,
    message: &str,
) -> Response<std::io::Cursor<Vec<u8>>> {
    let body = format!(
        "<!DOCTYPE html>\n<html lang=\"{}\"><head><meta charset=\"utf-8\"><title>gongkai serve</title></head><body><main><p>{}</p></main></body></html>\n",
        crate::diag::messages::lang().code(),
        escape(message)
    );
    html(shared, status, path, body.as_bytes())
}

/// The error overlay: each error's place, code, message, line and help.
pub fn overlay(errors: &[Diagnostic]) -> String {
    let mut s = format!(
        r#"<div id="gongkai-overlay" class="gongkai-overlay" role="alert" aria-labelledby="gongkai-overlay-title" lang="{}"><div class="gongkai-overlay-box">"#,
        crate::diag::messages::lang().code()
    );
    s.push_str(&format!(
        r#"<h2 id="gongkai-overlay-title">{}</h2><ol>"#,
        escape(crate::msg!("overlay-title", count = errors.len()).as_str())
    ));
    let (error, help) = (crate::msg!("severity-error"), crate::msg!("severity-help"));
    for d in errors {
        let place = if d.line > 0 {
            format!("{}:{}:{}", d.file, d.line, d.column.max(1))
        } else {
            d.file.clone()
        };
        s.push_str(&format!(
            r#"<li><p><code class="gongkai-place">{}</code> <strong>{error}[{}]</strong>: {}</p>"#,
            escape(&place),
            escape(&d.code),
            escape(&d.message)
        ));
        if let Some(line) = &d.source_line {
            s.push_str(&format!("<pre>{}</pre>", escape(line)));
        }
        if let Some(d_help) = &d.help {
            s.push_str(&format!("<p>{help}: {}</p>", escape(d_help)));
        }
        s.push_str("</li>");
    }
    s.push_str(&format!(
        "</ol><p>{}</p></div></div>",
        escape(crate::msg!("overlay-save").as_str())
    ));
    s
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `/__gongkai/events?v=VERSION&page=PATH`: the event stream of one open
/// page. A page that changed between being served and connecting is told
/// at once; then every change and error as it happens.
fn events(shared: &Shared, req: Request, query: &str) {
    let param = |name: &str| {
        query.split('&').find_map(|kv| {
            kv.split_once('=')
                .filter(|(k, _)| *k == name)
                .map(|(_, v)| {
                    String::from_utf8_lossy(&percent_decode(v).unwrap_or_default()).into_owned()
                })
        })
    };
    let version = param("v").and_then(|v| v.parse::<u64>().ok());
    let page = param("page").unwrap_or_default();
    let rx = shared.hub.join();
    let mut out = req.into_writer();
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream; charset=utf-8\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\nretry: 1000\n\n";
    if out
        .write_all(head.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return;
    }
    let first = {
        let served = shared.read();
        let mut first = String::new();
        if !served.errors.is_empty() {
            let data =
                serde_json::json!({"diagnostics": *served.errors, "html": overlay(&served.errors)});
            first.push_str(&format!("event: errors\ndata: {data}\n\n"));
        }
        if version.is_some_and(|v| served.stale(v, &page)) {
            let data = serde_json::json!({"version": served.version, "pages": ["*"]});
            first.push_str(&format!("event: reload\ndata: {data}\n\n"));
        }
        first
    };
    if out
        .write_all(first.as_bytes())
        .and_then(|_| out.flush())
        .is_err()
    {
        return;
    }
    loop {
        let msg: Arc<str> = match rx.recv_timeout(Duration::from_secs(10)) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => ": keep-alive\n\n".into(),
            Err(RecvTimeoutError::Disconnected) => return,
        };
        if out
            .write_all(msg.as_bytes())
            .and_then(|_| out.flush())
            .is_err()
        {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_site() {
        assert_eq!(site_path("/").as_deref(), Some("index.html"));
        assert_eq!(site_path("/en/").as_deref(), Some("en/index.html"));
        assert_eq!(
            site_path("/static/style.css").as_deref(),
            Some("static/style.css")
        );
        assert_eq!(site_path("/%E6%B5%8B.pdf").as_deref(), Some("测.pdf"));
        for bad in [
            "/../etc/passwd",
            "/en/../../etc/passwd",
            "/%2e%2e/etc/passwd",
            "/%2E%2E%2Fetc%2Fpasswd",
            "/..%2f..%2fetc/passwd",
            "/a/./b",
            "//etc/passwd",
            "/%2Fetc/passwd",
            "/a%5C..%5Cb",
            "/a%00.html",
            "/C:/Windows/win.ini",
            "/%zz",
            "/%ff%fe",
            "/..",
            "relative",
        ] {
            assert_eq!(site_path(bad), None, "{bad}");
        }
    }

    #[test]
    fn types_follow_extensions() {
        assert_eq!(mime("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(mime("static/style.1234.css"), "text/css; charset=utf-8");
        assert_eq!(mime("static/a.js"), "text/javascript; charset=utf-8");
        assert_eq!(mime("sitemap.xml"), "application/xml; charset=utf-8");
        assert_eq!(mime("forms/a.PDF"), "application/pdf");
        assert_eq!(mime("f.woff2"), "font/woff2");
        assert_eq!(mime("favicon.svg"), "image/svg+xml; charset=utf-8");
        assert_eq!(mime("README"), "application/octet-stream");
    }

    #[test]
    fn injection_adds_only_the_script_the_stylesheet_and_the_overlay() {
        let page = "<html><head><title>x</title></head><body><p>x</p></body></html>";
        let ok = inject(page, 3, "/en/", &[]);
        assert_eq!(
            ok,
            "<html><head><title>x</title><link rel=\"stylesheet\" href=\"/__gongkai/live.css\"></head><body><p>x</p><script src=\"/__gongkai/live.js\" data-version=\"3\" data-page=\"/en/\" defer></script></body></html>"
        );
        let d = Diagnostic::error(
            "E022",
            "content/a.md",
            crate::msg!("detail", detail = "written <after> published"),
        )
        .help(crate::msg!("detail", detail = "fix & save"));
        let broken = inject(page, 3, "/", &[d]);
        assert!(broken.contains("id=\"gongkai-overlay\""));
        assert!(broken.contains("error[E022]</strong>: written &lt;after&gt; published"));
        assert!(broken.contains("help: fix &amp; save"));
    }

    #[test]
    fn a_page_is_stale_when_a_later_change_names_it() {
        let mut s = Served::default();
        s.changed(vec!["/a/".into()]);
        s.changed(vec!["/b/".into()]);
        assert!(s.stale(1, "/b/"));
        assert!(!s.stale(1, "/a/"));
        assert!(!s.stale(2, "/b/"));
        assert!(s.stale(0, "/a/"));
        s.changed(vec!["*".into()]);
        assert!(s.stale(2, "/zzz/"));
    }
}
