//! The HTTP headers of the published site, in one table: the `Content-Type`
//! of each kind of file, the `Cache-Control` of each path, and the security
//! headers every response carries. The build's `_headers` file is written
//! from it, `gongkai deploy` sets the same values on every object it uploads,
//! and `docs/deploy/nginx.conf` serves them (its test compares each value
//! nginx sends with this table).
//!
//! Not for deciding what is written or compressed: that is `output`.

use crate::config::Config;
use crate::domain::LangCode;

/// How long a response may be kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cache {
    /// Named by a hash of its content: never changes under its name.
    Immutable,
    /// Revalidated after five minutes: pages, feeds, site maps, entry files.
    Revalidate,
}

impl Cache {
    pub fn value(self) -> &'static str {
        match self {
            Cache::Immutable => "public, max-age=31536000, immutable",
            Cache::Revalidate => "public, max-age=300, must-revalidate",
        }
    }
}

/// Cache rules by URL path, in the pattern syntax of `_headers` (`*` stands
/// for any characters, slashes included). The first rule that matches
/// decides; a path no rule names is `DEFAULT_CACHE`. No path the build
/// writes matches two rules, since hosts that read `_headers` apply every
/// rule that matches and would join two `Cache-Control` values.
pub const CACHE_RULES: &[(&str, Cache)] = &[
    ("/static/*", Cache::Immutable),
    ("/search-index/*/t/*", Cache::Immutable),
    ("/search-index/*/p/*", Cache::Immutable),
    ("/search-index/*/m/*", Cache::Immutable),
    ("/search-index/*/x/*", Cache::Immutable),
    ("/search-index/*/v/*", Cache::Immutable),
    ("/search-index/*/f.*", Cache::Immutable),
    ("/search-index/*/h.*", Cache::Immutable),
    ("/search-index/*/y/*", Cache::Immutable),
    ("/", Cache::Revalidate),
    ("/*/", Cache::Revalidate),
    ("/*.html", Cache::Revalidate),
    ("/*.xml", Cache::Revalidate),
    ("/robots.txt", Cache::Revalidate),
    ("/search-index/*/index.json", Cache::Revalidate),
];

/// The cache of files no rule names (a record's attachments, say): where the
/// rules are `_headers`, the host's own default applies to them instead.
pub const DEFAULT_CACHE: Cache = Cache::Revalidate;

/// The Content-Security-Policy of every page: no inline script or style.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

