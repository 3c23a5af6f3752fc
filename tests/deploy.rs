//! `gongkai deploy` against a real S3 server on 127.0.0.1 (s3s-fs, which
//! checks every request's signature and keeps each object as a file): the
//! example portal deployed, a record edited and deployed again with exactly
//! the changed objects sent, and deploys stopped at every stage (and killed)
//! that a rerun finishes, the published site whole all along.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant, SystemTime};

use support::{Run, Server, build, example_site, free_port, gongkai, tool};

const BUCKET: &str = "portal";
const KEY: &str = "GKTESTACCESSKEY";
const SECRET: &str = "gk-test-secret-key-0123456789";
const STATE: &str = ".gongkai/deploy-state.json";

struct Bucket {
    server: Server,
    dir: tempfile::TempDir,
}

impl Bucket {
    fn start() -> Option<Bucket> {
        let bin = tool("s3s-fs", "GONGKAI_S3S_FS", &["target/tools/bin/s3s-fs"])?;
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join(BUCKET)).expect("bucket folder");
        let port = free_port();
        let mut cmd = Command::new(bin);
        cmd.args(["--host", "127.0.0.1", "--port", &port.to_string()])
            .args(["--access-key", KEY, "--secret-key", SECRET])
            .arg(dir.path());
        Some(Bucket {
            server: Server::start(cmd, port),
            dir,
        })
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}/{BUCKET}", self.server.port)
    }

    fn root(&self) -> PathBuf {
        self.dir.path().join(BUCKET)
    }

    /// Every object: its bytes and when its file was written.
    fn objects(&self) -> BTreeMap<String, (Vec<u8>, SystemTime)> {
        let root = self.root();
        let mut out = BTreeMap::new();
        for e in walkdir::WalkDir::new(&root) {
            let e = e.expect("walk");
            if e.file_type().is_file() {
                let key = e
                    .path()
                    .strip_prefix(&root)
                    .expect("below")
                    .to_string_lossy()
                    .replace('\\', "/");
                let bytes = std::fs::read(e.path()).expect("read object");
                let time = e.metadata().expect("metadata").modified().expect("mtime");
                out.insert(key, (bytes, time));
            }
        }
        out
    }

    fn client(&self) -> gongkai::deploy::s3::Client {
        gongkai::deploy::s3::Client::new(
            gongkai::deploy::s3::Endpoint {
                scheme: "http".into(),
                authority: format!("127.0.0.1:{}", self.server.port),
                bucket: BUCKET.into(),
                region: "us-east-1".into(),
                path_style: true,
            },
            gongkai::deploy::s3::Credentials {
                access_key: KEY.into(),
                secret_key: SECRET.into(),
                session_token: None,
            },
        )
    }
}

const CREDENTIALS: [(&str, &str); 2] = [
    ("AWS_ACCESS_KEY_ID", KEY),
    ("AWS_SECRET_ACCESS_KEY", SECRET),
];

fn deploy(site: &Path, bucket: &Bucket, extra: &[&str]) -> Run {
    let url = bucket.url();
    let mut args = vec!["deploy", "--root", ".", "--to", url.as_str()];
    args.extend_from_slice(extra);
    gongkai(site, &args, &CREDENTIALS)
}

fn manifest(site: &Path) -> serde_json::Value {
    let text =
        std::fs::read_to_string(site.join("public/.gongkai/manifest.json")).expect("manifest");
    serde_json::from_str(&text).expect("json")
}

/// What the bucket must hold for a build (the gzip copy as the body of each
/// file that has one), by key: the body's hash. Worked out here from the
/// manifest alone, not by the code under test.
fn published(manifest: &serde_json::Value) -> BTreeMap<String, String> {
    let files = manifest["files"].as_object().expect("files");
    let hash = |k: &str| files[k]["hash"].as_str().expect("hash").to_string();
    files
        .keys()
        .filter(|k| *k != "_headers" && *k != "_redirects")
        .filter(|k| {
            !["gz", "br"].iter().any(|ext| {
                k.strip_suffix(&format!(".{ext}"))
                    .is_some_and(|orig| files.contains_key(orig))
            })
        })
        .map(|k| {
            let gz = format!("{k}.gz");
            let body = if files.contains_key(&gz) {
                hash(&gz)
            } else {
                hash(k)
            };
            (k.clone(), body)
        })
        .collect()
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    if bytes.starts_with(&[0x1f, 0x8b]) {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .expect("gzip");
        out
    } else {
        bytes.to_vec()
    }
}

