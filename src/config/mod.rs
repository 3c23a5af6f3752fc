//! `site.toml`: the site's configuration, read once into one typed struct.
//!
//! Names shown to readers (site title, agency names, taxonomy labels) are not
//! here: they live in the locale files. This module only validates shape and
//! ids; content rules live in `check`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diag::{Diagnostic, LineIndex, did_you_mean};
use crate::domain::{LangCode, Slug, values};
use crate::msg;

pub const FILE: &str = "site.toml";

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub base_url: String,
    /// The IANA time zone that decides "today" for every date rule.
    #[serde(default = "default_timezone")]
    pub timezone: String,
    #[serde(default = "default_theme")]
    pub theme: String,
    pub languages: Vec<Language>,
    #[serde(default)]
    pub i18n: I18n,
    #[serde(default)]
    pub identity: Identity,
    #[serde(default)]
    pub disclosure: DisclosureRules,
    #[serde(default)]
    pub agencies: BTreeMap<Slug, Agency>,
    #[serde(default)]
    pub taxonomy: Taxonomy,
    #[serde(default)]
    pub sections: BTreeMap<String, SectionRule>,
    #[serde(default)]
    pub output: OutputRules,
    #[serde(default)]
    pub deploy: DeployRules,
    /// The tool's own settings for the site's editors.
    #[serde(default)]
    pub editor: Editor,
    /// Where the site lives on disk; set by `load`, not read from the file.
    #[serde(skip)]
    pub root: PathBuf,
    /// The text of site.toml, for locating later diagnostics in it.
    #[serde(skip)]
    pub source: String,
    /// `disclosure.index_no_pattern`, compiled by `parse`.
    #[serde(skip)]
    pub index_no_regex: Option<regex::Regex>,
    /// `timezone`, looked up by `parse` in the tz database built into the binary.
    #[serde(skip, default = "utc")]
    pub tz: jiff::tz::TimeZone,
}

/// `[editor]`: how the tool speaks to the site's editors.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Editor {
    /// The language of the tool's messages (`zh` or `en`), when neither
    /// `--lang`, `GONGKAI_LANG` nor the locale says.
    pub lang: Option<String>,
}

fn utc() -> jiff::tz::TimeZone {
    jiff::tz::TimeZone::UTC
}

fn default_timezone() -> String {
    "Asia/Shanghai".into()
}

