//! Content: find the source files (walkdir) and parse each into a typed
//! `Document` (TOML front matter + Markdown body).
//!
//! This stage knows files, not the site: translations are matched with their
//! sources, and ids checked against the configuration, later (`site`, `check`).

pub mod annual_report;
pub mod attachments;
pub mod markdown;
pub mod mistakes;
pub mod model;
pub mod scaffold;
pub mod schema;

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rayon::prelude::*;

use crate::config::Config;
use crate::diag::{Diagnostic, LineIndex, Position, did_you_mean, display_path};
use crate::domain::ids::is_slug;
use crate::domain::{Date, EntryKey, LangCode};
use crate::msg;
use model::{Guide, GuideText, PageMeta, Record, RecordText, Schema};

/// What a file is, from its top folder (DESIGN.md §4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Record,
    Guide,
    Page,
}

/// A Markdown file found under `content/`.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: PathBuf,
    /// Relative to the site root, `/`-separated: what diagnostics name.
    pub display: String,
    /// The page this file is a language version of: `disclosure/2024/dl-2024-00012`,
    /// `invest` for `invest/_index.en.md`, `""` for the home page.
    pub key: EntryKey,
    pub lang: LangCode,
    pub kind: Kind,
    /// An `_index` file: the text of a section.
    pub is_section: bool,
}

/// A file under `content/` that is not Markdown (an attachment, a blank form,
/// an image), copied to the same path in the output.
#[derive(Debug, Clone)]
pub struct Asset {
    pub path: PathBuf,
    /// `/`-separated path below `content/`.
    pub rel: String,
    /// Its size in bytes.
    pub size: u64,
    /// Its first bytes (up to `attachments::HEAD_BYTES`), which tell an
    /// attachment's real type.
    pub head: Vec<u8>,
}