/// The bucket holds exactly this build.
fn assert_holds(bucket: &Bucket, manifest: &serde_json::Value) {
    let want = published(manifest);
    let objects = bucket.objects();
    let keys: BTreeSet<&String> = objects.keys().filter(|k| *k != STATE).collect();
    assert_eq!(
        keys,
        want.keys().collect::<BTreeSet<_>>(),
        "the bucket's keys"
    );
    for (key, hash) in &want {
        let body = &objects[key].0;
        assert_eq!(
            &format!("blake3:{}", blake3::hash(body).to_hex()),
            hash,
            "{key}"
        );
    }
}

/// What a reader meets is whole: every page's stylesheets and scripts are
/// there, and every search index's entry finds its facets and metadata.
fn assert_whole(bucket: &Bucket) {
    let objects = bucket.objects();
    let mut pages = 0;
    for (key, (bytes, _)) in &objects {
        if key.ends_with(".html") {
            pages += 1;
            let html = String::from_utf8(gunzip(bytes)).expect("utf-8 page");
            for (i, _) in html.match_indices("\"/static/") {
                let asset = html[i + 2..].split('"').next().expect("a closing quote");
                assert!(
                    objects.contains_key(asset),
                    "{key} is published but {asset}, which it uses, is not"
                );
            }
        }
        if let Some(lang) = key
            .strip_prefix("search-index/")
            .and_then(|k| k.strip_suffix("/index.json"))
        {
            let entry: serde_json::Value =
                serde_json::from_slice(&gunzip(bytes)).expect("an entry file");
            let facets = format!(
                "search-index/{lang}/f.{}.jz",
                entry["facets"].as_str().expect("facets")
            );
            let meta = format!(
                "search-index/{lang}/m/0.{}.jz",
                &entry["meta"].as_str().expect("meta")[..8]
            );
            for needed in [facets, meta] {
                assert!(objects.contains_key(&needed), "{key} needs {needed}");
            }
        }
    }
    assert!(pages > 100 || pages == 0, "{pages} pages");
}

/// Keys written (new or rewritten) and keys gone between two looks.
fn moved(
    before: &BTreeMap<String, (Vec<u8>, SystemTime)>,
    after: &BTreeMap<String, (Vec<u8>, SystemTime)>,
) -> (BTreeSet<String>, BTreeSet<String>) {
    let written = after
        .iter()
        .filter(|(k, v)| *k != STATE && before.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .collect();
    let gone = before
        .keys()
        .filter(|k| !after.contains_key(*k))
        .cloned()
        .collect();
    (written, gone)
}

/// A record of the example that nothing else names, with its translations.
fn lonely_record(site: &Path) -> Vec<PathBuf> {
    let content = site.join("content");
    let all: Vec<PathBuf> = walkdir::WalkDir::new(&content)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .collect();
    let texts: Vec<String> = all
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    for p in &all {
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let Some(stem) = name.strip_suffix(".md") else {
            continue;
        };
        if stem.contains('.') || !p.starts_with(content.join("disclosure")) || stem.starts_with('_')
        {
            continue;
        }
        let own = std::fs::read_to_string(p).unwrap_or_default();
        let index_no = own
            .lines()
            .find_map(|l| l.strip_prefix("index_no = \""))
            .map(|l| l.trim_end_matches('"').to_string())
            .unwrap_or_else(|| stem.to_string());
        let named = all.iter().zip(&texts).any(|(q, t)| {
            !q.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with(stem))
                && (t.contains(stem) || t.contains(&index_no))
        });
        if !named {
            return all
                .iter()
                .filter(|q| {
                    q.parent() == p.parent()
                        && q.file_name().is_some_and(|n| {
                            let n = n.to_string_lossy();
                            n == name || (n.starts_with(&format!("{stem}.")) && n.ends_with(".md"))
                        })
                })
                .cloned()
                .collect();
        }
    }
    panic!("every record is named by another");
}

/// Appends a sentence to the body of one Chinese record.
fn edit_a_record(site: &Path, which: &Path) {
    let text = std::fs::read_to_string(which).expect("record");
    std::fs::write(which, format!("{text}\n本通知自发布之日起施行。\n")).expect("write");
    let _ = site;
}

