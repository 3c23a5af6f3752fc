//! A small S3 client: the three object requests a deploy needs (GET, PUT,
//! DELETE), signed with AWS Signature Version 4, which Aliyun OSS, Tencent
//! COS, Huawei OBS, MinIO and AWS itself all accept.

use std::fmt::Write as _;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

/// Keys from the environment, never from a file of the site.
#[derive(Clone)]
pub struct Credentials {
    pub access_key: String,
    pub secret_key: String,
    pub session_token: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("access_key", &self.access_key)
            .finish_non_exhaustive()
    }
}

impl Credentials {
    /// `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and, when set,
    /// `AWS_SESSION_TOKEN`.
    pub fn from_env() -> Result<Credentials, String> {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        match (var("AWS_ACCESS_KEY_ID"), var("AWS_SECRET_ACCESS_KEY")) {
            (Some(access_key), Some(secret_key)) => Ok(Credentials {
                access_key,
                secret_key,
                session_token: var("AWS_SESSION_TOKEN"),
            }),
            _ => Err("no credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN for temporary keys) in the environment, e.g. from the CI's secrets".into()),
        }
    }
}

/// Where the bucket is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Endpoint {
    /// `http` or `https`.
    pub scheme: String,
    /// Host and, when not the scheme's own, `:port`.
    pub authority: String,
    pub bucket: String,
    pub region: String,
    /// The bucket in the path rather than in the host name.
    pub path_style: bool,
}

impl Endpoint {
    /// Parses `https://host[:port]` (a path or query is refused).
    pub fn parse_base(url: &str) -> Result<(String, String), String> {
        let (scheme, rest) = url
            .split_once("://")
            .ok_or_else(|| format!("`{url}` is not a URL: give http://HOST or https://HOST"))?;
        let scheme = scheme.to_ascii_lowercase();
        if scheme != "http" && scheme != "https" {
            return Err(format!("`{url}`: the endpoint must be http:// or https://"));
        }
        let authority = rest.trim_end_matches('/');
        if authority.is_empty()
            || authority.contains(['/', '?', '#', '@', ' '])
            || authority.starts_with(':')
        {
            return Err(format!(
                "`{url}`: an endpoint is a scheme and a host, e.g. https://oss-cn-hangzhou.aliyuncs.com"
            ));
        }
        Ok((scheme, authority.to_ascii_lowercase()))
    }

    fn host(&self) -> String {
        if self.path_style {
            self.authority.clone()
        } else {
            format!("{}.{}", self.bucket, self.authority)
        }
    }

    /// The request path of a key, URI-encoded.
    fn path(&self, key: &str) -> String {
        let key = uri_encode(key, false);
        if self.path_style {
            format!("/{}/{key}", uri_encode(&self.bucket, false))
        } else {
            format!("/{key}")
        }
    }

    pub fn describe(&self) -> String {
        format!("{}://{}{}", self.scheme, self.host(), self.path(""))
    }
}

/// What the storage answered.
pub struct Response {
    pub status: u16,
    /// Names in lowercase.
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    /// The S3 error's code and message, for a failed request.
    pub fn error(&self) -> String {
        let text = String::from_utf8_lossy(&self.body);
        let tag = |name: &str| {
            let open = format!("<{name}>");
            let start = text.find(&open)? + open.len();
            let end = text[start..].find(&format!("</{name}>"))? + start;
            Some(text[start..end].to_string())
        };
        match (tag("Code"), tag("Message")) {
            (Some(c), Some(m)) => format!("HTTP {} {c}: {m}", self.status),
            (Some(c), None) => format!("HTTP {} {c}", self.status),
            _ => format!("HTTP {}", self.status),
        }
    }
}

pub struct Client {
    pub endpoint: Endpoint,
    credentials: Credentials,
    agent: ureq::Agent,
    /// For tests of a deploy killed midway: the process aborts after this
    /// many requests (`GONGKAI_DEPLOY_ABORT_AFTER`).
    abort_after: Option<u64>,
    sent: std::sync::atomic::AtomicU64,
}

impl Client {
    pub fn new(endpoint: Endpoint, credentials: Credentials) -> Client {
        let config = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_connect(Some(Duration::from_secs(20)))
            .timeout_global(Some(Duration::from_secs(600)))
            .user_agent(concat!("gongkai/", env!("CARGO_PKG_VERSION")))
            .build();
        Client {
            endpoint,
            credentials,
            agent: config.into(),
            abort_after: std::env::var("GONGKAI_DEPLOY_ABORT_AFTER")
                .ok()
                .and_then(|v| v.parse().ok()),
            sent: std::sync::atomic::AtomicU64::new(0),
        }
    }