impl Asset {
    /// An asset at `path`, with its size and leading bytes read.
    pub fn read(path: &Path, rel: String) -> Asset {
        use std::io::Read;
        let mut head = Vec::with_capacity(attachments::HEAD_BYTES);
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if let Ok(f) = std::fs::File::open(path) {
            let _ = f
                .take(attachments::HEAD_BYTES as u64)
                .read_to_end(&mut head);
        }
        Asset {
            path: path.to_path_buf(),
            rel,
            size,
            head,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Front {
    Record(Box<Record>),
    RecordText(RecordText),
    Guide(Box<Guide>),
    GuideText(Box<GuideText>),
    Page(PageMeta),
}

impl Front {
    pub fn title(&self) -> &str {
        match self {
            Front::Record(r) => &r.title,
            Front::RecordText(r) => &r.title,
            Front::Guide(g) => &g.title,
            Front::GuideText(g) => &g.title,
            Front::Page(p) => &p.title,
        }
    }

    /// `draft = true`: checked, never built unless drafts are asked for.
    pub fn is_draft(&self) -> bool {
        match self {
            Front::Record(r) => r.draft,
            Front::Guide(g) => g.draft,
            Front::Page(p) => p.draft,
            Front::RecordText(_) | Front::GuideText(_) => false,
        }
    }

    /// The day a record goes live; other files have no publication date.
    pub fn published(&self) -> Option<Date> {
        match self {
            Front::Record(r) => Some(r.published),
            _ => None,
        }
    }

    /// The day the page was last updated, from the file that holds facts
    /// (a record's or guide's source; any page file).
    pub fn updated(&self) -> Option<Date> {
        match self {
            Front::Record(r) => r.updated,
            Front::Guide(g) => g.updated,
            Front::Page(p) => p.updated,
            Front::RecordText(_) | Front::GuideText(_) => None,
        }
    }

    /// What a translation says of itself: reviewed, tentative, by machine.
    pub fn translation_status(&self) -> Option<crate::domain::vocab::TranslationStatus> {
        match self {
            Front::RecordText(t) => t.translation,
            Front::GuideText(t) => t.translation,
            Front::Page(p) => p.translation,
            Front::Record(_) | Front::Guide(_) => None,
        }
    }

    pub fn summary(&self) -> Option<&str> {
        match self {
            Front::Record(r) => r.summary.as_deref(),
            Front::RecordText(r) => r.summary.as_deref(),
            Front::Guide(g) => g.summary.as_deref(),
            Front::GuideText(g) => g.summary.as_deref(),
            Front::Page(p) => p.summary.as_deref(),
        }
    }
}

/// One parsed source file.
#[derive(Debug, Clone)]
pub struct Document {
    pub file: SourceFile,
    pub front: Front,
    /// The Markdown after the front matter.
    pub body: String,
    /// The 1-based line of the file where `body` starts.
    pub body_line: usize,
    /// The front matter's text, for locating keys in later checks.
    pub front_text: String,
    /// The 1-based line of the file where `front_text` starts.
    pub front_line: usize,
}

impl Document {
    /// Where a top-level front-matter key is first assigned (with its line's
    /// text), or the opening `+++` line when the key is absent.
    pub fn key_position(&self, key: &str) -> Position {
        let lines = LineIndex::new(&self.front_text);
        let n = crate::config::key_line(&lines, key);
        let found =
            self.front_text.lines().nth(n - 1).is_some_and(|l| {
                l.trim_start().starts_with(key) || l.trim_start().starts_with('[')
            });
        if found {
            Position {
                line: self.front_line + n - 1,
                column: 1,
                text: self.front_text.lines().nth(n - 1).map(str::to_string),
            }
        } else {
            Position {
                line: 1,
                column: 1,
                text: Some("+++".into()),
            }
        }
    }
}

/// Everything found under `content/`.
#[derive(Debug, Default)]
pub struct Content {
    pub documents: Vec<Document>,
    pub assets: Vec<Asset>,
    /// Every Markdown file found, parsed or not, as `(key, lang)`: so that a
    /// file with errors does not also make its translations and the links to
    /// it look broken.
    pub found: BTreeSet<(EntryKey, LangCode)>,
    /// The annual reports' data files (`data/annual-report/<year>.toml`).
    pub annual_reports: Vec<annual_report::AnnualReport>,
}

/// Markdown files already read, by path, for the loader to take instead of
/// reading them again (see `stamp::Inputs`).
#[derive(Default)]
pub struct Sources(Mutex<HashMap<PathBuf, Vec<u8>>>);

impl Sources {
    pub fn new(read: HashMap<PathBuf, Vec<u8>>) -> Sources {
        Sources(Mutex::new(read))
    }

    pub(crate) fn take(&self, path: &Path) -> Option<Vec<u8>> {
        self.0
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .remove(path)
    }
}

/// Walks `content/` and parses every Markdown file. Problems come back as
/// diagnostics beside whatever parsed; a file with errors is left out.
pub fn load(config: &Config) -> (Content, Vec<Diagnostic>) {
    load_from(config, &Sources::default())
}

/// `load`, taking the files already in `sources` from there.
pub fn load_from(config: &Config, sources: &Sources) -> (Content, Vec<Diagnostic>) {
    let (files, assets, mut diags) = discover(config);
    let found = files.iter().map(|f| (f.key.clone(), f.lang)).collect();
    // Files parse independently: spread them over the cores, keep their order.
    let results: Vec<Result<Document, Vec<Diagnostic>>> = files
        .into_par_iter()
        .with_max_len(64)
        .map(|file| match sources.take(&file.path) {
            Some(bytes) => parse(file, bytes, config),
            None => read(file, config),
        })
        .collect();
    let mut documents = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(doc) => documents.push(doc),
            Err(mut d) => diags.append(&mut d),
        }
    }
    let (annual_reports, mut report_diags) = annual_report::load(config);
    diags.append(&mut report_diags);
    (
        Content {
            documents,
            assets,
            found,
            annual_reports,
        },
        diags,
    )
}

/// Reads and parses one source file.
pub fn read(file: SourceFile, config: &Config) -> Result<Document, Vec<Diagnostic>> {
    match std::fs::read(&file.path) {
        Ok(bytes) => parse(file, bytes, config),
        Err(e) => Err(vec![Diagnostic::error(
            "E010",
            file.display.clone(),
            msg!("cannot-read-file", error = &e),
        )]),
    }
}

/// Lists Markdown sources and assets, sorted, with problems in names and links.
pub fn discover(config: &Config) -> (Vec<SourceFile>, Vec<Asset>, Vec<Diagnostic>) {
    let root = &config.root;
    let content = config.content_dir();
    let mut files = Vec::new();
    let mut assets = Vec::new();
    let mut diags = Vec::new();
    if !content.is_dir() {
        diags.push(
            Diagnostic::error("E010", "content", msg!("no-content-folder"))
                .help(msg!("no-content-folder-help")),
        );
        return (files, assets, diags);
    }
    let site_root = std::fs::canonicalize(root).unwrap_or_else(|_| root.clone());
    let walker = walkdir::WalkDir::new(&content)
        .follow_links(false)
        .sort_by_file_name();
    let mut walker = walker.into_iter();
    while let Some(entry) = walker.next() {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let where_ = e
                    .path()
                    .map(|p| display_path(root, p))
                    .unwrap_or_else(|| "content".into());
                diags.push(Diagnostic::error(
                    "E010",
                    where_,
                    msg!("cannot-read-entry", error = &e),
                ));
                continue;
            }
        };
        let path = entry.path();
        let display = display_path(root, path);
        let name = entry.file_name().to_string_lossy().to_string();
        if name.starts_with('.') {
            continue; // editor and VCS files
        }
        if entry.path_is_symlink() {
            let inside = std::fs::canonicalize(path)
                .map(|t| t.starts_with(&site_root))
                .unwrap_or(false);
            if !inside {
                diags.push(
                    Diagnostic::error("E011", display, msg!("symlink-outside"))
                        .at(Position::start())
                        .help(msg!("symlink-outside-help")),
                );
                continue;
            }
            if std::fs::metadata(path).map(|m| m.is_dir()).unwrap_or(false) {
                continue; // not followed: its files are reached by their real path
            }
        } else if entry.file_type().is_dir() {
            if entry.depth() > 0 && !is_slug(&name) {
                // Its pages would have no URL: none is read until it is renamed.
                diags.push(name_error(display, &name));
                walker.skip_current_dir();
            }
            continue;
        }
        let rel = display_path(&content, path);
        match name.strip_suffix(".md") {
            Some(stem) => match source_file(config, path, display, &rel, stem) {
                Ok(f) => files.push(f),
                Err(d) => diags.push(d),
            },
            None => assets.push(Asset::read(path, rel)),
        }
    }
    (files, assets, diags)
}