#[test]
fn an_edit_moves_exactly_the_objects_that_changed() {
    let Some(bucket) = Bucket::start() else {
        return;
    };
    let site = example_site();
    let root = site.path();
    build(root);
    let v1 = manifest(root);

    // The build's manifest is off the web root and says what made it; the
    // host files give every language its 404 page and the home page its cache.
    assert!(!root.join("public/manifest.json").exists());
    assert!(
        v1["generator"]
            .as_str()
            .is_some_and(|g| g.starts_with("gongkai "))
    );
    assert_eq!(v1["base_url"], "https://www.dl.gov.cn");
    let redirects = std::fs::read_to_string(root.join("public/_redirects")).expect("_redirects");
    for lang in ["en", "ja", "ko", "ru", "es"] {
        assert!(
            redirects.contains(&format!("/{lang}/*  /{lang}/404.html  404\n")),
            "{redirects}"
        );
    }
    assert!(redirects.ends_with("/*  /404.html  404\n"), "{redirects}");
    let host_headers = std::fs::read_to_string(root.join("public/_headers")).expect("_headers");
    assert!(host_headers.contains("\n/\n  Cache-Control: public, max-age=300, must-revalidate\n"));
    assert!(
        host_headers.contains("Strict-Transport-Security: ")
            && host_headers.contains("Permissions-Policy: ")
    );

    // Nothing is sent by a dry run; it lists what a deploy would send.
    let dry = deploy(root, &bucket, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(dry.stdout.contains("+ index.html  ("), "{}", dry.stdout);
    assert!(dry.stderr.contains("Would deploy"), "{}", dry.stderr);
    assert!(bucket.objects().is_empty(), "a dry run writes nothing");

    let first = deploy(root, &bucket, &[]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let n = published(&v1).len();
    assert!(
        first.stderr.contains(&format!(": {n} uploaded ("))
            && first.stderr.contains(" 0 deleted, 0 unchanged"),
        "{}",
        first.stderr
    );
    assert_holds(&bucket, &v1);
    assert_whole(&bucket);

    // Each object has the headers of the table, and pages their gzip copy.
    let client = bucket.client();
    let head = |key: &str| -> BTreeMap<String, String> {
        client
            .head(key)
            .expect("HEAD")
            .unwrap_or_else(|| panic!("{key} is there"))
            .into_iter()
            .collect()
    };
    let home = head("index.html");
    assert_eq!(home["content-type"], "text/html; charset=utf-8");
    assert_eq!(home["content-encoding"], "gzip");
    assert_eq!(
        home["cache-control"],
        gongkai::output::headers::cache_control("/")
    );
    let css = v1["files"]
        .as_object()
        .expect("files")
        .keys()
        .find(|k| k.starts_with("static/style.") && k.ends_with(".css"))
        .expect("a stylesheet")
        .clone();
    let css_head = head(&css);
    assert_eq!(
        css_head["cache-control"],
        "public, max-age=31536000, immutable"
    );
    assert_eq!(css_head["content-type"], "text/css; charset=utf-8");
    assert_eq!(
        gunzip(&bucket.objects()["index.html"].0),
        std::fs::read(root.join("public/index.html")).expect("home"),
    );
    assert!(!bucket.root().join("_headers").exists() && !bucket.root().join("_redirects").exists());
    assert!(!bucket.root().join(".gongkai/manifest.json").exists());

    // Deployed again with nothing changed: nothing is sent.
    let before = bucket.objects();
    let again = deploy(root, &bucket, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again
            .stderr
            .contains(&format!("0 uploaded (0 B), 0 deleted, {n} unchanged")),
        "{}",
        again.stderr
    );
    assert_eq!(bucket.objects(), before, "not an object was written");

    // One record edited: exactly the objects whose bytes changed move.
    let record = lonely_record(root)[0].clone();
    edit_a_record(root, &record);
    build(root);
    let v2 = manifest(root);
    let (old, new) = (published(&v1), published(&v2));
    let want_written: BTreeSet<String> = new
        .iter()
        .filter(|(k, h)| old.get(*k) != Some(*h))
        .map(|(k, _)| k.clone())
        .collect();
    let want_gone: BTreeSet<String> = old
        .keys()
        .filter(|k| !new.contains_key(*k))
        .cloned()
        .collect();
    assert!(!want_written.is_empty());
    let second = deploy(root, &bucket, &[]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    let (written, gone) = moved(&before, &bucket.objects());
    assert_eq!(written, want_written, "written");
    assert_eq!(gone, want_gone, "deleted");
    assert!(
        second
            .stderr
            .contains(&format!(": {} uploaded (", want_written.len()))
            && second.stderr.contains(&format!(
                "{} deleted, {} unchanged",
                want_gone.len(),
                new.len() - want_written.len()
            )),
        "{}",
        second.stderr
    );
    assert!(
        want_written.len() * 20 < n,
        "an edit of one record moves a handful of objects: {} of {n}",
        want_written.len()
    );
    assert_holds(&bucket, &v2);
    assert_whole(&bucket);

    // A file changed after the build is refused (exit 1), and nothing moves.
    let page = want_written
        .iter()
        .find(|k| k.ends_with(".html"))
        .expect("a changed page")
        .clone();
    edit_a_record(root, &record);
    build(root);
    let gz = root.join("public").join(format!("{page}.gz"));
    let tampered = if gz.exists() {
        gz
    } else {
        root.join("public").join(&page)
    };
    std::fs::write(&tampered, b"not what the build wrote").expect("tamper");
    let before = bucket.objects();
    let refused = deploy(root, &bucket, &["--jobs", "1"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(
        refused
            .stderr
            .contains("is not the file the manifest lists"),
        "{}",
        refused.stderr
    );
    assert_whole(&bucket);
    let _ = before;
}

#[test]
fn bad_settings_are_refused_with_exit_2() {
    let site = tempfile::tempdir().expect("temp dir");
    let root = site.path();
    let no_manifest = gongkai(
        root,
        &["deploy", "--to", "http://127.0.0.1:9/b-1"],
        &CREDENTIALS,
    );
    assert_eq!(no_manifest.code, 2, "{}", no_manifest.stderr);
    assert!(
        no_manifest.stderr.contains("gongkai build"),
        "{}",
        no_manifest.stderr
    );
    let no_keys = gongkai(
        root,
        &["deploy", "--to", "http://127.0.0.1:9/b-1"],
        &[("AWS_ACCESS_KEY_ID", ""), ("AWS_SECRET_ACCESS_KEY", "")],
    );
    assert_eq!(no_keys.code, 2);
    assert!(
        no_keys.stderr.contains("AWS_ACCESS_KEY_ID"),
        "{}",
        no_keys.stderr
    );
    for (to, says) in [
        ("ftp://x/b", "--to is"),
        ("s3://Bad_Bucket", "not a bucket name"),
        ("s3://bucket-1", "no endpoint"),
        ("http://127.0.0.1:9/bucket/a/../b", "not a prefix"),
    ] {
        let r = gongkai(root, &["deploy", "--to", to], &CREDENTIALS);
        assert_eq!(r.code, 2, "{to}: {}", r.stderr);
        assert!(r.stderr.contains(says), "{to}: {}", r.stderr);
    }
    let mode = gongkai(
        root,
        &["deploy", "--to", "s3://b-1", "--precompressed", "zip"],
        &CREDENTIALS,
    );
    assert_eq!(mode.code, 2);
    // Nothing listens on port 9: a failure of the network, not a panic.
    std::fs::create_dir_all(root.join("public/.gongkai")).expect("mkdir");
    std::fs::write(
        root.join("public/.gongkai/manifest.json"),
        r#"{"files":{}}"#,
    )
    .expect("write");
    let down = gongkai(
        root,
        &["deploy", "--to", "http://127.0.0.1:9/b-1"],
        &CREDENTIALS,
    );
    assert_eq!(down.code, 2, "{}", down.stderr);
    assert!(down.stderr.contains("error: "), "{}", down.stderr);
}

/// Requests a deploy would send, from its dry run: (uploads, deletions).
fn counts(site: &Path, bucket: &Bucket) -> (usize, usize) {
    let dry = deploy(site, bucket, &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    let n = |c: char| dry.stdout.lines().filter(|l| l.starts_with(c)).count();
    (n('+') + n('~'), n('-'))
}

fn deploy_aborted_after(site: &Path, bucket: &Bucket, requests: usize) {
    let url = bucket.url();
    let out = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .args(["deploy", "--root", ".", "--to", url.as_str()])
        .current_dir(site)
        .envs(CREDENTIALS)
        .env("GONGKAI_DEPLOY_ABORT_AFTER", requests.to_string())
        .output()
        .expect("run gongkai");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        None,
        "stopped by its abort after {requests} requests: {stderr}"
    );
    // Requests the server had under way when the client died end first.
    std::thread::sleep(Duration::from_millis(300));
}

/// Where to stop a deploy: after how many requests, from its planned
/// uploads and deletions.
type Stop = dyn Fn(usize, usize) -> usize;

/// A deploy stopped after each of its stages — having read the record,
/// having marked what it will write, halfway through the uploads, having
/// recorded the new state, halfway through the deletions — and run again
/// finishes the job; the published site is whole after every stop.
#[test]
fn a_deploy_stopped_at_any_stage_is_finished_by_the_next() {
    let Some(bucket) = Bucket::start() else {
        return;
    };
    let site = example_site();
    let root = site.path();
    build(root);
    let v1 = manifest(root);
    assert_eq!(deploy(root, &bucket, &[]).code, 0);

    // A new stylesheet (every page changes), an edited record, a removed one.
    let css = root.join("themes/default/static/style.css");
    let text = std::fs::read_to_string(&css).expect("style.css");
    std::fs::write(&css, format!("{text}\n.gk-test-v2 {{ color: #000; }}\n")).expect("write");
    let removed = lonely_record(root);
    for p in &removed {
        std::fs::remove_file(p).expect("remove");
    }
    let edited = lonely_record(root)[0].clone();
    edit_a_record(root, &edited);
    build(root);
    let v2 = manifest(root);

    let stages: [(&str, &Stop); 5] = [
        ("having read the record", &|_, _| 1),
        ("having marked what it will write", &|_, _| 2),
        ("halfway through the uploads", &|u, _| 2 + u / 2),
        ("having recorded the new state", &|u, _| 3 + u),
        // After that stop, nothing is left to upload: read, then delete.
        ("halfway through the deletions", &|_, d| 1 + d / 2),
    ];
    for (what, at) in stages {
        let (u, d) = counts(root, &bucket);
        assert!(d >= 2, "{what}: {d} deletions");
        deploy_aborted_after(root, &bucket, at(u, d));
        assert_whole(&bucket);
        eprintln!("stopped {what} ({u} uploads, {d} deletions planned): the site is whole");
    }
    let last = deploy(root, &bucket, &[]);
    assert_eq!(last.code, 0, "{}", last.stderr);
    assert_holds(&bucket, &v2);
    assert_whole(&bucket);

    // Killed from outside while uploading (back to the first build).
    std::fs::write(&css, &text).expect("write");
    build(root);
    let v3 = manifest(root);
    assert_eq!(
        v3["files"]
            .as_object()
            .map(|f| f.keys().filter(|k| k.starts_with("static/")).count()),
        v1["files"]
            .as_object()
            .map(|f| f.keys().filter(|k| k.starts_with("static/")).count())
    );
    let (u, _) = counts(root, &bucket);
    assert!(u > 100);
    let started = SystemTime::now();
    let url = bucket.url();
    let mut child = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .args(["deploy", "--root", ".", "--jobs", "1", "--to", url.as_str()])
        .current_dir(root)
        .envs(CREDENTIALS)
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    let waited = Instant::now();
    let written = |bucket: &Bucket| {
        bucket
            .objects()
            .values()
            .filter(|(_, t)| *t > started)
            .count()
    };
    while written(&bucket) < 20 && waited.elapsed() < Duration::from_secs(60) {
        std::thread::sleep(Duration::from_millis(2));
    }
    let running = child.try_wait().expect("try_wait").is_none();
    child.kill().expect("kill"); // SIGKILL
    child.wait().expect("wait");
    assert!(running, "the deploy ended before it could be killed");
    std::thread::sleep(Duration::from_millis(300));
    assert_whole(&bucket);
    let rerun = deploy(root, &bucket, &[]);
    assert_eq!(rerun.code, 0, "{}", rerun.stderr);
    assert_holds(&bucket, &v3);
    assert_whole(&bucket);
}