fn default_theme() -> String {
    "default".into()
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Language {
    /// URL prefix and file suffix: `en` in `/en/…` and `page.en.md`.
    #[serde(deserialize_with = "configured_code")]
    pub code: LangCode,
    /// BCP 47 tag for `<html lang>` and hreflang.
    pub tag: String,
}

/// A language code as site.toml spells it; `parse` numbers the languages
/// once they are all read and validated.
fn configured_code<'de, D: serde::Deserializer<'de>>(d: D) -> Result<LangCode, D::Error> {
    let code = String::deserialize(d)?;
    Ok(LangCode::configured(&code, 0))
}

#[derive(Debug, Clone, Copy, Deserialize, PartialEq, Eq, Default)]
#[serde(rename_all = "lowercase")]
pub enum Fallback {
    /// Show the default language's text inside the translated chrome, with a notice.
    #[default]
    Source,
    /// No page in a language that has no translation.
    Omit,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct I18n {
    #[serde(default)]
    pub fallback: Fallback,
    #[serde(default)]
    pub default_in_subdir: bool,
}

/// The identity every government page carries in its footer (DOMAIN.md §3).
#[derive(Debug, Clone, Deserialize, Default, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    #[serde(default)]
    pub site_code: String,
    #[serde(default)]
    pub icp: String,
    #[serde(default)]
    pub police: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub phone: String,
    /// The national "report an error on a government site" service.
    #[serde(default)]
    pub error_report_url: Option<String>,
}

impl Identity {
    /// The forms inspectors check (DOMAIN.md §3): a site code of a 6-digit
    /// region code and 4 digits, or `bm` and 8 digits; an ICP filing number
    /// `…ICP备<digits>号`; a public-security filing `…公网安备 <14 digits>号`.
    fn validate(&self, at_key: &dyn Fn(&str) -> crate::diag::Position) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let code = &self.site_code;
        let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
        let valid_code = digits(code, 10) || code.strip_prefix("bm").is_some_and(|r| digits(r, 8));
        // A missing code is a warning from `check`: sites start without one.
        if !valid_code && !code.is_empty() {
            out.push(
                Diagnostic::error("E009", FILE, msg!("site-code-malformed", code = code))
                    .at(at_key("site_code"))
                    .help(msg!("site-code-malformed-help")),
            );
        }
        let icp = regex::Regex::new(r"^\p{Han}ICP备\d{6,10}号(-\d+)?$").expect("valid pattern");
        if !self.icp.is_empty() && !icp.is_match(&self.icp) {
            out.push(
                Diagnostic::error("E009", FILE, msg!("icp-malformed", icp = &self.icp))
                    .at(at_key("icp"))
                    .help(msg!("icp-malformed-help")),
            );
        }
        let police = regex::Regex::new(r"^\p{Han}公网安备 ?\d{14}号$").expect("valid pattern");
        if !self.police.is_empty() && !police.is_match(&self.police) {
            out.push(
                Diagnostic::error(
                    "E009",
                    FILE,
                    msg!("police-malformed", police = &self.police),
                )
                .at(at_key("police"))
                .help(msg!("police-malformed-help")),
            );
        }
        if self
            .error_report_url
            .as_ref()
            .is_some_and(|u| !u.starts_with("https://"))
        {
            out.push(
                Diagnostic::error("E009", FILE, msg!("error-report-url-not-https"))
                    .at(at_key("error_report_url")),
            );
        }
        out
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DisclosureRules {
    #[serde(default = "default_index_no_pattern")]
    pub index_no_pattern: String,
    /// Rows on each page of the catalogue and of every listing.
    #[serde(default = "default_per_page")]
    pub per_page: usize,
    /// How the public asks for information that is not published
    /// (依申请公开); the on-request guide page is made when this is set.
    #[serde(default)]
    pub on_request: Option<OnRequest>,
}

impl Default for DisclosureRules {
    fn default() -> Self {
        DisclosureRules {
            index_no_pattern: default_index_no_pattern(),
            per_page: default_per_page(),
            on_request: None,
        }
    }
}

fn default_per_page() -> usize {
    20
}

/// The facts of the on-request channel; its office's name and address are
/// the messages `on-request-office` and `on-request-address` of each language.
#[derive(Debug, Clone, Deserialize, serde::Serialize)]
#[serde(deny_unknown_fields)]
pub struct OnRequest {
    /// The agency that receives requests, declared under [agencies].
    pub agency: String,
    pub phone: String,
    #[serde(default)]
    pub email: Option<String>,
    /// The online request form, https.
    #[serde(default)]
    pub online_url: Option<String>,
    /// A blank request form under content/, offered for download.
    #[serde(default)]
    pub form: Option<String>,
}

fn default_index_no_pattern() -> String {
    r"^[0-9A-Z-]{9,18}/\d{4}-\d{5,6}$".into()
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Agency {
    /// The body code that opens this agency's index numbers.
    #[serde(default)]
    pub code: Option<String>,
}

/// The ids content may use. Topics, genres and catalogs default to the
/// standard lists (whose labels come with the theme); sectors and life events
/// are the site's own.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Taxonomy {
    #[serde(default = "values::standard_topics")]
    pub topics: Vec<Slug>,
    #[serde(default = "values::standard_genres")]
    pub genres: Vec<Slug>,
    #[serde(default = "values::standard_catalogs")]
    pub catalogs: Vec<Slug>,
    #[serde(default)]
    pub sectors: Vec<Slug>,
    #[serde(default)]
    pub life_events: Vec<Slug>,
}

impl Default for Taxonomy {
    fn default() -> Self {
        Taxonomy {
            topics: values::standard_topics(),
            genres: values::standard_genres(),
            catalogs: values::standard_catalogs(),
            sectors: Vec::new(),
            life_events: Vec::new(),
        }
    }
}

/// `[output]`: how the files are written for the CDN.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputRules {
    /// Write precompressed `.gz` and `.br` beside text files.
    #[serde(default = "yes")]
    pub compress: bool,
    /// Only for files at least this large.
    #[serde(default = "default_compress_min_bytes")]
    pub compress_min_bytes: u64,
    /// 0–11; 11 is smallest and slowest.
    #[serde(default = "default_brotli_quality")]
    pub brotli_quality: u32,
}

impl Default for OutputRules {
    fn default() -> Self {
        OutputRules {
            compress: true,
            compress_min_bytes: default_compress_min_bytes(),
            brotli_quality: default_brotli_quality(),
        }
    }
}

fn yes() -> bool {
    true
}

fn default_compress_min_bytes() -> u64 {
    1024
}

/// The knee of time against size on distinct text (see `output::compress`).
fn default_brotli_quality() -> u32 {
    5
}

/// `[deploy]`: where `gongkai deploy` publishes the output (S3-compatible
/// object storage); each can be given on the command line instead. The
/// credentials never are here: they come from the environment.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct DeployRules {
    /// `s3://BUCKET/PREFIX`, or `https://ENDPOINT/BUCKET/PREFIX` (path-style).
    pub to: Option<String>,
    /// The storage's S3 endpoint, e.g. `https://oss-cn-hangzhou.aliyuncs.com`.
    pub endpoint: Option<String>,
    pub bucket: Option<String>,
    /// Where in the bucket the site starts (`portal/`); default its root.
    pub prefix: Option<String>,
    /// The signing region, e.g. `oss-cn-hangzhou`, `ap-guangzhou`, `cn-north-4`.
    pub region: Option<String>,
    /// `https://ENDPOINT/BUCKET/KEY` instead of `https://BUCKET.ENDPOINT/KEY`.
    pub path_style: Option<bool>,
    /// `content-encoding`, `side-files` or `skip` (see `gongkai deploy --help`).
    pub precompressed: Option<String>,
    /// Uploads at once.
    pub jobs: Option<usize>,
}