fn name_error(display: String, name: &str) -> Diagnostic {
    Diagnostic::error("E012", display, msg!("name-not-slug", name = name))
        .help(msg!("name-not-slug-help"))
}

fn source_file(
    config: &Config,
    path: &Path,
    display: String,
    rel: &str,
    stem: &str,
) -> Result<SourceFile, Diagnostic> {
    let (base, lang) = match stem.rsplit_once('.') {
        Some((base, code)) => {
            let Some(lang) = config.lang_code(code) else {
                let codes: Vec<&str> = config.lang_codes().map(LangCode::as_str).collect();
                return Err(Diagnostic::error(
                    "E013",
                    display,
                    msg!("language-suffix-unknown", code = code),
                )
                .at(Position::start())
                .help(msg!(
                    "language-suffix-unknown-help",
                    codes = codes.join(", ")
                )));
            };
            (base, lang)
        }
        None => (stem, config.default_language().code),
    };
    let is_section = base == "_index";
    if !is_section && !is_slug(base) {
        return Err(name_error(display, stem).at(Position::start()));
    }
    let dir = rel.rsplit_once('/').map_or("", |(d, _)| d);
    let key = if is_section {
        dir.to_string()
    } else if dir.is_empty() {
        base.to_string()
    } else {
        format!("{dir}/{base}")
    };
    // Its folders are slugs (a folder that is not is never entered) and so is its name.
    let key = EntryKey::parse(&key)
        .ok_or_else(|| name_error(display.clone(), stem).at(Position::start()))?;
    let kind = match key.split('/').next() {
        _ if is_section => Kind::Page,
        Some("disclosure") => Kind::Record,
        Some("services") => Kind::Guide,
        _ => Kind::Page,
    };
    Ok(SourceFile {
        path: path.to_path_buf(),
        display,
        key,
        lang,
        kind,
        is_section,
    })
}

