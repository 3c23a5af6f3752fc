//! `gongkai deploy`: publishes a built output folder to S3-compatible object
//! storage (Aliyun OSS, Tencent COS, Huawei OBS, MinIO, AWS S3) by its
//! manifest, sending only what changed, in an order where no reader meets a
//! page whose assets are missing, and so that a deploy stopped at any point
//! and run again finishes the job.
//!
//! How: the bucket keeps a record of what the deploys put there
//! (`plan::STATE_KEY`). A deploy reads it, compares it with the build's
//! manifest (`plan`), and then
//!
//! 1. records that the objects it is about to write are in doubt;
//! 2. uploads the new and changed objects: fingerprinted assets first, then
//!    other files, then new pages, then changed pages — each with its
//!    `Content-Type` and `Cache-Control` from `crate::output::headers`;
//! 3. records the new state, with the keys that vanished still listed;
//! 4. deletes those keys, and records that they are gone.
//!
//! Stopped before 3, the record names every object in doubt and the next
//! run uploads again those it needs and deletes the others; stopped in 4,
//! the next run deletes what is left. Objects the record never named (put
//! there by hand or by another tool) are never touched.
//!
//! Not for: building (it reads the output and never renders), serving, or
//! hosts that take a folder (Netlify, Cloudflare Pages: they read `_headers`
//! and `_redirects`). Two deploys to one bucket at once are not guarded.

pub mod plan;
pub mod s3;

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::config::DeployRules;
use crate::output::{MANIFEST, Manifest};
pub use plan::{Mode, Object, Plan, STATE_KEY, State, Tier};

/// What to publish where.
#[derive(Debug, Clone)]
pub struct Options {
    /// The built output folder, with its manifest.
    pub dir: PathBuf,
    pub endpoint: s3::Endpoint,
    /// Where in the bucket the site starts: empty, or ending in `/`.
    pub prefix: String,
    pub mode: Mode,
    pub credentials: s3::Credentials,
    /// Only work out the plan.
    pub dry_run: bool,
    /// Uploads at once.
    pub jobs: usize,
}

/// What a deploy did (or, with `dry_run`, would do).
#[derive(Debug, Clone)]
pub struct Summary {
    pub uploaded: usize,
    pub deleted: usize,
    pub unchanged: usize,
    /// Bytes of the bodies uploaded.
    pub bytes: u64,
    pub seconds: f64,
    pub dry_run: bool,
    pub plan: Plan,
    /// `s3://bucket/prefix`.
    pub target: String,
}

/// Why a deploy stopped.
#[derive(Debug)]
pub enum Error {
    /// The output is not what its manifest says (exit 1).
    Content(String),
    /// Bad settings or arguments (exit 2).
    Usage(String),
    /// The disk or the storage failed (exit 2).
    Io(String),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Content(_) => 1,
            Error::Usage(_) | Error::Io(_) => 2,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Error::Content(m) | Error::Usage(m) | Error::Io(m) => m,
        }
    }
}

/// Told how far the uploads have come, from the threads that send them.
pub trait Progress: Sync {
    fn start(&self, objects: u64, bytes: u64);
    fn uploaded(&self, bytes: u64);
    fn deleting(&self, keys: u64);
}

const DEFAULT_JOBS: usize = 8;

impl Options {
    /// The options from `[deploy]` in site.toml (`rules`) with the command
    /// line's values laid over it, and credentials from the environment.
    pub fn resolve(rules: &DeployRules, dir: PathBuf, dry_run: bool) -> Result<Options, Error> {
        let usage = Error::Usage;
        let mut endpoint = rules
            .endpoint
            .as_deref()
            .map(s3::Endpoint::parse_base)
            .transpose()
            .map_err(usage)?;
        let mut bucket = rules.bucket.clone();
        let mut prefix = rules.prefix.clone().unwrap_or_default();
        let mut path_style = rules.path_style;
        if let Some(to) = &rules.to {
            if let Some(rest) = to.strip_prefix("s3://") {
                let (b, p) = rest.split_once('/').unwrap_or((rest, ""));
                bucket = Some(b.to_string());
                prefix = p.to_string();
            } else if to.starts_with("http://") || to.starts_with("https://") {
                let (scheme, rest) = to.split_once("://").unwrap_or(("https", to));
                let mut parts = rest.splitn(3, '/');
                let host = parts.next().unwrap_or("");
                endpoint =
                    Some(s3::Endpoint::parse_base(&format!("{scheme}://{host}")).map_err(usage)?);
                bucket = parts.next().map(str::to_string);
                prefix = parts.next().unwrap_or("").to_string();
                path_style = Some(true);
            } else {
                return Err(Error::Usage(format!(
                    "`{to}`: --to is s3://BUCKET/PREFIX or https://ENDPOINT/BUCKET/PREFIX"
                )));
            }
        }
        let bucket = bucket.filter(|b| !b.is_empty()).ok_or_else(|| {
            Error::Usage("no bucket: give --to s3://BUCKET or [deploy] bucket in site.toml".into())
        })?;
        if !valid_bucket(&bucket) {
            return Err(Error::Usage(format!(
                "`{bucket}` is not a bucket name (3–63 lowercase letters, digits, `-` and `.`)"
            )));
        }
        let (scheme, authority) = endpoint.ok_or_else(|| {
            Error::Usage(
                "no endpoint: give --endpoint https://… or [deploy] endpoint in site.toml (the storage's S3 endpoint, e.g. https://oss-cn-hangzhou.aliyuncs.com)".into(),
            )
        })?;
        let prefix = normalize_prefix(&prefix)?;
        let region = rules
            .region
            .clone()
            .or_else(|| std::env::var("AWS_REGION").ok())
            .or_else(|| std::env::var("AWS_DEFAULT_REGION").ok())
            .filter(|r| !r.trim().is_empty())
            .unwrap_or_else(|| "us-east-1".into());
        let local = is_local(&authority);
        let mode = match &rules.precompressed {
            Some(m) => Mode::parse(m).map_err(usage)?,
            None => Mode::ContentEncoding,
        };
        let jobs = rules.jobs.unwrap_or(DEFAULT_JOBS);
        if jobs == 0 || jobs > 256 {
            return Err(Error::Usage(format!("jobs = {jobs}: give 1 to 256")));
        }
        Ok(Options {
            dir,
            endpoint: s3::Endpoint {
                scheme,
                authority,
                bucket,
                region,
                path_style: path_style.unwrap_or(local),
            },
            prefix,
            mode,
            credentials: s3::Credentials::from_env().map_err(usage)?,
            dry_run,
            jobs,
        })
    }

