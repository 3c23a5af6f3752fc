//! Official terms in a translation (W070): where the Chinese source says a
//! term of the language's glossary (`locales/<lang>/glossary.toml`), the
//! translation's corresponding text must say its fixed rendering, or one of
//! the forms the glossary allows.
//!
//! Texts correspond field by field (the front matter's strings, at the same
//! key or position) and, for the body, paragraph by paragraph when both have
//! as many; otherwise body against body. A rendering is found as the search
//! finds words: folded (case, accents, ё) and, where the language has a
//! stemmer (en, es, ru), by stems, so "normative documents" is "normative
//! document" and "Народного правительства" is "Народное правительство".
//! Japanese and Korean are compared character by character, spaces aside.
//! A term inside a longer term of the glossary counts as part of that one.

use crate::content::glossary::{Glossary, Term};
use crate::text::analysis::{Stem, fold, normalize};

use super::*;

/// How a language's text is compared: by words or by characters.
enum Mode {
    Words(Stem),
    Chars,
}

/// A text brought to the form renderings are looked for in: its units
/// (stems or characters) with where each stands in the text.
struct Units {
    units: Vec<String>,
    /// Byte ranges in the text the units were made from.
    spans: Vec<std::ops::Range<usize>>,
}

impl Mode {
    fn new(lang: &str) -> Mode {
        match lang {
            "ja" | "ko" | "zh" => Mode::Chars,
            _ => Mode::Words(Stem::new(lang)),
        }
    }

    fn units(&mut self, text: &str) -> Units {
        let mut out = Units {
            units: Vec::new(),
            spans: Vec::new(),
        };
        match self {
            Mode::Words(stem) => {
                let mut start = None;
                let mut push = |from: usize, to: usize, out: &mut Units| {
                    let word = normalize(&text[from..to]);
                    let term = stem.word(&word).0.to_string();
                    out.units.push(term);
                    out.spans.push(from..to);
                };
                for (i, c) in text.char_indices() {
                    match (c.is_alphanumeric(), start) {
                        (true, None) => start = Some(i),
                        (false, Some(s)) => {
                            push(s, i, &mut out);
                            start = None;
                        }
                        _ => {}
                    }
                }
                if let Some(s) = start {
                    push(s, text.len(), &mut out);
                }
            }
            Mode::Chars => {
                for (i, c) in text.char_indices() {
                    if c.is_whitespace() || matches!(c, '·' | '・' | '-' | '‐') {
                        continue;
                    }
                    let mut buf = [0u8; 4];
                    for n in fold(&normalize(c.encode_utf8(&mut buf))).chars() {
                        out.units.push(n.to_string());
                        out.spans.push(i..i + c.len_utf8());
                    }
                }
            }
        }
        out
    }
}

/// Where `needle` stands in `hay`, as a run of units.
fn find(hay: &[String], needle: &[String]) -> bool {
    !needle.is_empty() && hay.windows(needle.len()).any(|w| w == needle)
}

/// The terms of `glossary` that `source` says, longest first: a term inside
/// a longer one found there is that one's part, not a term of its own.
fn terms_in<'g>(glossary: &'g Glossary, source: &str) -> Vec<&'g Term> {
    let mut terms: Vec<&Term> = glossary
        .terms
        .iter()
        .filter(|t| t.in_text && source.contains(&t.source))
        .collect();
    terms.sort_by_key(|t| std::cmp::Reverse(t.source.chars().count()));
    let mut covered: Vec<std::ops::Range<usize>> = Vec::new();
    let mut out = Vec::new();
    for t in terms {
        let mut alone = false;
        for (at, m) in source.match_indices(&t.source) {
            let r = at..at + m.len();
            if !covered.iter().any(|c| c.start <= r.start && r.end <= c.end) {
                alone = true;
                covered.push(r);
            }
        }
        if alone {
            out.push(t);
        }
    }
    // In the order of the glossary: the warnings of one text read in a stable order.
    out.sort_by_key(|t| t.line);
    out
}