    /// GET an object; `Ok(None)` when there is none.
    pub fn get(&self, key: &str) -> Result<Option<Vec<u8>>, String> {
        let r = self.send("GET", key, &[], &[])?;
        match r.status {
            200 => Ok(Some(r.body)),
            404 => Ok(None),
            _ => Err(format!("cannot read {key}: {}", r.error())),
        }
    }

    /// The response headers of an object (names in lowercase); `Ok(None)`
    /// when there is none.
    pub fn head(&self, key: &str) -> Result<Option<Vec<(String, String)>>, String> {
        let r = self.send("HEAD", key, &[], &[])?;
        match r.status {
            200 => Ok(Some(r.headers)),
            404 => Ok(None),
            _ => Err(format!("cannot read {key}: {}", r.error())),
        }
    }

    /// PUT an object with these headers (`Content-Type`, …).
    pub fn put(&self, key: &str, body: &[u8], headers: &[(&str, &str)]) -> Result<(), String> {
        let r = self.send("PUT", key, headers, body)?;
        match r.status {
            200 | 201 | 204 => Ok(()),
            _ => Err(format!("cannot upload {key}: {}", r.error())),
        }
    }

    /// DELETE an object; one that is already gone is no error.
    pub fn delete(&self, key: &str) -> Result<(), String> {
        let r = self.send("DELETE", key, &[], &[])?;
        match r.status {
            200 | 204 | 404 => Ok(()),
            _ => Err(format!("cannot delete {key}: {}", r.error())),
        }
    }

    /// Sends a signed request, trying again after a failure of the network
    /// or of the server (5xx, 429), at most three times.
    fn send(
        &self,
        method: &str,
        key: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<Response, String> {
        let mut wait = Duration::from_millis(200);
        let mut tries = 0;
        loop {
            tries += 1;
            match self.send_once(method, key, headers, body) {
                Ok(r) if (r.status >= 500 || r.status == 429) && tries < 4 => {}
                Ok(r) => {
                    self.count();
                    return Ok(r);
                }
                Err(_) if tries < 4 => {}
                Err(e) => {
                    return Err(format!(
                        "{method} {}: {e}",
                        self.endpoint.describe().trim_end_matches('/').to_string() + "/" + key
                    ));
                }
            }
            std::thread::sleep(wait);
            wait *= 3;
        }
    }

    fn count(&self) {
        let n = self.sent.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
        if self.abort_after.is_some_and(|max| n >= max) {
            eprintln!("GONGKAI_DEPLOY_ABORT_AFTER: stopping after {n} requests");
            std::process::abort();
        }
    }

    fn send_once(
        &self,
        method: &str,
        key: &str,
        headers: &[(&str, &str)],
        body: &[u8],
    ) -> Result<Response, ureq::Error> {
        let path = self.endpoint.path(key);
        let host = self.endpoint.host();
        let url = format!("{}://{host}{path}", self.endpoint.scheme);
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        let signed = sign(&Request {
            method,
            host: &host,
            path: &path,
            headers,
            body,
            credentials: &self.credentials,
            region: &self.endpoint.region,
            unix_seconds: now,
        });
        let mut builder = ureq::http::Request::builder().method(method).uri(&url);
        for (name, value) in signed.iter().chain(
            headers
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_string()))
                .collect::<Vec<_>>()
                .iter(),
        ) {
            builder = builder.header(name.as_str(), value.as_str());
        }
        let request = builder.body(body.to_vec()).map_err(ureq::Error::from)?;
        let mut response = self.agent.run(request)?;
        let status = response.status().as_u16();
        let headers = response
            .headers()
            .iter()
            .map(|(n, v)| {
                (
                    n.as_str().to_ascii_lowercase(),
                    String::from_utf8_lossy(v.as_bytes()).into_owned(),
                )
            })
            .collect();
        let body = response
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_to_vec()?;
        Ok(Response {
            status,
            headers,
            body,
        })
    }
}

/// What is signed.
pub struct Request<'a> {
    pub method: &'a str,
    pub host: &'a str,
    /// URI-encoded, as sent.
    pub path: &'a str,
    /// Headers sent besides those the signature adds; all are signed.
    pub headers: &'a [(&'a str, &'a str)],
    pub body: &'a [u8],
    pub credentials: &'a Credentials,
    pub region: &'a str,
    pub unix_seconds: u64,
}