    pub fn target(&self) -> String {
        format!("s3://{}/{}", self.endpoint.bucket, self.prefix)
    }
}

fn valid_bucket(b: &str) -> bool {
    (3..=63).contains(&b.len())
        && b.bytes()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'-' || c == b'.')
        && !b.starts_with(['-', '.'])
        && !b.ends_with(['-', '.'])
}

fn normalize_prefix(p: &str) -> Result<String, Error> {
    let p = p.trim_matches('/');
    if p.is_empty() {
        return Ok(String::new());
    }
    if p.split('/').any(|s| s.is_empty() || s == "." || s == "..") || p.contains(['\\', '\0']) {
        return Err(Error::Usage(format!(
            "`{p}` is not a prefix: folder names separated by `/`, without `.` or `..`"
        )));
    }
    Ok(format!("{p}/"))
}

fn is_local(authority: &str) -> bool {
    let host = match authority.strip_prefix('[') {
        Some(v6) => v6.split(']').next().unwrap_or(""),
        None => authority.rsplit_once(':').map_or(authority, |(h, _)| h),
    };
    host == "localhost" || host.parse::<std::net::IpAddr>().is_ok()
}

/// Reads the output's manifest.
pub fn read_manifest(dir: &Path) -> Result<Manifest, Error> {
    let path = dir.join(MANIFEST);
    let text = std::fs::read_to_string(&path).map_err(|e| {
        let old = dir.join("manifest.json").exists();
        Error::Usage(format!(
            "cannot read {}: {e}; {}",
            path.display(),
            if old {
                "the output was made by an older gongkai: run `gongkai build` again"
            } else {
                "is it a folder `gongkai build` wrote? (--dir)"
            }
        ))
    })?;
    let manifest: Manifest = serde_json::from_str(&text).map_err(|e| {
        Error::Content(format!("{} is not a gongkai manifest: {e}", path.display()))
    })?;
    if let Some(bad) = manifest.files.keys().find(|k| {
        k.starts_with('/')
            || k.split('/').any(|s| s.is_empty() || s == "..")
            || k.starts_with(".gongkai/")
    }) {
        return Err(Error::Content(format!(
            "{} lists `{bad}`, which is no file of an output",
            path.display()
        )));
    }
    Ok(manifest)
}

/// Works out the plan: reads the manifest and the bucket's record.
pub fn plan(opts: &Options) -> Result<(Plan, s3::Client, State), Error> {
    let manifest = read_manifest(&opts.dir)?;
    let client = s3::Client::new(opts.endpoint.clone(), opts.credentials.clone());
    let state_key = format!("{}{STATE_KEY}", opts.prefix);
    let before = match client.get(&state_key).map_err(Error::Io)? {
        None => State::default(),
        Some(bytes) => serde_json::from_slice(&bytes).map_err(|e| {
            Error::Io(format!(
                "the bucket's record {state_key} is not one gongkai wrote ({e}); delete it to deploy everything again"
            ))
        })?,
    };
    let template = State {
        generator: format!("gongkai {}", env!("CARGO_PKG_VERSION")),
        base_url: manifest.base_url.clone(),
        commit: manifest.commit.clone(),
        mode: Some(opts.mode),
        ..State::default()
    };
    let plan = Plan::new(plan::objects(&manifest, opts.mode), before);
    Ok((plan, client, template))
}