/// Splits and parses one file. All problems found are returned at once.
pub fn parse(
    file: SourceFile,
    bytes: Vec<u8>,
    config: &Config,
) -> Result<Document, Vec<Diagnostic>> {
    let at = |line: usize, col: usize, text: &str| crate::diag::Position {
        line,
        column: col,
        text: Some(text.to_string()),
    };
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let bytes = e.as_bytes();
            let valid = &bytes[..e.utf8_error().valid_up_to()];
            let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
            let col = String::from_utf8_lossy(valid.rsplit(|&b| b == b'\n').next().unwrap_or(b""))
                .chars()
                .count()
                + 1;
            return Err(vec![
                Diagnostic::error("E014", file.display, msg!("not-utf8"))
                    .at(crate::diag::Position {
                        line,
                        column: col,
                        text: None,
                    })
                    .help(msg!("not-utf8-help")),
            ]);
        }
    };
    // Editors on Windows: a byte-order mark and CRLF line ends are fine.
    let mut text = text;
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    if text.contains('\r') {
        text = text.replace("\r\n", "\n");
    }
    if text.trim().is_empty() {
        return Err(vec![
            Diagnostic::error("E003", file.display, msg!("file-empty"))
                .at(at(1, 1, ""))
                .help(msg!("file-empty-help")),
        ]);
    }
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().unwrap_or("");
    if first.trim_end() != "+++" {
        return Err(vec![
            Diagnostic::error("E003", file.display, msg!("no-front-matter"))
                .at(at(1, 1, first.trim_end()))
                .help(msg!("no-front-matter-help")),
        ]);
    }
    let front_start = first.len();
    let mut offset = front_start;
    let mut close = None;
    for (i, line) in lines.enumerate() {
        if line.trim_end() == "+++" {
            close = Some((offset, offset + line.len(), i + 2));
            break;
        }
        offset += line.len();
    }
    let Some((front_end, body_start, close_line)) = close else {
        return Err(vec![
            Diagnostic::error("E004", file.display, msg!("front-matter-open"))
                .at(at(1, 1, "+++"))
                .help(msg!("front-matter-open-help")),
        ]);
    };
    let front_text = &text[front_start..front_end];
    let line_of_front = 2;
    // Only files with problems need their lines indexed.
    let locate = |span: Option<std::ops::Range<usize>>| {
        let lines = LineIndex::new(&text);
        match span {
            Some(s) => lines.position(front_start + s.start),
            None => lines.line_start(1),
        }
    };

    let shape = Shape::of(file.kind, file.lang == config.default_language().code);
    let (schema, kind_name) = (shape.schema(), shape.name());

    // What editors get wrong on a Chinese keyboard, each in its own terms:
    // said instead of the parser's first complaint, and with the fixed line.
    let mistakes = || {
        let lines = LineIndex::new(&text);
        mistakes::find(front_text)
            .into_iter()
            .map(|m| {
                let start = lines.line_start(line_of_front + m.line);
                Diagnostic::error(m.code, &file.display, m.message)
                    .at(Position {
                        column: m.column,
                        ..start
                    })
                    .help(msg!("write-it-as", line = m.corrected))
            })
            .collect::<Vec<_>>()
    };
    let table = match toml::de::DeTable::parse(front_text) {
        Ok(t) => t,
        Err(_) if !mistakes().is_empty() => return Err(mistakes()),
        Err(e) => {
            return Err(vec![
                Diagnostic::error(
                    "E001",
                    file.display,
                    msg!("front-matter-toml", detail = e.message().trim()),
                )
                .at(locate(e.span()))
                .help(msg!("front-matter-toml-help")),
            ]);
        }
    };
    let mut diags = Vec::new();
    for (key, value) in table.get_ref().iter() {
        let name = key.get_ref().as_ref();
        let pos = || locate(Some(key.span()));
        if schema.source_only.contains(&name) {
            diags.push(
                Diagnostic::error(
                    "E007",
                    &file.display,
                    msg!("fact-in-translation", key = name),
                )
                .at(pos())
                .help(msg!("fact-in-translation-help")),
            );
        } else if !schema.allows(name) {
            let mut d = Diagnostic::error(
                "E006",
                &file.display,
                msg!("unknown-key", key = name, kind = kind_name),
            )
            .at(pos());
            d = match did_you_mean(name, schema.keys()) {
                Some(s) => d.help(msg!("did-you-mean", name = s)),
                None => d.help(msg!(
                    "unknown-key-help",
                    kind = kind_name,
                    keys = schema.keys().collect::<Vec<_>>().join(", ")
                )),
            };
            diags.push(d);
        } else if schema.required.contains(&name) {
            let mut empty = Vec::new();
            empty_strings(value, name.to_string(), &mut empty);
            for (path, span) in empty {
                diags.push(
                    Diagnostic::error("E005", &file.display, msg!("field-empty", key = &path))
                        .at(locate(Some(span)))
                        .help(msg!("field-empty-help")),
                );
            }
        }
    }
    for key in schema.required {
        if !table.get_ref().contains_key(*key) {
            let message = match model::key_label(key) {
                Some(label) => msg!("field-missing-labelled", key = *key, label = label),
                None => msg!("field-missing", key = *key),
            };
            diags.push(
                Diagnostic::error("E005", &file.display, message)
                    .at(at(1, 1, "+++"))
                    .help(msg!("field-missing-help", key = *key, kind = kind_name)),
            );
        }
    }
    if let Some(placeholder) = scaffold::BODY_PLACEHOLDERS
        .iter()
        .find(|p| text[body_start..].contains(**p))
    {
        let offset = body_start + text[body_start..].find(placeholder).unwrap_or(0);
        diags.push(
            Diagnostic::error("E017", &file.display, msg!("body-placeholder"))
                .at(LineIndex::new(&text).position(offset))
                .help(msg!("body-placeholder-help")),
        );
    }
    if !diags.is_empty() {
        return Err(diags);
    }

    let front = shape.parse(table);
    let front = front.map_err(|e| {
        let found = mistakes();
        if !found.is_empty() {
            return found;
        }
        vec![
            Diagnostic::error(
                "E008",
                &file.display,
                msg!("wrong-value", detail = e.message().trim()),
            )
            .at(locate(e.span()))
            .help(msg!("wrong-value-help")),
        ]
    })?;
    let front_text = front_text.to_string();
    // The body keeps the file's own buffer: no copy of the (large) text.
    let mut body = text;
    body.drain(..body_start);
    Ok(Document {
        body,
        body_line: close_line + 1,
        front_text,
        front_line: line_of_front,
        front,
        file,
    })
}

