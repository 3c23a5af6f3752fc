//! The official glossary (政府术语统一译法): for each foreign language,
//! `locales/<lang>/glossary.toml` gives the fixed rendering of the source's
//! official terms (agencies, document types, legal terms), so that every
//! translation says them one way. `check` holds translations to it (W070);
//! each foreign edition lists it on a page of its own.
//!
//! ```toml
//! [terms]
//! "大连市人民政府" = "Dalian Municipal People's Government"
//!
//! [terms."行政规范性文件"]
//! rendering = "administrative normative document"
//! variants = ["normative document"]      # other accepted forms
//! note = "规范性文件 for short"           # shown on the glossary page
//!
//! [terms."有效"]
//! rendering = "in force"
//! in_text = false   # a label: also an ordinary word (有效期), not looked for in texts
//! ```
//!
//! What this is not: the names the pages print for agencies, topics and the
//! like, which are messages (`agency-<id>` in `site.ftl`).

use std::collections::BTreeMap;

use crate::config::Config;
use crate::diag::{Diagnostic, LineIndex, Position, did_you_mean};
use crate::domain::LangCode;
use crate::msg;

/// The file's name in each language's folder under `locales/`.
pub const FILE: &str = "glossary.toml";

/// The keys a term's table may have.
const TERM_KEYS: [&str; 4] = ["rendering", "variants", "note", "in_text"];

/// One official term and how this language must render it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    /// The term as the Chinese source writes it.
    pub source: String,
    /// The fixed rendering, as the glossary page shows it.
    pub rendering: String,
    /// Other forms a translation may use (plural, case, short forms).
    pub variants: Vec<String>,
    pub note: Option<String>,
    /// Whether translations are held to it (W070). A label such as 有效
    /// (in force) is also an ordinary word (有效期, 有效身份证件): the page
    /// lists it, the check leaves it to the pages that print it.
    pub in_text: bool,
    /// The line of the glossary file that gives it.
    pub line: usize,
}

impl Term {
    /// The rendering and its variants: the forms a translation may use.
    pub fn forms(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.rendering.as_str()).chain(self.variants.iter().map(String::as_str))
    }
}

/// A language's glossary, in the order of its file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glossary {
    /// The file as diagnostics name it (`locales/en/glossary.toml`).
    pub file: String,
    pub terms: Vec<Term>,
}

/// Every foreign language's glossary, by language.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Glossaries(pub BTreeMap<LangCode, Glossary>);

impl Glossaries {
    /// The glossary of `lang`, when it has terms.
    pub fn of(&self, lang: LangCode) -> Option<&Glossary> {
        self.0.get(&lang).filter(|g| !g.terms.is_empty())
    }
}

/// Reads every language's glossary; the terms of a file with problems are
/// those that had none, beside the problems.
pub fn load(config: &Config) -> (Glossaries, Vec<Diagnostic>) {
    let mut out = Glossaries::default();
    let mut diags = Vec::new();
    let default = config.default_language().code;
    for lang in config.lang_codes() {
        let display = format!("locales/{lang}/{FILE}");
        let path = config.root.join("locales").join(lang.as_str()).join(FILE);
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => continue,
            Err(e) => {
                diags.push(Diagnostic::error(
                    "E080",
                    &display,
                    msg!("glossary-unreadable", error = &e),
                ));
                continue;
            }
        };
        if lang == default {
            diags.push(
                Diagnostic::error("E085", &display, msg!("glossary-of-source", lang = &lang))
                    .help(msg!("glossary-of-source-help")),
            );
            continue;
        }
        let (glossary, mut problems) = parse(&display, &text);
        diags.append(&mut problems);
        out.0.insert(lang, glossary);
    }
    (out, diags)
}

/// Whether `text` has a Chinese character: a term is written as the source
/// writes it.
fn is_chinese(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3134F)
    })
}