/// `gongkai deploy`: publishes the output (see the module's comment).
pub fn run(opts: &Options, progress: Option<&dyn Progress>) -> Result<Summary, Error> {
    let started = std::time::Instant::now();
    let (plan, client, template) = plan(opts)?;
    let summary = |plan: Plan, dry_run: bool| Summary {
        uploaded: plan.uploads.len(),
        deleted: plan.deletes.len(),
        unchanged: plan.unchanged,
        bytes: plan.upload_bytes(),
        seconds: started.elapsed().as_secs_f64(),
        dry_run,
        plan,
        target: opts.target(),
    };
    if opts.dry_run || plan.is_empty() {
        return Ok(summary(plan, opts.dry_run));
    }
    let state_key = format!("{}{STATE_KEY}", opts.prefix);
    let record = |state: &State| -> Result<(), Error> {
        let json = serde_json::to_vec(state).map_err(|e| Error::Io(e.to_string()))?;
        client
            .put(
                &state_key,
                &json,
                &[
                    ("Content-Type", "application/json; charset=utf-8"),
                    ("Cache-Control", "no-store"),
                ],
            )
            .map_err(Error::Io)
    };
    if let Some(p) = progress {
        p.start(plan.uploads.len() as u64, plan.upload_bytes());
    }
    if !plan.uploads.is_empty() {
        record(&State {
            mode: template.mode,
            ..plan.state_while_uploading()
        })?;
    }
    // One tier at a time: none starts before the one before is all there.
    let mut start = 0;
    while start < plan.uploads.len() {
        let tier = plan.uploads[start].tier;
        let end = plan.uploads[start..]
            .iter()
            .position(|o| o.tier != tier)
            .map_or(plan.uploads.len(), |n| start + n);
        upload(&client, opts, &plan.uploads[start..end], progress)?;
        start = end;
    }
    record(&plan.state_uploaded(&template))?;
    if !plan.deletes.is_empty() {
        if let Some(p) = progress {
            p.deleting(plan.deletes.len() as u64);
        }
        in_parallel(opts.jobs, &plan.deletes, |key| {
            client
                .delete(&format!("{}{key}", opts.prefix))
                .map_err(Error::Io)
        })?;
        record(&State {
            objects: plan.after.clone(),
            ..template.clone()
        })?;
    }
    Ok(summary(plan, false))
}

/// Uploads `objects` with `opts.jobs` at once; the first failure stops all.
fn upload(
    client: &s3::Client,
    opts: &Options,
    objects: &[Object],
    progress: Option<&dyn Progress>,
) -> Result<(), Error> {
    in_parallel(opts.jobs, objects, |object| {
        upload_one(client, opts, object)?;
        if let Some(p) = progress {
            p.uploaded(object.size);
        }
        Ok(())
    })
}

/// Runs `f` on every item, `jobs` at a time; after the first failure no
/// other item is started, and that failure is returned.
fn in_parallel<T: Sync>(
    jobs: usize,
    items: &[T],
    f: impl Fn(&T) -> Result<(), Error> + Sync,
) -> Result<(), Error> {
    let next = AtomicUsize::new(0);
    let failed: Mutex<Option<Error>> = Mutex::new(None);
    let work = || {
        loop {
            if failed.lock().map(|f| f.is_some()).unwrap_or(true) {
                return;
            }
            let i = next.fetch_add(1, Ordering::SeqCst);
            let Some(item) = items.get(i) else {
                return;
            };
            if let Err(e) = f(item) {
                if let Ok(mut slot) = failed.lock() {
                    slot.get_or_insert(e);
                }
                return;
            }
        }
    };
    std::thread::scope(|s| {
        for _ in 1..jobs.min(items.len()) {
            s.spawn(work);
        }
        work();
    });
    match failed.into_inner() {
        Ok(None) => Ok(()),
        Ok(Some(e)) => Err(e),
        Err(_) => Err(Error::Io("a thread of the deploy failed".into())),
    }
}

fn upload_one(client: &s3::Client, opts: &Options, object: &Object) -> Result<(), Error> {
    let path = opts.dir.join(&object.source);
    let body = std::fs::read(&path).map_err(|e| {
        Error::Content(format!(
            "cannot read {}: {e} (the manifest lists it; build again)",
            path.display()
        ))
    })?;
    if body.len() as u64 != object.size || crate::domain::Digest::of(&body) != object.hash {
        return Err(Error::Content(format!(
            "{} is not the file the manifest lists (changed after the build?); build again",
            path.display()
        )));
    }
    client
        .put(
            &format!("{}{}", opts.prefix, object.key),
            &body,
            &object.headers(),
        )
        .map_err(Error::Io)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefixes_and_buckets() {
        assert_eq!(normalize_prefix("").unwrap(), "");
        assert_eq!(normalize_prefix("/portal/").unwrap(), "portal/");
        assert_eq!(normalize_prefix("a/b").unwrap(), "a/b/");
        assert!(normalize_prefix("a/../b").is_err());
        assert!(normalize_prefix("a//b").is_err());
        assert!(valid_bucket("dl-gov-portal-1250000000"));
        assert!(!valid_bucket("Portal"));
        assert!(!valid_bucket("ab"));
        assert!(is_local("127.0.0.1:9000"));
        assert!(is_local("localhost"));
        assert!(is_local("[::1]:9000"));
        assert!(!is_local("oss-cn-hangzhou.aliyuncs.com"));
    }
}