#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct SectionRule {
    /// How often the section must get a new item, e.g. `14d`, `6m`, `1y`.
    #[serde(default)]
    pub update_within: Option<String>,
}

impl Config {
    /// Reads and validates `<root>/site.toml`. `Err` holds every problem found.
    pub fn load(root: &Path) -> Result<Config, LoadError> {
        let path = root.join(FILE);
        let text = std::fs::read_to_string(&path).map_err(|e| {
            LoadError::Io(msg!(
                "cannot-read-config",
                path = &path.display(),
                error = &e
            ))
        })?;
        let mut config = Config::parse(&text).map_err(LoadError::Invalid)?;
        config.root = root.to_path_buf();
        Ok(config)
    }

    pub fn parse(text: &str) -> Result<Config, Vec<Diagnostic>> {
        let lines = LineIndex::new(text);
        let config: Config = toml::from_str(text).map_err(|e| {
            let mut d = Diagnostic::error(
                "E001",
                FILE,
                msg!("toml-error", detail = e.message().trim()),
            );
            if let Some(span) = e.span() {
                d = d.at(lines.position(span.start));
            }
            vec![d]
        })?;
        let problems = config.validate(&lines);
        if !problems.is_empty() {
            return Err(problems);
        }
        let mut config = config;
        config.tz = jiff::tz::TimeZone::get(&config.timezone).unwrap_or(jiff::tz::TimeZone::UTC);
        for (i, lang) in config.languages.iter_mut().enumerate() {
            lang.code = LangCode::configured(&lang.code, i);
        }
        config.index_no_regex = regex::Regex::new(&config.disclosure.index_no_pattern).ok();
        config.source = text.to_string();
        Ok(config)
    }