/// What a translation says where the rendering was expected: the run of its
/// words that shares most of the rendering's words (or, by characters, the
/// longest stretch in common), when there is one.
fn nearby(mode: &mut Mode, text: &str, t: &Units, term: &Term) -> Option<String> {
    let form = mode.units(&term.rendering);
    match mode {
        Mode::Words(_) => {
            // The rendering's words that say something: "of", "de", "и" do not.
            let content: Vec<&String> = form
                .units
                .iter()
                .zip(&form.spans)
                .filter(|(_, s)| term.rendering[(*s).clone()].chars().count() > 3)
                .map(|(u, _)| u)
                .collect();
            let hits: Vec<usize> = (0..t.units.len())
                .filter(|&i| content.contains(&&t.units[i]))
                .collect();
            // The longest run of hits at most two words apart.
            let (mut best, mut from) = (None::<(usize, usize, usize)>, 0);
            for k in 0..hits.len() {
                if k > 0 && hits[k] - hits[k - 1] > 3 {
                    from = k;
                }
                let count = k - from + 1;
                if best.is_none_or(|(n, _, _)| count > n) {
                    best = Some((count, hits[from], hits[k]));
                }
            }
            let (_, a, b) = best?;
            Some(text[t.spans[a].start..t.spans[b].end].to_string())
        }
        Mode::Chars => {
            let (mut len, mut at) = (0, 0);
            for i in 0..t.units.len() {
                for j in 0..form.units.len() {
                    let mut n = 0;
                    while i + n < t.units.len()
                        && j + n < form.units.len()
                        && t.units[i + n] == form.units[j + n]
                    {
                        n += 1;
                    }
                    if n > len {
                        (len, at) = (n, i);
                    }
                }
            }
            (len >= 2).then(|| text[t.spans[at].start..t.spans[at + len - 1].end].to_string())
        }
    }
}

/// One text of the source and the translation's text that says it.
struct Pair<'a> {
    source: &'a str,
    translated: &'a str,
    at: crate::diag::Position,
}

/// The strings of the two front matters at the same keys and positions.
fn field_pairs<'a>(
    source: &'a toml_edit::Item,
    translated: &'a toml_edit::Item,
    at: &dyn Fn(Option<std::ops::Range<usize>>) -> crate::diag::Position,
    out: &mut Vec<Pair<'a>>,
) {
    use toml_edit::{Item, Value};
    match (source, translated) {
        (Item::Value(Value::String(s)), Item::Value(Value::String(t))) => out.push(Pair {
            source: s.value(),
            translated: t.value(),
            at: at(t.span()),
        }),
        (Item::Value(Value::Array(s)), Item::Value(Value::Array(t))) => {
            for (s, t) in s.iter().zip(t.iter()) {
                if let (Value::String(s), Value::String(tv)) = (s, t) {
                    out.push(Pair {
                        source: s.value(),
                        translated: tv.value(),
                        at: at(tv.span()),
                    });
                } else if let (Some(s), Some(t)) = (s.as_inline_table(), t.as_inline_table()) {
                    for (k, tv) in t.iter() {
                        if let (Some(Value::String(sv)), Value::String(tv)) = (s.get(k), tv) {
                            out.push(Pair {
                                source: sv.value(),
                                translated: tv.value(),
                                at: at(tv.span()),
                            });
                        }
                    }
                }
            }
        }
        (Item::ArrayOfTables(s), Item::ArrayOfTables(t)) => {
            for (s, t) in s.iter().zip(t.iter()) {
                for (k, tv) in t.iter() {
                    if let Some(sv) = s.get(k) {
                        field_pairs(sv, tv, at, out);
                    }
                }
            }
        }
        _ => {
            if let (Some(s), Some(t)) = (source.as_table_like(), translated.as_table_like()) {
                for (k, tv) in t.iter() {
                    if let Some(sv) = s.get(k) {
                        field_pairs(sv, tv, at, out);
                    }
                }
            }
        }
    }
}

/// A body's paragraphs: the text between blank lines, with its byte offset.
fn blocks(body: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (false, None) => start = Some(offset),
            (true, Some(s)) => {
                out.push((s, body[s..offset].trim_end()));
                start = None;
            }
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        out.push((s, body[s..].trim_end()));
    }
    out
}