/// Empty or blank strings inside a value, with their dotted paths
/// (`materials[2].name`), so nested required text is checked too.
fn empty_strings(
    value: &toml::Spanned<toml::de::DeValue>,
    path: String,
    out: &mut Vec<(String, std::ops::Range<usize>)>,
) {
    let v = value.get_ref();
    if let Some(s) = v.as_str() {
        if s.trim().is_empty() {
            out.push((path, value.span()));
        }
    } else if let Some(items) = v.as_array() {
        for (i, item) in items.into_iter().enumerate() {
            empty_strings(item, format!("{path}[{}]", i + 1), out);
        }
    } else if let Some(table) = v.as_table() {
        for (k, item) in table.iter() {
            empty_strings(item, format!("{path}.{}", k.get_ref()), out);
        }
    }
}

/// Which front matter a file carries: its kind, and whether it is the source.
#[derive(Clone, Copy)]
enum Shape {
    Record,
    RecordText,
    Guide,
    GuideText,
    Page,
}

impl Shape {
    fn of(kind: Kind, is_source: bool) -> Shape {
        match (kind, is_source) {
            (Kind::Record, true) => Shape::Record,
            (Kind::Record, false) => Shape::RecordText,
            (Kind::Guide, true) => Shape::Guide,
            (Kind::Guide, false) => Shape::GuideText,
            (Kind::Page, _) => Shape::Page,
        }
    }

    fn schema(self) -> &'static Schema {
        match self {
            Shape::Record => &model::RECORD,
            Shape::RecordText => &model::RECORD_TEXT,
            Shape::Guide => &model::GUIDE,
            Shape::GuideText => &model::GUIDE_TEXT,
            Shape::Page => &model::PAGE,
        }
    }

    /// The kind, as the `kind` of messages `unknown-key` and `field-missing`.
    fn name(self) -> &'static str {
        match self {
            Shape::Record => "record",
            Shape::RecordText => "record-text",
            Shape::Guide => "guide",
            Shape::GuideText => "guide-text",
            Shape::Page => "page",
        }
    }

    /// The typed front matter, deserialized from the table already parsed.
    fn parse(self, table: toml::Spanned<toml::de::DeTable<'_>>) -> Result<Front, toml::de::Error> {
        fn typed<'de, T: serde::Deserialize<'de>>(
            table: toml::Spanned<toml::de::DeTable<'de>>,
        ) -> Result<T, toml::de::Error> {
            T::deserialize(toml::de::Deserializer::from(table))
        }
        Ok(match self {
            Shape::Record => Front::Record(Box::new(typed(table)?)),
            Shape::RecordText => Front::RecordText(typed(table)?),
            Shape::Guide => Front::Guide(Box::new(typed(table)?)),
            Shape::GuideText => Front::GuideText(Box::new(typed(table)?)),
            Shape::Page => Front::Page(typed(table)?),
        })
    }
}
