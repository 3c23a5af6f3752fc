//! `gongkai serve` as an editor meets it: the real binary on a free port
//! against a small site in a temporary folder, spoken to over plain HTTP.
//! Every wait polls with a generous deadline: the machine may be slow.
#![cfg(unix)]

mod common;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use common::{RECORD, Site};

const DEADLINE: Duration = Duration::from_secs(90);
const RECORD_PATH: &str = "content/disclosure/2024/dl-2024-00012.md";
const RECORD_URL: &str = "/disclosure/2024/dl-2024-00012/";

struct Server {
    child: Child,
    addr: String,
    log: Arc<Mutex<String>>,
}

struct Reply {
    status: u16,
    headers: String,
    body: String,
}

impl Reply {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.lines().find_map(|l| {
            l.split_once(':')
                .filter(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.trim())
        })
    }
}

impl Server {
    /// Starts serving and waits for the home page.
    fn start(site: &Site) -> Server {
        let server = Server::spawn(site);
        server.wait_for("/", |r| r.status == 200);
        server
    }

    /// Starts serving and waits only for the address.
    fn spawn(site: &Site) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
            .args(["serve", "--root", ".", "--port", "0"])
            .current_dir(site.dir.path())
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .expect("start gongkai serve");
        let log = Arc::new(Mutex::new(String::new()));
        let stderr = child.stderr.take().expect("stderr");
        {
            let log = log.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                    let mut l = log.lock().unwrap();
                    l.push_str(&line);
                    l.push('\n');
                }
            });
        }
        let started = Instant::now();
        let addr = loop {
            let text = log.lock().unwrap().clone();
            if let Some(rest) = text.split("at http://").nth(1) {
                break rest.split('/').next().unwrap().to_string();
            }
            assert!(started.elapsed() < DEADLINE, "serve did not start:\n{text}");
            std::thread::sleep(Duration::from_millis(50));
        };
        Server { child, addr, log }
    }

    fn log(&self) -> String {
        self.log.lock().unwrap().clone()
    }

    /// One request, sent as written (no normalisation of the path).
    fn get(&self, path: &str) -> Reply {
        let mut s = TcpStream::connect(&self.addr).expect("connect");
        s.set_read_timeout(Some(DEADLINE)).unwrap();
        write!(
            s,
            "GET {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
            self.addr
        )
        .unwrap();
        let mut raw = Vec::new();
        s.read_to_end(&mut raw).expect("read the reply");
        let raw = String::from_utf8_lossy(&raw).into_owned();
        let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
        let status = head
            .split(' ')
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        Reply {
            status,
            headers: head.to_string(),
            body: body.to_string(),
        }
    }

    /// Asks for `path` until `ok` holds for the reply.
    fn wait_for(&self, path: &str, ok: impl Fn(&Reply) -> bool) -> Reply {
        let started = Instant::now();
        loop {
            let r = self.get(path);
            if ok(&r) {
                return r;
            }
            assert!(
                started.elapsed() < DEADLINE,
                "{path} never became as expected; last reply {} {}\nserver log:\n{}",
                r.status,
                &r.body[..r.body.len().min(2000)],
                self.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The page as the build writes it: what serve adds taken out again.
fn without_live_reload(html: &str) -> String {
    let mut s = html.replace(r#"<link rel="stylesheet" href="/__gongkai/live.css">"#, "");
    if let Some(start) = s.find(r#"<script src="/__gongkai/live.js""#) {
        let end = s[start..].find("</script>").map(|e| start + e + 9);
        s.replace_range(start..end.unwrap_or(s.len()), "");
    }
    s
}

#[test]
fn an_edit_is_served_after_a_save() {
    let site = Site::new();
    let server = Server::start(&site);
    let page = server.get(RECORD_URL);
    assert_eq!(page.status, 200);
    assert!(page.body.contains("关于优化营商环境的通知"));

    site.write(
        RECORD_PATH,
        &RECORD.replace("关于优化营商环境的通知", "关于进一步优化营商环境的通知"),
    );
    server.wait_for(RECORD_URL, |r| {
        r.body.contains("关于进一步优化营商环境的通知")
    });
    // The listings that show the record follow.
    server.wait_for("/disclosure/", |r| {
        r.body.contains("关于进一步优化营商环境的通知")
    });
    server.wait_for("/", |r| r.body.contains("关于进一步优化营商环境的通知"));
    assert!(
        !site.path("public").exists(),
        "serve must never write the editor's public/"
    );
}

#[test]
fn a_broken_edit_shows_the_errors_and_keeps_the_last_good_page() {
    let site = Site::new();
    let server = Server::start(&site);
    site.write(
        RECORD_PATH,
        &RECORD
            .replace("written = 2024-03-01", "written = 2024-04-01")
            .replace("关于优化营商环境的通知", "关于出错的通知"),
    );
    let broken = server.wait_for(RECORD_URL, |r| r.body.contains("gongkai-overlay"));
    assert!(broken.body.contains("error[E022]"), "{}", broken.body);
    assert!(
        broken
            .body
            .contains("content/disclosure/2024/dl-2024-00012.md:")
    );
    assert!(broken.body.contains("help: "));
    assert!(
        broken.body.contains("关于优化营商环境的通知") && !broken.body.contains("关于出错的通知"),
        "the last good page stays served"
    );
    // Every page carries the overlay, not only the broken one's.
    assert!(server.get("/en/").body.contains("error[E022]"));

    // A syntax error is shown the same way.
    site.write(
        RECORD_PATH,
        &RECORD.replace("agency = \"city\"", "agency = city\""),
    );
    server.wait_for(RECORD_URL, |r| r.body.contains("error[E001]"));

    site.write(
        RECORD_PATH,
        &RECORD.replace("关于优化营商环境的通知", "关于修好的通知"),
    );
    let fixed = server.wait_for(RECORD_URL, |r| r.body.contains("关于修好的通知"));
    assert!(!fixed.body.contains("gongkai-overlay"));
    assert!(!server.get("/en/").body.contains("gongkai-overlay"));
}

#[test]
fn a_link_to_nothing_in_an_edited_template_shows_in_the_overlay() {
    let site = Site::new();
    // The site's own copy of a template of the theme (folders are watched
    // when they exist as serve starts).
    let theme = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/themes/default/templates/record.html"
    );
    let record = std::fs::read_to_string(theme).unwrap();
    site.write("themes/default/templates/record.html", &record);
    let server = Server::start(&site);
    let end = "{% endblock content %}";
    let broken = record.replacen(end, &format!("<a href=\"/nowhere/at-all/\">x</a>{end}"), 1);
    assert_ne!(broken, record);
    site.write("themes/default/templates/record.html", &broken);
    let page = server.wait_for(RECORD_URL, |r| r.body.contains("error[E036]"));
    assert!(page.body.contains("/nowhere/at-all/"), "{}", page.body);
    assert!(page.body.contains("gongkai-overlay"));
    // The same check as a build's: the build fails on it too.
    let built = site.run(&["build", "--root", ".", "--out", "fresh"]);
    assert_eq!(built.code, 1, "{}", built.stderr);
    assert!(built.stderr.contains("E036"), "{}", built.stderr);

    site.write("themes/default/templates/record.html", &record);
    server.wait_for(RECORD_URL, |r| {
        !r.body.contains("gongkai-overlay") && !r.body.contains("/nowhere/at-all/")
    });
}

#[test]
fn a_site_broken_from_the_start_is_served_once_fixed() {
    let site = Site::new();
    site.write("site.toml", &common::SITE_TOML.replace("[i18n]", "[i18n\n"));
    let server = Server::spawn(&site);
    let broken = server.wait_for("/", |r| r.body.contains("gongkai-overlay"));
    assert!(broken.body.contains("site.toml"), "{}", broken.body);
    assert!(broken.body.contains("error[E001]"), "{}", broken.body);
    site.write("site.toml", common::SITE_TOML);
    server.wait_for(RECORD_URL, |r| {
        r.status == 200 && !r.body.contains("gongkai-overlay")
    });
}

#[test]
fn paths_that_leave_the_site_get_404_and_files_their_types() {
    let site = Site::new();
    site.write("content/forms/application.pdf", "%PDF-1.4 test");
    let server = Server::start(&site);
    for path in [
        "/../site.toml",
        "/%2e%2e/site.toml",
        "/%2E%2E%2Fsite.toml",
        "/disclosure/..%2f..%2fsite.toml",
        "/..%5csite.toml",
        "//etc/passwd",
        "/%2fetc/passwd",
        "/index.html%00.txt",
        "/./index.html",
        "/content/disclosure/2024/dl-2024-00012.md",
        "/site.toml",
    ] {
        let r = server.get(path);
        assert_eq!(r.status, 404, "{path}");
        assert!(!r.body.contains("base_url"), "{path} leaked site.toml");
    }
    let html = server.get("/en/");
    assert_eq!(
        html.header("content-type"),
        Some("text/html; charset=utf-8")
    );
    assert!(html.header("content-security-policy").is_some());
    let pdf = server.get("/forms/application.pdf");
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    let css = html
        .body
        .split('"')
        .find(|s| s.starts_with("/static/style.") && s.ends_with(".css"))
        .expect("a stylesheet link");
    assert_eq!(
        server.get(css).header("content-type"),
        Some("text/css; charset=utf-8")
    );
    assert_eq!(
        server.get("/sitemap.xml").header("content-type"),
        Some("application/xml; charset=utf-8")
    );
    assert_eq!(
        server.get("/__gongkai/live.js").header("content-type"),
        Some("text/javascript; charset=utf-8")
    );
    // A missing page gets the language's 404 page; a folder without its slash a redirect.
    let missing = server.get("/en/no-such-page/");
    assert_eq!(missing.status, 404);
    assert!(missing.body.contains("lang=\"en\""));
    let folder = server.get("/en");
    assert_eq!(folder.status, 301);
    assert_eq!(folder.header("location"), Some("/en/"));
}

#[test]
fn the_live_reload_event_arrives() {
    let site = Site::new();
    let server = Server::start(&site);
    let page = server.get(RECORD_URL);
    let version = page
        .body
        .split("data-version=\"")
        .nth(1)
        .and_then(|s| s.split('"').next())
        .expect("the live-reload script with its version")
        .to_string();
    let mut events = TcpStream::connect(&server.addr).unwrap();
    events.set_read_timeout(Some(DEADLINE)).unwrap();
    write!(
        events,
        "GET /__gongkai/events?v={version}&page={RECORD_URL} HTTP/1.1\r\nHost: x\r\n\r\n"
    )
    .unwrap();
    let mut seen = String::new();
    let mut buf = [0u8; 4096];
    // The stream is open before the edit is made.
    while !seen.contains("retry:") {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("text/event-stream"), "{seen}");
    site.write(RECORD_PATH, &RECORD.replace("十二条措施。", "十三条措施。"));
    let started = Instant::now();
    while !(seen.contains("event: reload") && seen.contains(&format!("\"{RECORD_URL}\""))) {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
        assert!(started.elapsed() < DEADLINE, "no reload event: {seen}");
    }
    // A broken edit sends the errors, the next good one says they are fixed.
    site.write(
        RECORD_PATH,
        &RECORD.replace("topic = \"economy-state-assets\"", "topic = \"economy\""),
    );
    while !seen.contains("event: errors") {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    assert!(seen.contains("\"code\":\"E021\""), "{seen}");
    site.write(RECORD_PATH, RECORD);
    while !seen.contains("event: fixed") {
        let n = events.read(&mut buf).expect("event stream");
        assert!(n > 0, "stream closed: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
}

#[test]
fn edits_leave_the_served_site_as_a_fresh_build_would_write_it() {
    let site = Site::new();
    let server = Server::start(&site);
    // A title in the source and in a translation, a new record in a new
    // folder, a record removed (and its folder with it), a menu page.
    site.write(RECORD_PATH, &RECORD.replace("十二条措施。", "十二项措施。"));
    site.write(
        "content/disclosure/2024/dl-2024-00012.en.md",
        &common::RECORD_EN.replace("Notice on", "Circular on"),
    );
    site.write(
        "content/disclosure/2025/dl-2025-00001.md",
        &RECORD
            .replace("2024-00012", "2025-00001")
            .replace("2024-03-0", "2025-03-0")
            .replace("〔2024〕12号", "〔2025〕1号")
            .replace("关于优化营商环境的通知", "关于二〇二五年的通知"),
    );
    site.remove("content/disclosure/2022/dl-2022-00003.md");
    // A page in the menu of every page.
    site.write(
        "content/invest/_index.en.md",
        &common::PAGE_EN_ONLY.replace("Invest in", "Investing in"),
    );
    server.wait_for("/en/invest/", |r| r.body.contains("Investing in"));
    server.wait_for("/disclosure/2025/dl-2025-00001/", |r| r.status == 200);
    server.wait_for("/disclosure/2022/dl-2022-00003/", |r| r.status == 404);
    server.wait_for("/en/disclosure/2024/dl-2024-00012/", |r| {
        r.body.contains("Circular on")
    });
    server.wait_for(RECORD_URL, |r| r.body.contains("十二项措施。"));
    // Let the pages that show the edited ones catch up.
    server.wait_for("/disclosure/", |r| r.body.contains("关于二〇二五年的通知"));

    let out = site.path("fresh");
    let built = site.run(&["build", "--root", ".", "--out", "fresh", "--no-compress"]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let (mut compared, mut searched) = (0, 0);
    for (rel, bytes) in common::snapshot(&out) {
        // Pages, feeds, site maps, styles and the whole search index.
        let published = [".html", ".xml", ".css", ".json", ".js"];
        if !published.iter().any(|ext| rel.ends_with(ext)) || rel.starts_with(".gongkai/") {
            continue;
        }
        let url = format!("/{}", rel.trim_end_matches("index.html"));
        let served = server.get(&url);
        assert!(
            served.status == 200 || rel.ends_with("404.html"),
            "{url}: {}",
            served.status
        );
        assert_eq!(
            without_live_reload(&served.body),
            String::from_utf8_lossy(&bytes),
            "{url} differs from a fresh build"
        );
        compared += 1;
        searched += usize::from(rel.starts_with("search-index/"));
    }
    assert!(compared > 20, "only {compared} files compared");
    assert!(searched > 0, "no file of the search index compared");
    assert_eq!(
        server.get("/disclosure/2022/").status,
        404,
        "an emptied folder's page is gone"
    );
}

#[test]
fn ctrl_c_stops_the_server_cleanly() {
    let site = Site::new();
    let mut server = Server::start(&site);
    let pid = server.child.id().to_string();
    let sent = Command::new("kill").args(["-INT", &pid]).status().unwrap();
    assert!(sent.success());
    let started = Instant::now();
    let status = loop {
        if let Some(s) = server.child.try_wait().unwrap() {
            break s;
        }
        assert!(started.elapsed() < DEADLINE, "still running after Ctrl-C");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(status.success(), "{status:?}\n{}", server.log());
    std::thread::sleep(Duration::from_millis(200));
    assert!(server.log().contains("Stopping."));
    assert!(
        TcpStream::connect(&server.addr).is_err(),
        "the port is closed"
    );
}

#[test]
fn an_attachment_with_a_chinese_name_is_served_at_its_encoded_link() {
    let site = Site::new();
    site.write(
        RECORD_PATH,
        &RECORD.replacen(
            "summary = \"十二条措施。\"\n",
            "summary = \"十二条措施。\"\n\n[[attachments]]\nfile = \"dl-2024-00012/附件1 细则.pdf\"\ntitle = \"附件1\"\n",
            1,
        ),
    );
    site.write(
        "content/disclosure/2024/dl-2024-00012/附件1 细则.pdf",
        "%PDF-1.4 attachment",
    );
    let server = Server::start(&site);
    let page = server.get(RECORD_URL);
    let href = "/disclosure/2024/dl-2024-00012/%E9%99%84%E4%BB%B61%20%E7%BB%86%E5%88%99.pdf";
    assert!(
        page.body.contains(&format!("href=\"{href}\"")),
        "{}",
        page.body
    );
    let pdf = server.get(href);
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.header("content-type"), Some("application/pdf"));
    assert_eq!(pdf.body, "%PDF-1.4 attachment");
    assert!(page.body.contains("（PDF，19 B）"), "{}", page.body);
    // A new version of the file: the page shows its new size, and a file
    // that is no PDF any more is an error in the overlay.
    let mut bigger = b"%PDF-1.4 ".to_vec();
    bigger.resize(2_000, b' ');
    site.write_bytes(
        "content/disclosure/2024/dl-2024-00012/附件1 细则.pdf",
        &bigger,
    );
    server.wait_for(RECORD_URL, |r| r.body.contains("（PDF，2 KB）"));
    site.write(
        "content/disclosure/2024/dl-2024-00012/附件1 细则.pdf",
        "<html>not a pdf</html>",
    );
    server.wait_for(RECORD_URL, |r| r.body.contains("E063"));
}