/// Parses one glossary file: its terms, and every problem of it.
pub fn parse(display: &str, text: &str) -> (Glossary, Vec<Diagnostic>) {
    let lines = LineIndex::new(text);
    let at = |span: Option<std::ops::Range<usize>>| {
        span.map_or_else(Position::start, |s| lines.position(s.start))
    };
    let mut glossary = Glossary {
        file: display.to_string(),
        terms: Vec::new(),
    };
    let mut out = Vec::new();
    let doc = match toml_edit::Document::parse(text) {
        Ok(d) => d,
        Err(e) => {
            let message = e.message().trim().to_string();
            // The one mistake TOML itself catches that an editor makes most.
            let code = match message.contains("duplicate key") {
                true => "E082",
                false => "E080",
            };
            out.push(
                Diagnostic::error(code, display, msg!("glossary-toml", error = &message))
                    .at(at(e.span()))
                    .help(msg!("glossary-toml-help")),
            );
            return (glossary, out);
        }
    };
    let root = doc.as_table();
    for (k, item) in root.iter() {
        if k != "terms" {
            let mut d = Diagnostic::error("E084", display, msg!("glossary-unknown-key", key = k))
                .at(at(root.key(k).and_then(|k| k.span())));
            d = match did_you_mean(k, ["terms"]) {
                Some(s) => d.help(msg!("did-you-mean", name = s)),
                None => d.help(msg!("glossary-shape-help")),
            };
            out.push(d);
            continue;
        }
        let Some(terms) = item.as_table_like() else {
            out.push(
                Diagnostic::error("E084", display, msg!("glossary-not-a-table"))
                    .at(at(item.span()))
                    .help(msg!("glossary-shape-help")),
            );
            continue;
        };
        // Keys equal once normalised are the same term: 大连市人民政府 and
        // a copy with a stray space would both be looked for.
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        for (source, value) in terms.iter() {
            let key_pos = at(terms.key(source).and_then(|k| k.span()));
            let source_trimmed = source.trim();
            if !is_chinese(source_trimmed) {
                out.push(
                    Diagnostic::error(
                        "E083",
                        display,
                        msg!("glossary-term-not-chinese", term = source),
                    )
                    .at(key_pos.clone())
                    .help(msg!("glossary-term-not-chinese-help")),
                );
                continue;
            }
            let norm = crate::text::analysis::normalize(source_trimmed);
            if let Some(first) = seen.get(&norm) {
                out.push(
                    Diagnostic::error(
                        "E082",
                        display,
                        msg!("glossary-duplicate", term = source_trimmed, line = first),
                    )
                    .at(key_pos.clone())
                    .help(msg!("glossary-duplicate-help")),
                );
                continue;
            }
            seen.insert(norm, key_pos.line);
            let mut term = Term {
                source: source_trimmed.to_string(),
                rendering: String::new(),
                variants: Vec::new(),
                note: None,
                in_text: true,
                line: key_pos.line,
            };
            let value_pos = at(value.span()).line.max(key_pos.line);
            let mut ok = true;
            let empty = |out: &mut Vec<Diagnostic>, line: Position| {
                out.push(
                    Diagnostic::error("E081", display, msg!("glossary-empty", term = &term.source))
                        .at(line)
                        .help(msg!("glossary-empty-help")),
                );
            };
            if let Some(s) = value.as_str() {
                term.rendering = s.trim().to_string();
                if term.rendering.is_empty() {
                    empty(&mut out, key_pos.clone());
                    ok = false;
                }
            } else if let Some(t) = value.as_table_like() {
                for (k, v) in t.iter() {
                    let pos = at(t.key(k).and_then(|k| k.span()));
                    let wrong = |out: &mut Vec<Diagnostic>, pos: Position| {
                        out.push(
                            Diagnostic::error(
                                "E084",
                                display,
                                msg!("glossary-wrong-type", key = k, term = source_trimmed),
                            )
                            .at(pos)
                            .help(msg!("glossary-shape-help")),
                        );
                    };
                    match k {
                        "rendering" | "note" => match v.as_str() {
                            Some(s) if k == "rendering" => term.rendering = s.trim().to_string(),
                            Some(s) => {
                                term.note = Some(s.trim().to_string()).filter(|s| !s.is_empty())
                            }
                            None => {
                                wrong(&mut out, pos);
                                ok = false;
                            }
                        },
                        "in_text" => match v.as_bool() {
                            Some(b) => term.in_text = b,
                            None => {
                                wrong(&mut out, pos);
                                ok = false;
                            }
                        },
                        "variants" => match v.as_array() {
                            Some(a) => {
                                for item in a.iter() {
                                    match item.as_str().map(str::trim) {
                                        Some("") => {
                                            empty(&mut out, pos.clone());
                                            ok = false;
                                        }
                                        Some(s) => term.variants.push(s.to_string()),
                                        None => {
                                            wrong(&mut out, pos.clone());
                                            ok = false;
                                        }
                                    }
                                }
                            }
                            None => {
                                wrong(&mut out, pos);
                                ok = false;
                            }
                        },
                        _ => {
                            let mut d = Diagnostic::error(
                                "E084",
                                display,
                                msg!("glossary-unknown-term-key", key = k, term = source_trimmed),
                            )
                            .at(pos);
                            d = match did_you_mean(k, TERM_KEYS) {
                                Some(s) => d.help(msg!("did-you-mean", name = s)),
                                None => d.help(msg!("glossary-shape-help")),
                            };
                            out.push(d);
                            ok = false;
                        }
                    }
                }
                if term.rendering.is_empty() && ok {
                    empty(&mut out, key_pos.clone());
                    ok = false;
                }
            } else {
                out.push(
                    Diagnostic::error(
                        "E084",
                        display,
                        msg!(
                            "glossary-wrong-type",
                            key = "rendering",
                            term = source_trimmed
                        ),
                    )
                    .at(lines.line_start(value_pos))
                    .help(msg!("glossary-shape-help")),
                );
                ok = false;
            }
            if ok {
                glossary.terms.push(term);
            }
        }
    }
    (glossary, out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(text: &str) -> Vec<(String, usize)> {
        parse("locales/en/glossary.toml", text)
            .1
            .into_iter()
            .map(|d| (d.code.to_string(), d.line))
            .collect()
    }

    #[test]
    fn both_forms_read_in_file_order() {
        let (g, d) = parse(
            "g",
            "[terms]\n\"大连市人民政府\" = \"Dalian Municipal People's Government\"\n\n\
             [terms.\"行政规范性文件\"]\nrendering = \"administrative normative document\"\n\
             variants = [\"normative document\"]\nnote = \"n\"\n",
        );
        assert!(d.is_empty(), "{d:?}");
        assert_eq!(g.terms.len(), 2);
        assert_eq!(g.terms[0].source, "大连市人民政府");
        assert_eq!(g.terms[0].line, 2);
        assert_eq!(g.terms[1].rendering, "administrative normative document");
        assert_eq!(g.terms[1].variants, ["normative document"]);
        assert_eq!(g.terms[1].line, 4);
    }

    #[test]
    fn each_mistake_at_its_line() {
        assert_eq!(codes("[terms]\n\"公安局\" = \"\"\n"), [("E081".into(), 2)]);
        assert_eq!(
            codes("[terms]\n\"公安局\" = \"a\"\n\"公安局\" = \"b\"\n"),
            [("E082".into(), 3)]
        );
        assert_eq!(
            codes("[terms]\n\"公安局\" = \"a\"\n\" 公安局\" = \"b\"\n"),
            [("E082".into(), 3)]
        );
        assert_eq!(
            codes("[terms]\n\"Public Security\" = \"a\"\n"),
            [("E083".into(), 2)]
        );
        assert_eq!(codes("[terms]\n\"公安局\" = \"a\n"), [("E080".into(), 2)]);
        assert_eq!(
            codes("[terms.\"公安局\"]\nrenderng = \"a\"\n"),
            [("E084".into(), 2)]
        );
        assert_eq!(codes("[term]\n\"公安局\" = \"a\"\n"), [("E084".into(), 1)]);
    }
}