/// The headers to add for Signature Version 4: `x-amz-date`,
/// `x-amz-content-sha256`, the session token when there is one, and
/// `Authorization`.
pub fn sign(r: &Request) -> Vec<(String, String)> {
    let (date, stamp) = amz_date(r.unix_seconds);
    let payload = hex(&Sha256::digest(r.body));
    let mut signed: Vec<(String, String)> = vec![
        ("host".into(), r.host.to_string()),
        ("x-amz-content-sha256".into(), payload.clone()),
        ("x-amz-date".into(), stamp.clone()),
    ];
    if let Some(token) = &r.credentials.session_token {
        signed.push(("x-amz-security-token".into(), token.clone()));
    }
    for (name, value) in r.headers {
        signed.push((name.to_ascii_lowercase(), value.trim().to_string()));
    }
    signed.sort();
    let names: Vec<&str> = signed.iter().map(|(n, _)| n.as_str()).collect();
    let names = names.join(";");
    let mut canonical = format!("{}\n{}\n\n", r.method, r.path);
    for (name, value) in &signed {
        let _ = writeln!(canonical, "{name}:{value}");
    }
    let _ = write!(canonical, "\n{names}\n{payload}");
    let scope = format!("{date}/{}/s3/aws4_request", r.region);
    let to_sign = format!(
        "AWS4-HMAC-SHA256\n{stamp}\n{scope}\n{}",
        hex(&Sha256::digest(canonical.as_bytes()))
    );
    let mut key = hmac(
        format!("AWS4{}", r.credentials.secret_key).as_bytes(),
        date.as_bytes(),
    );
    for part in [r.region, "s3", "aws4_request"] {
        key = hmac(&key, part.as_bytes());
    }
    let signature = hex(&hmac(&key, to_sign.as_bytes()));
    let mut out: Vec<(String, String)> = signed
        .into_iter()
        .filter(|(n, _)| {
            n.starts_with("x-amz-") && !r.headers.iter().any(|(h, _)| h.eq_ignore_ascii_case(n))
        })
        .collect();
    out.push((
        "authorization".into(),
        format!(
            "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={names}, Signature={signature}",
            r.credentials.access_key
        ),
    ));
    out
}

fn hmac(key: &[u8], data: &[u8]) -> Vec<u8> {
    // HMAC takes a key of any length.
    let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key).unwrap_or_else(|_| unreachable!());
    mac.update(data);
    mac.finalize().into_bytes().to_vec()
}

fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// `20130524` and `20130524T000000Z` for a time in seconds since 1970 (UTC).
pub fn amz_date(unix_seconds: u64) -> (String, String) {
    let days = (unix_seconds / 86_400) as i64;
    let secs = unix_seconds % 86_400;
    // Days to a civil date (proleptic Gregorian), after H. Hinnant.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let date = format!("{year:04}{month:02}{day:02}");
    let stamp = format!(
        "{date}T{:02}{:02}{:02}Z",
        secs / 3600,
        secs / 60 % 60,
        secs % 60
    );
    (date, stamp)
}

/// URI-encodes as Signature Version 4 wants: every byte but the unreserved
/// ones (and `/` in a path) as `%XX`.
pub fn uri_encode(s: &str, encode_slash: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if b.is_ascii_alphanumeric()
            || matches!(b, b'-' | b'_' | b'.' | b'~')
            || (b == b'/' && !encode_slash)
        {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The "GET Object" example of Amazon's Signature Version 4 documentation.
    #[test]
    fn signs_like_the_documented_example() {
        let credentials = Credentials {
            access_key: "AKIAIOSFODNN7EXAMPLE".into(),
            secret_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY".into(),
            session_token: None,
        };
        let headers = sign(&Request {
            method: "GET",
            host: "examplebucket.s3.amazonaws.com",
            path: "/test.txt",
            headers: &[("Range", "bytes=0-9")],
            body: b"",
            credentials: &credentials,
            region: "us-east-1",
            unix_seconds: 1_369_353_600, // 2013-05-24T00:00:00Z
        });
        let auth = &headers
            .iter()
            .find(|(n, _)| n == "authorization")
            .expect("an Authorization header")
            .1;
        assert_eq!(
            auth,
            "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request, SignedHeaders=host;range;x-amz-content-sha256;x-amz-date, Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"
        );
    }

    #[test]
    fn dates_and_encoding() {
        assert_eq!(amz_date(0), ("19700101".into(), "19700101T000000Z".into()));
        assert_eq!(amz_date(951_782_400).0, "20000229");
        assert_eq!(amz_date(1_798_761_599).1, "20261231T235959Z");
        assert_eq!(uri_encode("a b/附.pdf", false), "a%20b/%E9%99%84.pdf");
        assert_eq!(uri_encode("a/b", true), "a%2Fb");
    }

    #[test]
    fn endpoints_are_checked() {
        assert!(Endpoint::parse_base("https://oss-cn-hangzhou.aliyuncs.com").is_ok());
        assert!(Endpoint::parse_base("http://127.0.0.1:9000/").is_ok());
        assert!(Endpoint::parse_base("ftp://x").is_err());
        assert!(Endpoint::parse_base("https://x/y").is_err());
        assert!(Endpoint::parse_base("x").is_err());
    }
}