/// W070 for each glossary term `source` says that `doc`, its translation,
/// does not render as the glossary does.
pub(super) fn check(site: &Site, doc: &Document, source: &Document, out: &mut Vec<Diagnostic>) {
    let Some(glossary) = site.glossaries.of(doc.file.lang) else {
        return;
    };
    let mut pairs = Vec::new();
    let lines = crate::diag::LineIndex::new(&doc.front_text);
    let at_front = |span: Option<std::ops::Range<usize>>| match span {
        Some(s) => {
            let mut p = lines.position(s.start);
            p.line += doc.front_line - 1;
            p
        }
        None => doc.key_position("title"),
    };
    let (s_front, t_front) = (
        toml_edit::Document::parse(source.front_text.as_str()),
        toml_edit::Document::parse(doc.front_text.as_str()),
    );
    if let (Ok(s), Ok(t)) = (&s_front, &t_front) {
        field_pairs(s.as_item(), t.as_item(), &at_front, &mut pairs);
    }
    let body_at = |offset: usize| {
        let n = doc.body[..offset].matches('\n').count();
        crate::diag::Position {
            line: doc.body_line + n,
            column: 1,
            text: doc.body.lines().nth(n).map(str::to_string),
        }
    };
    let (s_blocks, t_blocks) = (blocks(&source.body), blocks(&doc.body));
    if s_blocks.len() == t_blocks.len() {
        for ((_, s), (offset, t)) in s_blocks.iter().zip(&t_blocks) {
            pairs.push(Pair {
                source: s,
                translated: t,
                at: body_at(*offset),
            });
        }
    } else if !doc.body.trim().is_empty() {
        pairs.push(Pair {
            source: &source.body,
            translated: &doc.body,
            at: doc.key_position("title"),
        });
    }
    let mut mode = Mode::new(&doc.file.lang);
    for pair in pairs {
        let terms = terms_in(glossary, pair.source);
        if terms.is_empty() {
            continue;
        }
        let text = mode.units(pair.translated);
        for term in terms {
            let said = term.forms().any(|f| {
                let f = mode.units(f);
                find(&text.units, &f.units)
            });
            if said {
                continue;
            }
            let message = match nearby(&mut mode, pair.translated, &text, term) {
                Some(has) => msg!(
                    "glossary-miss-nearby",
                    term = &term.source,
                    rendering = &term.rendering,
                    has = has
                ),
                None => msg!(
                    "glossary-miss",
                    term = &term.source,
                    rendering = &term.rendering
                ),
            };
            out.push(
                Diagnostic::warning("W070", &doc.file.display, message)
                    .at(pair.at.clone())
                    .help(msg!(
                        "glossary-miss-help",
                        glossary = &glossary.file,
                        line = term.line
                    )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn term(source: &str, rendering: &str) -> Term {
        Term {
            source: source.into(),
            rendering: rendering.into(),
            variants: Vec::new(),
            note: None,
            in_text: true,
            line: 1,
        }
    }

    fn says(lang: &str, text: &str, rendering: &str) -> bool {
        let mut m = Mode::new(lang);
        let t = m.units(text);
        let f = m.units(rendering);
        find(&t.units, &f.units)
    }

    #[test]
    fn renderings_are_found_as_the_search_finds_words() {
        assert!(says(
            "en",
            "Two Administrative Normative Documents were issued",
            "administrative normative document"
        ));
        assert!(says(
            "ru",
            "решение Народного правительства города Далянь",
            "Народное правительство города Далянь"
        ));
        assert!(says("ru", "Её", "ее"));
        assert!(says(
            "es",
            "la Administracion Municipal de Regulacion del Mercado",
            "Administración Municipal de Regulación del Mercado"
        ));
        assert!(says("ko", "다롄시인민정부는", "다롄시 인민정부"));
        assert!(!says(
            "en",
            "administrative regulatory document",
            "administrative normative document"
        ));
    }

    #[test]
    fn a_term_inside_a_longer_one_is_that_ones() {
        let g = Glossary {
            file: "g".into(),
            terms: vec![
                term("人民政府", "people's government"),
                term("大连市人民政府", "x"),
            ],
        };
        let found: Vec<&str> = terms_in(&g, "大连市人民政府发布")
            .iter()
            .map(|t| t.source.as_str())
            .collect();
        assert_eq!(found, ["大连市人民政府"]);
        let found = terms_in(&g, "大连市人民政府和省人民政府");
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn what_the_translation_has_instead() {
        let mut m = Mode::new("en");
        let text = "This administrative regulatory document takes effect";
        let t = m.units(text);
        let has = nearby(
            &mut m,
            text,
            &t,
            &term("x", "administrative normative document"),
        );
        assert_eq!(has.as_deref(), Some("administrative regulatory document"));
    }
}
