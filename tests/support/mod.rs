//! What the deploy, nginx and CI-recipe tests share: finding the external
//! programs they drive (installed by scripts/test), free ports on
//! 127.0.0.1, and a copy of the example portal to edit.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// A program the test needs: `$ENV_VAR`, else on PATH, else one of
/// `fallbacks`. Missing, the test is skipped with a note, unless
/// `GONGKAI_REQUIRE_TOOLS` is set (scripts/test sets it), when it fails.
pub fn tool(name: &str, env_var: &str, fallbacks: &[&str]) -> Option<PathBuf> {
    let found = std::env::var_os(env_var)
        .map(PathBuf::from)
        .filter(|p| p.is_file())
        .or_else(|| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|d| d.join(name))
                    .find(|p| p.is_file())
            })
        })
        .or_else(|| {
            fallbacks
                .iter()
                .map(|f| {
                    let p = Path::new(f);
                    if p.is_absolute() {
                        p.to_path_buf()
                    } else {
                        Path::new(REPO).join(p)
                    }
                })
                .find(|p| p.is_file())
        });
    if found.is_none() {
        let note =
            format!("{name} not found (set {env_var}, or run scripts/test, which installs it)");
        if std::env::var_os("GONGKAI_REQUIRE_TOOLS").is_some() {
            panic!("{note}");
        }
        eprintln!("skipped: {note}");
    }
    found
}

/// A port nothing listens on now, on 127.0.0.1.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// Waits until something accepts connections on the port.
pub fn wait_for_port(port: u16, child: &mut Child) {
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(20) {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!("the server exited: {status}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("nothing listens on 127.0.0.1:{port} after 20 s");
}

pub fn copy_dir(from: &Path, to: &Path) {
    for e in walkdir::WalkDir::new(from) {
        let e = e.expect("walk");
        let rel = e.path().strip_prefix(from).expect("below");
        let dest = to.join(rel);
        if e.file_type().is_dir() {
            std::fs::create_dir_all(&dest).expect("mkdir");
        } else {
            std::fs::copy(e.path(), &dest).expect("copy");
        }
    }
}

/// A copy of the example portal (site.toml, content, locales, themes) in a
/// temporary folder.
pub fn example_site() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy(
        Path::new(REPO).join("site.toml"),
        dir.path().join("site.toml"),
    )
    .expect("copy");
    for folder in ["content", "locales", "themes"] {
        let from = Path::new(REPO).join(folder);
        if from.exists() {
            copy_dir(&from, &dir.path().join(folder));
        }
    }
    dir
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn gongkai(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_gongkai"))
        .args(args)
        .current_dir(dir)
        .envs(env.iter().copied())
        .env_remove("GONGKAI_DEPLOY_ABORT_AFTER")
        .output()
        .expect("run gongkai");
    let r = Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    };
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    r
}

/// Builds the site in `root` into `root/public`.
pub fn build(root: &Path) {
    let r = gongkai(
        root,
        &["build", "--root", ".", "--today", "2026-11-26", "--quiet"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
}

/// A child process ended when dropped.
pub struct Server {
    pub child: Child,
    pub port: u16,
}

impl Server {
    pub fn start(mut cmd: Command, port: u16) -> Server {
        let mut child = cmd
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the server");
        wait_for_port(port, &mut child);
        Server { child, port }
    }
}

impl Drop for Server {
    /// Asks the server to stop (SIGTERM: nginx then stops its workers too),
    /// and kills it if it has not within five seconds.
    fn drop(&mut self) {
        let asked = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .is_ok_and(|s| s.success());
        let started = Instant::now();
        while asked && started.elapsed() < Duration::from_secs(5) {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