    fn validate(&self, lines: &LineIndex) -> Vec<Diagnostic> {
        let mut out = Vec::new();
        let at_key = |key: &str| {
            let line = key_line(lines, key);
            lines.line_start(line)
        };
        if jiff::tz::TimeZone::get(&self.timezone).is_err() {
            let mut d = Diagnostic::error(
                "E002",
                FILE,
                msg!("timezone-unknown", timezone = &self.timezone),
            )
            .at(at_key("timezone"));
            let names = jiff::tz::db().available();
            let names: Vec<String> = names.map(|n| n.to_string()).collect();
            d = match did_you_mean(&self.timezone, names.iter().map(String::as_str)) {
                Some(s) => d.help(msg!("timezone-near", name = s)),
                None => d.help(msg!("timezone-help")),
            };
            out.push(d);
        }
        if let Some(l) = &self.editor.lang
            && crate::diag::messages::Lang::parse(l).is_none()
        {
            out.push(
                Diagnostic::error("E002", FILE, msg!("editor-lang-invalid", lang = l))
                    .at(at_key("lang"))
                    .help(msg!("editor-lang-invalid-help")),
            );
        }
        if self.languages.is_empty() {
            out.push(
                Diagnostic::error("E002", FILE, msg!("no-languages"))
                    .help(msg!("no-languages-help")),
            );
        }
        let mut seen = std::collections::BTreeSet::new();
        for lang in &self.languages {
            let valid = !lang.code.is_empty()
                && lang
                    .code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-')
                && !lang.code.starts_with('-');
            if !valid {
                out.push(
                    Diagnostic::error(
                        "E002",
                        FILE,
                        msg!("language-code-invalid", code = &lang.code),
                    )
                    .at(at_key("code"))
                    .help(msg!("language-code-invalid-help")),
                );
            }
            if !seen.insert(lang.code) {
                out.push(
                    Diagnostic::error("E002", FILE, msg!("language-twice", code = &lang.code))
                        .at(at_key("code")),
                );
            }
            if lang.tag.trim().is_empty()
                || unic_langid::LanguageIdentifier::from_bytes(lang.tag.as_bytes()).is_err()
            {
                out.push(
                    Diagnostic::error("E002", FILE, msg!("language-tag-invalid", tag = &lang.tag))
                        .at(at_key("tag"))
                        .help(msg!("language-tag-invalid-help")),
                );
            }
        }
        if !(self.base_url.starts_with("https://") || self.base_url.starts_with("http://")) {
            out.push(
                Diagnostic::error("E002", FILE, msg!("base-url-invalid", url = &self.base_url))
                    .at(at_key("base_url"))
                    .help(msg!("base-url-invalid-help")),
            );
        }
        if let Err(e) = regex::Regex::new(&self.disclosure.index_no_pattern) {
            out.push(
                Diagnostic::error("E002", FILE, msg!("index-no-pattern-invalid"))
                    .at(at_key("index_no_pattern"))
                    .help(msg!("detail", detail = &e)),
            );
        }
        out.extend(self.identity.validate(&at_key));
        if self.disclosure.per_page == 0 {
            out.push(
                Diagnostic::error("E002", FILE, msg!("per-page-zero"))
                    .at(at_key("per_page"))
                    .help(msg!("per-page-zero-help")),
            );
        }
        if let Some(req) = &self.disclosure.on_request {
            if !self.agencies.contains_key(req.agency.as_str()) {
                out.push(
                    Diagnostic::error(
                        "E002",
                        FILE,
                        msg!("on-request-agency-undeclared", agency = &req.agency),
                    )
                    .at(at_key("agency"))
                    .help(msg!(
                        "on-request-agency-undeclared-help",
                        agency = &req.agency
                    )),
                );
            }
            if req
                .online_url
                .as_ref()
                .is_some_and(|u| !u.starts_with("https://"))
            {
                out.push(
                    Diagnostic::error("E002", FILE, msg!("on-request-url-not-https"))
                        .at(at_key("online_url")),
                );
            }
        }
        for (section, rule) in &self.sections {
            if let Some(p) = &rule.update_within
                && crate::domain::Period::parse(p).is_none()
            {
                out.push(
                    Diagnostic::error(
                        "E002",
                        FILE,
                        msg!("update-within-invalid", period = p, section = section),
                    )
                    .at(at_key("update_within"))
                    .help(msg!("update-within-invalid-help")),
                );
            }
        }
        out
    }

