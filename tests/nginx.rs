//! docs/deploy/nginx.conf, run by Debian's nginx on 127.0.0.1 over a build of
//! the example portal: the precompressed copies by Accept-Encoding, the
//! content types, cache and security headers of gongkai's headers table,
//! each language's 404 page, no listing, no way out of the folder.

mod support;

use std::collections::BTreeMap;
use std::io::{Read, Write};
use std::path::Path;
use std::process::Command;

use gongkai::output::headers;
use support::{REPO, Server, free_port, gongkai, tool};

const BROTLI_MODULE: &str = "/usr/lib/nginx/modules/ngx_http_brotli_static_module.so";

struct Reply {
    status: u16,
    headers: BTreeMap<String, String>,
    body: Vec<u8>,
}

/// One request, written by hand so that the path goes out exactly as given.
fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Reply {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    let mut req =
        format!("GET {path} HTTP/1.1\r\nHost: www.example.gov.cn\r\nConnection: close\r\n");
    if let Some(ae) = accept_encoding {
        req.push_str(&format!("Accept-Encoding: {ae}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).expect("send");
    let mut raw = Vec::new();
    s.read_to_end(&mut raw).expect("read");
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a header block");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|c| c.parse().ok())
        .expect("a status line");
    let mut headers = BTreeMap::new();
    for l in lines {
        if let Some((n, v)) = l.split_once(':') {
            headers.insert(n.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    Reply {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

fn gunzip(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(b)
        .read_to_end(&mut out)
        .expect("gzip");
    out
}

fn unbrotli(b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &b[..], &mut out).expect("brotli");
    out
}

/// The documented configuration with only its machine-specific lines changed.
fn config(tmp: &Path, public: &Path, port: u16) -> String {
    let text = std::fs::read_to_string(Path::new(REPO).join("docs/deploy/nginx.conf"))
        .expect("nginx.conf");
    let mut text = text;
    for (from, to) in [
        ("listen 80;", format!("listen 127.0.0.1:{port};")),
        (
            "root /var/www/gongkai/public;",
            format!("root {};", public.display()),
        ),
        (
            "pid /run/nginx-gongkai.pid;",
            format!("pid {}/nginx.pid;", tmp.display()),
        ),
        (
            "error_log /var/log/nginx/gongkai-error.log;",
            format!("error_log {}/error.log;", tmp.display()),
        ),
        (
            "access_log /var/log/nginx/gongkai-access.log;",
            format!("access_log {}/access.log;", tmp.display()),
        ),
    ] {
        assert!(text.contains(from), "nginx.conf has `{from}`");
        text = text.replace(from, &to);
    }
    text
}

#[test]
fn nginx_serves_the_build_as_the_headers_table_says() {
    let Some(nginx) = tool("nginx", "GONGKAI_NGINX", &["/usr/sbin/nginx"]) else {
        return;
    };
    if !Path::new(BROTLI_MODULE).exists() {
        let note =
            format!("{BROTLI_MODULE} missing (apt-get install libnginx-mod-http-brotli-static)");
        assert!(
            std::env::var_os("GONGKAI_REQUIRE_TOOLS").is_none(),
            "{note}"
        );
        eprintln!("skipped: {note}");
        return;
    }
    let tmp = tempfile::tempdir().expect("temp dir");
    // nginx's workers run as another user: they must be able to read it.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(tmp.path(), std::fs::Permissions::from_mode(0o755))
            .expect("chmod");
    }
    let public = tmp.path().join("public");
    let out = public.to_string_lossy().into_owned();
    let r = gongkai(
        Path::new(REPO),
        &[
            "build",
            "--root",
            ".",
            "--out",
            &out,
            "--today",
            "2026-11-26",
            "--quiet",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    // One small file of every type in the table.
    for (ext, _) in headers::CONTENT_TYPES {
        std::fs::create_dir_all(public.join("gk-types")).expect("mkdir");
        std::fs::write(public.join(format!("gk-types/a.{ext}")), b"x").expect("write");
    }
    let port = free_port();
    let conf = tmp.path().join("nginx.conf");
    std::fs::write(&conf, config(tmp.path(), &public, port)).expect("write conf");
    let mut test = Command::new(&nginx);
    let tested = test
        .args(["-t", "-e"])
        .arg(tmp.path().join("startup.log"))
        .arg("-c")
        .arg(&conf)
        .output()
        .expect("nginx -t");
    assert!(
        tested.status.success(),
        "nginx -t: {}",
        String::from_utf8_lossy(&tested.stderr)
    );
    let mut cmd = Command::new(&nginx);
    cmd.arg("-e")
        .arg(tmp.path().join("startup.log"))
        .arg("-c")
        .arg(&conf)
        .args(["-g", "daemon off;"]);
    let _server = Server::start(cmd, port);
    let file = |rel: &str| std::fs::read(public.join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));

    // Attachments with Chinese names, at the percent-encoded links their page has.
    let page = String::from_utf8(file("disclosure/2025/dl-2025-00050/index.html")).unwrap();
    let links: Vec<&str> = page
        .split("href=\"")
        .skip(1)
        .filter_map(|s| s.split('"').next())
        .filter(|h| h.starts_with("/disclosure/2025/dl-2025-00050/%"))
        .collect();
    assert_eq!(links.len(), 2, "the example's PDF and XLSX");
    for href in links {
        let rel = percent_encoding::percent_decode_str(&href[1..])
            .decode_utf8()
            .expect("UTF-8");
        let r = get(port, href, None);
        assert_eq!(r.status, 200, "{href}");
        assert_eq!(
            r.headers["content-type"],
            headers::content_type(&rel),
            "{href}"
        );
        assert_eq!(r.body, file(&rel), "{href}");
    }

    // The home page: brotli, gzip or plain by what the reader accepts.
    let br = get(port, "/", Some("gzip, deflate, br"));
    assert_eq!(br.status, 200);
    assert_eq!(
        br.headers.get("content-encoding").map(String::as_str),
        Some("br")
    );
    assert_eq!(
        br.headers["content-type"],
        headers::content_type("index.html")
    );
    assert_eq!(br.headers["cache-control"], headers::cache_control("/"));
    assert_eq!(br.headers["vary"], "Accept-Encoding");
    assert_eq!(unbrotli(&br.body), file("index.html"));
    let gz = get(port, "/en/", Some("gzip"));
    assert_eq!(
        gz.headers.get("content-encoding").map(String::as_str),
        Some("gzip")
    );
    assert_eq!(gunzip(&gz.body), file("en/index.html"));
    let plain = get(port, "/en/", None);
    assert_eq!(plain.status, 200);
    assert!(!plain.headers.contains_key("content-encoding"));
    assert_eq!(plain.body, file("en/index.html"));

    // Every header of the security table, on pages and on errors.
    let missing = get(port, "/en/no-such-page/", None);
    for reply in [&br, &plain, &missing] {
        for (name, value) in headers::SECURITY {
            assert_eq!(
                reply
                    .headers
                    .get(&name.to_ascii_lowercase())
                    .map(String::as_str),
                Some(*value),
                "{name}"
            );
        }
    }

    // Each language's 404 page, with status 404.
    assert_eq!(missing.status, 404);
    assert_eq!(missing.body, file("en/404.html"));
    assert!(String::from_utf8_lossy(&missing.body).contains("lang=\"en\""));
    let zh = get(port, "/disclosure/no-such-record/", None);
    assert_eq!(zh.status, 404);
    assert_eq!(zh.body, file("404.html"));
    assert!(String::from_utf8_lossy(&zh.body).contains("lang=\"zh-CN\""));
    let ja = get(port, "/ja/nothing.html", Some("gzip"));
    assert_eq!(ja.status, 404);
    assert_eq!(gunzip(&ja.body), file("ja/404.html"));

    // The content type of every kind of file, as the table has it.
    for (ext, _) in headers::CONTENT_TYPES {
        let rel = format!("gk-types/a.{ext}");
        let r = get(port, &format!("/{rel}"), None);
        assert_eq!(r.status, 200, "{rel}");
        assert_eq!(
            r.headers["content-type"],
            headers::content_type(&rel),
            "{rel}"
        );
    }
    // The cache of the build's files, as the table has it (one in seven, and
    // every folder's page by its folder's URL).
    let manifest: serde_json::Value =
        serde_json::from_slice(&file(".gongkai/manifest.json")).expect("manifest");
    let files = manifest["files"].as_object().expect("files");
    let mut asked = 0;
    for (i, rel) in files.keys().enumerate() {
        let skip = rel.ends_with(".gz") || rel.ends_with(".br") || rel.starts_with('_');
        if skip || (i % 7 != 0 && !rel.starts_with("static/") && !rel.contains("/index.json")) {
            continue;
        }
        let path = match rel.strip_suffix("index.html") {
            Some(folder) => format!("/{folder}"),
            None => format!("/{rel}"),
        };
        // As a link has it: a file name may be Chinese and hold spaces.
        const PATH: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
            .remove(b'/')
            .remove(b'-')
            .remove(b'.')
            .remove(b'_')
            .remove(b'~');
        let path = percent_encoding::utf8_percent_encode(&path, PATH).to_string();
        let r = get(port, &path, Some("br, gzip"));
        assert_eq!(r.status, 200, "{path}");
        assert_eq!(
            r.headers["cache-control"],
            headers::cache_control(rel),
            "{path}"
        );
        assert_eq!(
            r.headers["content-type"],
            headers::content_type(rel),
            "{path}"
        );
        asked += 1;
    }
    assert!(asked > 200, "{asked}");

    // A folder without its slash is redirected, within the site.
    let bare = get(port, "/en/disclosure", None);
    assert_eq!(bare.status, 301);
    assert_eq!(bare.headers["location"], "/en/disclosure/");

    // Not served: the manifest, the host files, a folder's listing, and
    // anything outside the folder.
    for path in ["/.gongkai/manifest.json", "/_headers", "/_redirects"] {
        assert_eq!(get(port, path, None).status, 404, "{path}");
    }
    let listing = get(port, "/static/", None);
    assert!(matches!(listing.status, 403 | 404), "{}", listing.status);
    assert!(!String::from_utf8_lossy(&listing.body).contains("Index of"));
    for path in [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/en/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/static/%2E%2E/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
        "/..\\..\\..\\etc\\passwd",
    ] {
        let r = get(port, path, None);
        assert_ne!(r.status, 200, "{path}");
        assert!(
            !String::from_utf8_lossy(&r.body).contains("root:"),
            "{path}"
        );
    }
}
