//! Translation freshness: the digest of a source's translatable text, the
//! state of each translation (fresh, stale, unverified, missing), the
//! `i18n status` report and `i18n mark`, which records the digest in a
//! translation's front matter in place (comments and layout kept).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::content::{Document, Front, Kind};
use crate::domain::vocab::TranslationStatus;
use crate::domain::{Digest, LangCode};
use crate::site::{Presence, Site};

/// The digest of what a translator translates from a source: its text
/// fields and body, not its facts. `blake3:` and 16 hex digits.
pub fn digest(doc: &Document) -> Digest {
    let mut h = blake3::Hasher::new();
    let mut put = |label: &str, text: &str| {
        h.update(label.as_bytes());
        h.update(&[0]);
        h.update(text.trim().as_bytes());
        h.update(&[0]);
    };
    match &doc.front {
        Front::Record(r) => {
            put("title", &r.title);
            put("summary", r.summary.as_deref().unwrap_or(""));
            r.keywords.iter().for_each(|k| put("keyword", k));
        }
        Front::Guide(g) => {
            put("title", &g.title);
            put("summary", g.summary.as_deref().unwrap_or(""));
            g.legal_basis.iter().for_each(|b| put("legal_basis", b));
            put("conditions", &g.conditions);
            put("place", &g.place);
            put("hours", &g.hours);
            put("result", g.result.as_deref().unwrap_or(""));
            for m in &g.materials {
                put("material", &m.name);
                put("basis", m.basis.as_deref().unwrap_or(""));
            }
            for s in &g.steps {
                put("step", &s.title);
                put("text", &s.text);
            }
            for f in &g.fees {
                put("fee", &f.name);
                put("standard", &f.standard);
                put("basis", f.basis.as_deref().unwrap_or(""));
            }
            for q in &g.faq {
                put("q", &q.q);
                put("a", &q.a);
            }
        }
        Front::Page(p) => {
            put("title", &p.title);
            put("summary", p.summary.as_deref().unwrap_or(""));
        }
        Front::RecordText(_) | Front::GuideText(_) => {}
    }
    // Attachment titles are translated too (none: the digest is as before).
    for a in super::attachments::written(doc) {
        put("attachment", a.title);
    }
    put("body", &doc.body);
    Digest::short(h.finalize())
}