    pub fn default_language(&self) -> &Language {
        &self.languages[0]
    }

    /// The configured language a code names. A `LangCode` is only made by
    /// this configuration, so it is always there.
    pub fn language(&self, code: LangCode) -> &Language {
        let language = &self.languages[code.index()];
        debug_assert_eq!(language.code, code, "a code of another configuration");
        language
    }

    /// The configured language spelled `code` (a file suffix, a command-line
    /// flag, a URL prefix), if there is one.
    pub fn lang_code(&self, code: &str) -> Option<LangCode> {
        self.languages.iter().map(|l| l.code).find(|c| *c == code)
    }

    /// Every configured language's code, in the configured order.
    pub fn lang_codes(&self) -> impl Iterator<Item = LangCode> + '_ {
        self.languages.iter().map(|l| l.code)
    }

    /// The URL prefix of a language: `""` for the default language at the
    /// root, `"/en"` for the others.
    pub fn lang_prefix(&self, code: LangCode) -> String {
        if self.in_subdir(code) {
            format!("/{code}")
        } else {
            String::new()
        }
    }

    /// Whether a language's pages sit in a folder named by its code.
    pub fn in_subdir(&self, code: LangCode) -> bool {
        code != self.default_language().code || self.i18n.default_in_subdir
    }

    pub fn base_url(&self) -> &str {
        self.base_url.trim_end_matches('/')
    }

    pub fn content_dir(&self) -> PathBuf {
        self.root.join("content")
    }
}

/// Why the configuration could not be loaded: unreadable (exit 2) or invalid (exit 1).
#[derive(Debug)]
pub enum LoadError {
    Io(crate::diag::Message),
    Invalid(Vec<Diagnostic>),
}

/// The 1-based line where `key` is first assigned or named as a table, or 1.
pub fn key_line(lines: &LineIndex, key: &str) -> usize {
    let text = lines.text();
    for (i, line) in text.lines().enumerate() {
        let l = line.trim_start();
        let rest = l
            .strip_prefix(key)
            .or_else(|| l.strip_prefix(&format!("\"{key}\"")));
        if let Some(rest) = rest {
            let rest = rest.trim_start();
            if rest.starts_with('=') {
                return i + 1;
            }
        }
        let table = l.trim_end().trim_start_matches('[').trim_end_matches(']');
        if l.starts_with('[') && (table == key || table.ends_with(&format!(".{key}"))) {
            return i + 1;
        }
    }
    1
}

#[cfg(test)]
mod tests {
    use super::*;

    const MINIMAL: &str =
        "base_url = \"https://example.gov.cn\"\n[[languages]]\ncode = \"zh\"\ntag = \"zh-CN\"\n";

    #[test]
    fn minimal_config_gets_standard_lists() {
        let c = Config::parse(MINIMAL).unwrap();
        assert_eq!(c.taxonomy.topics.len(), 22);
        assert_eq!(c.i18n.fallback, Fallback::Source);
        assert_eq!(c.lang_prefix(c.default_language().code), "");
    }

    #[test]
    fn typo_in_key_is_located() {
        let err = Config::parse(&format!("{MINIMAL}[i18n]\nfalback = \"omit\"\n")).unwrap_err();
        assert_eq!(err[0].line, 6, "{:?}", err);
        assert!(err[0].message.contains("falback"));
    }

    #[test]
    fn bad_language_code_is_reported() {
        let err = Config::parse(&MINIMAL.replace("\"zh\"", "\"ZH\"")).unwrap_err();
        assert!(err[0].message.contains("ZH"));
        assert_eq!(err[0].line, 3);
    }
}