/// Headers every response of the published site carries.
pub const SECURITY: &[(&str, &str)] = &[
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "strict-origin-when-cross-origin"),
    ("Strict-Transport-Security", "max-age=31536000"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

/// Files the build writes for a host to read, never to be served.
pub const HOST_FILES: &[&str] = &["_headers", "_redirects"];

/// Content types by extension (lowercase); text types say UTF-8.
pub const CONTENT_TYPES: &[(&str, &str)] = &[
    ("html", "text/html; charset=utf-8"),
    ("htm", "text/html; charset=utf-8"),
    ("css", "text/css; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("mjs", "text/javascript; charset=utf-8"),
    ("json", "application/json; charset=utf-8"),
    ("webmanifest", "application/manifest+json; charset=utf-8"),
    ("xml", "application/xml; charset=utf-8"),
    ("txt", "text/plain; charset=utf-8"),
    ("csv", "text/csv; charset=utf-8"),
    ("svg", "image/svg+xml; charset=utf-8"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("gif", "image/gif"),
    ("webp", "image/webp"),
    ("avif", "image/avif"),
    ("ico", "image/x-icon"),
    ("pdf", "application/pdf"),
    ("woff2", "font/woff2"),
    ("woff", "font/woff"),
    ("ttf", "font/ttf"),
    ("otf", "font/otf"),
    ("zip", "application/zip"),
    ("gz", "application/gzip"),
    ("doc", "application/msword"),
    (
        "docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    ("xls", "application/vnd.ms-excel"),
    (
        "xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("ofd", "application/ofd"),
    // Kingsoft WPS Office's own formats, as freedesktop.org names them.
    ("wps", "application/wps-office.wps"),
    ("et", "application/wps-office.et"),
    ("wasm", "application/wasm"),
];

/// The type of anything else.
pub const DEFAULT_CONTENT_TYPE: &str = "application/octet-stream";

/// The MIME type of a file by its extension.
pub fn content_type(rel: &str) -> &'static str {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let Some((_, ext)) = name.rsplit_once('.') else {
        return DEFAULT_CONTENT_TYPE;
    };
    let ext = ext.to_ascii_lowercase();
    CONTENT_TYPES
        .iter()
        .find(|(e, _)| *e == ext)
        .map_or(DEFAULT_CONTENT_TYPE, |(_, t)| t)
}

/// The cache class of a file of the output (`en/index.html`) or of a URL
/// path (`/en/`).
pub fn cache(rel_or_path: &str) -> Cache {
    let path = if rel_or_path.starts_with('/') {
        rel_or_path.to_string()
    } else {
        format!("/{rel_or_path}")
    };
    CACHE_RULES
        .iter()
        .find(|(pattern, _)| matches(pattern, &path))
        .map_or(DEFAULT_CACHE, |(_, c)| *c)
}

/// `Cache-Control` for a file of the output or a URL path.
pub fn cache_control(rel_or_path: &str) -> &'static str {
    cache(rel_or_path).value()
}

/// Whether a `_headers` pattern matches a URL path: `*` is any run of
/// characters, everything else stands for itself.
pub fn matches(pattern: &str, path: &str) -> bool {
    let (p, s) = (pattern.as_bytes(), path.as_bytes());
    let (mut i, mut j) = (0, 0);
    // Where the last `*` was, and where in the path it was tried from.
    let mut star: Option<(usize, usize)> = None;
    while j < s.len() {
        if i < p.len() && p[i] == b'*' {
            star = Some((i, j));
            i += 1;
        } else if i < p.len() && p[i] == s[j] {
            i += 1;
            j += 1;
        } else if let Some((si, sj)) = star {
            i = si + 1;
            j = sj + 1;
            star = Some((si, sj + 1));
        } else {
            return false;
        }
    }
    p[i..].iter().all(|&b| b == b'*')
}

/// The `_headers` file (Cloudflare Pages and Netlify): the security headers
/// on every path, then each cache rule.
pub fn underscore_headers() -> String {
    let mut s = String::from(
        "# Written by gongkai from its headers table; the same values are set by\n# `gongkai deploy` and served by docs/deploy/nginx.conf.\n/*\n",
    );
    for (name, value) in SECURITY {
        s.push_str(&format!("  {name}: {value}\n"));
    }
    for (pattern, cache) in CACHE_RULES {
        s.push_str(&format!("{pattern}\n  Cache-Control: {}\n", cache.value()));
    }
    s
}

/// The `_redirects` file (Netlify): each language's own "page not found"
/// for the paths under its folder, the default language's for the rest, and
/// the build's own folder hidden. Rules only apply where no file matches.
/// (Cloudflare Pages serves the nearest `404.html` by itself.)
pub fn redirects(config: &Config) -> String {
    let not_found = |code: LangCode| format!("{}/404.html", config.lang_prefix(code));
    // With the default language in a folder too, the root has no 404.html.
    let fallback = not_found(config.default_language().code);
    let mut s = format!(
        "# Written by gongkai: per-language 404 pages; the build's manifest is not served.\n/.gongkai/*  {fallback}  404!\n"
    );
    for lang in &config.languages {
        if config.in_subdir(lang.code) {
            s.push_str(&format!(
                "/{}/*  {}  404\n",
                lang.code,
                not_found(lang.code)
            ));
        }
    }
    s.push_str(&format!("/*  {fallback}  404\n"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_match_like_a_host() {
        assert!(matches("/*/", "/en/"));
        assert!(matches("/*/", "/en/disclosure/2024/"));
        assert!(!matches("/*/", "/"));
        assert!(matches("/", "/"));
        assert!(matches("/*.html", "/en/index.html"));
        assert!(!matches("/*.html", "/en/index.html.gz"));
        assert!(matches("/search-index/*/t/*", "/search-index/en/t/0.ab.jz"));
        assert!(matches(
            "/search-index/*/f.*",
            "/search-index/en/f.aa8f9f6b.jz"
        ));
        assert!(!matches(
            "/search-index/*/f.*",
            "/search-index/en/index.json"
        ));
    }

    #[test]
    fn the_home_page_and_folders_are_revalidated_and_assets_immutable() {
        assert_eq!(cache("/"), Cache::Revalidate);
        assert_eq!(cache("index.html"), Cache::Revalidate);
        assert_eq!(cache("/en/"), Cache::Revalidate);
        assert_eq!(cache("static/style.56ff41fe1990b29e.css"), Cache::Immutable);
        assert_eq!(cache("search-index/en/index.json"), Cache::Revalidate);
        assert_eq!(cache("search-index/en/p/3.ad4e2b27.jz"), Cache::Immutable);
        assert_eq!(cache("search-index/zh/h.f4440320.jz"), Cache::Immutable);
        assert_eq!(cache("search-index/zh/y/k.adfc5696.jz"), Cache::Immutable);
        assert_eq!(cache("disclosure/2024/附件.pdf"), DEFAULT_CACHE);
    }

    #[test]
    fn content_types_by_extension() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(content_type("forms/a.PDF"), "application/pdf");
        assert_eq!(content_type("README"), DEFAULT_CONTENT_TYPE);
        assert_eq!(content_type("a.b/README"), DEFAULT_CONTENT_TYPE);
    }

    #[test]
    fn every_attachment_type_is_served_as_its_page_announces_it() {
        use crate::content::attachments::{ALLOWED, FileType};
        for ext in ALLOWED.split(' ') {
            let name = format!("附件{ext}");
            let kind = FileType::of_name(&name).expect("an allowed type");
            assert_eq!(content_type(&name), kind.mime(), "{ext}");
        }
    }

    #[test]
    fn the_headers_file_has_every_rule_and_header() {
        let h = underscore_headers();
        assert!(h.contains("/\n  Cache-Control: public, max-age=300, must-revalidate\n"));
        assert!(h.contains("Strict-Transport-Security: max-age=31536000"));
        assert!(h.contains("Permissions-Policy: camera=()"));
        for (pattern, _) in CACHE_RULES {
            assert!(h.contains(&format!("\n{pattern}\n")), "{pattern}");
        }
    }
}