/// The digest a translation recorded, if any.
pub fn recorded(doc: &Document) -> Option<&Digest> {
    match &doc.front {
        Front::RecordText(t) => t.source_digest.as_ref(),
        Front::GuideText(t) => t.source_digest.as_ref(),
        Front::Page(p) => p.source_digest.as_ref(),
        _ => None,
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// Translated from the source as it is now.
    Fresh,
    /// The source changed after the translation was made.
    Stale,
    /// Translated, but no digest records from which version.
    Unverified,
    /// No translation.
    Missing,
}

/// The state of the translation of a page that has a source, in `lang`.
pub fn state(site: &Site, entry: usize, lang: LangCode) -> Option<State> {
    let source = site.source(entry)?;
    if lang == site.config.default_language().code {
        return None;
    }
    Some(match site.entries[entry].versions.get(&lang) {
        None => State::Missing,
        Some(t) => match recorded(t) {
            None => State::Unverified,
            Some(d) if *d == digest(source) => State::Fresh,
            Some(_) => State::Stale,
        },
    })
}

#[derive(Debug, Default, Serialize)]
pub struct Counts {
    pub fresh: usize,
    pub stale: usize,
    pub unverified: usize,
    pub missing: usize,
    /// Of the translations there, how many say (`translation = …`) they
    /// are reviewed, tentative or by machine; the rest say nothing.
    pub reviewed: usize,
    pub tentative: usize,
    pub machine: usize,
}

#[derive(Debug, Serialize)]
pub struct Row {
    pub lang: LangCode,
    /// `disclosure`, `services` or a page section.
    pub section: String,
    pub counts: Counts,
    /// Files to translate or to check: missing ones by the path they would have.
    pub files: Vec<FileState>,
}

#[derive(Debug, Serialize)]
pub struct FileState {
    pub state: State,
    pub file: String,
    pub source: String,
}

/// Per language and section: how many records, guides and pages are fresh,
/// stale, unverified and missing, with the files behind the numbers.
pub fn status(site: &Site) -> Vec<Row> {
    let mut rows: BTreeMap<(usize, String), Row> = BTreeMap::new();
    for (i, entry) in site.entries.iter().enumerate() {
        let Some(source) = site.source(i) else {
            continue;
        };
        let section = match entry.kind {
            Kind::Record => "disclosure".to_string(),
            Kind::Guide => "services".to_string(),
            Kind::Page => entry
                .key
                .split('/')
                .next()
                .filter(|s| !s.is_empty())
                .unwrap_or("(home)")
                .to_string(),
        };
        for (li, lang) in site.config.languages.iter().enumerate() {
            let Some(state) = state(site, i, lang.code) else {
                continue;
            };
            let row = rows.entry((li, section.clone())).or_insert_with(|| Row {
                lang: lang.code,
                section: section.clone(),
                counts: Counts::default(),
                files: Vec::new(),
            });
            let c = &mut row.counts;
            *match state {
                State::Fresh => &mut c.fresh,
                State::Stale => &mut c.stale,
                State::Unverified => &mut c.unverified,
                State::Missing => &mut c.missing,
            } += 1;
            if let Some(status) = entry
                .versions
                .get(&lang.code)
                .and_then(|t| t.front.translation_status())
            {
                *match status {
                    TranslationStatus::Reviewed => &mut c.reviewed,
                    TranslationStatus::Tentative => &mut c.tentative,
                    TranslationStatus::Machine => &mut c.machine,
                } += 1;
            }
            if state != State::Fresh {
                let file = match entry.versions.get(&lang.code) {
                    Some(t) => t.file.display.clone(),
                    None => translation_path(&source.file.display, lang.code),
                };
                row.files.push(FileState {
                    state,
                    file,
                    source: source.file.display.clone(),
                });
            }
        }
    }
    rows.into_values().collect()
}

/// `content/a/b.md` → `content/a/b.en.md`.
fn translation_path(source: &str, lang: LangCode) -> String {
    match source.strip_suffix(".md") {
        Some(stem) => format!("{stem}.{lang}.md"),
        None => format!("{source}.{lang}"),
    }
}

/// Whether a page shows the text of a stale translation.
pub fn is_stale(site: &Site, entry: usize, lang: LangCode) -> bool {
    site.presence(entry, lang) == Presence::Translated
        && state(site, entry, lang) == Some(State::Stale)
}

/// Writes `source_digest = "<digest>"` into a translation file's front
/// matter, keeping everything else as it is. Returns the new text.
pub fn mark(text: &str, digest: &Digest) -> Result<String, String> {
    let (bom, text) = match text.strip_prefix('\u{feff}') {
        Some(t) => ("\u{feff}", t),
        None => ("", text),
    };
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let mut lines = text.split_inclusive('\n');
    let first = lines.next().ok_or("the file is empty")?;
    if first.trim_end() != "+++" {
        return Err("the file does not start with `+++` front matter".into());
    }
    let start = first.len();
    let mut end = None;
    let mut offset = start;
    for line in lines {
        if line.trim_end() == "+++" {
            end = Some(offset);
            break;
        }
        offset += line.len();
    }
    let end = end.ok_or("the front matter is never closed")?;
    let mut doc: toml_edit::DocumentMut = text[start..end]
        .parse()
        .map_err(|e: toml_edit::TomlError| format!("front matter is not valid TOML: {e}"))?;
    doc["source_digest"] = toml_edit::value(digest.as_str());
    let mut front = doc.to_string();
    if nl == "\r\n" {
        front = front.replace("\r\n", "\n").replace('\n', "\r\n");
    }
    if !front.ends_with(nl) {
        front.push_str(nl);
    }
    Ok(format!("{bom}{}{}{}", &text[..start], front, &text[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn digest_of(text: &str) -> Digest {
        Digest::try_from(text.to_string()).unwrap()
    }

    #[test]
    fn mark_adds_or_replaces_the_digest_and_keeps_the_rest() {
        let text = "+++\n# translated by the Foreign Affairs Office\ntitle = \"Notice\"  # keep me\n+++\n\nBody.\n";
        let marked = mark(text, &digest_of("blake3:0123456789abcdef")).unwrap();
        assert!(
            marked.contains(
                "# translated by the Foreign Affairs Office\ntitle = \"Notice\"  # keep me\n"
            ),
            "{marked}"
        );
        assert!(
            marked.contains("source_digest = \"blake3:0123456789abcdef\"\n+++\n\nBody.\n"),
            "{marked}"
        );
        let again = mark(&marked, &digest_of("blake3:fedcba9876543210")).unwrap();
        assert_eq!(again.matches("source_digest").count(), 1, "{again}");
        assert!(again.contains("blake3:fedcba9876543210"));
    }

    #[test]
    fn mark_keeps_crlf_and_bom() {
        let text = "\u{feff}+++\r\ntitle = \"Notice\"\r\n+++\r\nBody.\r\n";
        let marked = mark(text, &digest_of("blake3:0123456789abcdef")).unwrap();
        assert!(marked.starts_with('\u{feff}'));
        assert!(!marked.replace("\r\n", "").contains('\n'), "{marked:?}");
    }
}
