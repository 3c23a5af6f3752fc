//! Analysis: text → the tokens the index stores and the queries look up.
//! One definition, mirrored line by line by `search.js` and held to it by
//! the shared vectors in `tests/search-vectors.json`.
//!
//! NFKC, then lowercase. Runs of Han, Hiragana, Katakana and Hangul (by
//! script extensions, so 々 and ー stay inside their runs) become overlapping
//! character bigrams, a lone character its own token: any two characters of
//! a Chinese title find it with no dictionary. Everything else that is a
//! letter or a digit makes words, stemmed by Snowball (tantivy's stemmers)
//! in English, Spanish and Russian. The browser runs no stemmer: the export
//! ships each word form with the stem it indexes.

use std::collections::HashMap;

use icu::normalizer::ComposingNormalizerBorrowed;
use icu::properties::props::Script;
use icu::properties::script::ScriptWithExtensions;
use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer};

/// Words longer than this are not indexed (nor looked up): no reader types them.
pub const MAX_WORD_CHARS: usize = 64;

/// One token: the form found in the text and the term it is indexed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Normalised and lowercased, as it stands in the text.
    pub surface: String,
    /// What the index stores: the stem of a word, or the surface itself.
    pub term: String,
    /// Byte range of the surface in the normalised text.
    pub from: usize,
    pub to: usize,
}

/// NFKC and lowercase: full-width letters and digits become ASCII, half-width
/// katakana full-width, compatibility ideographs their unified forms.
pub fn normalize(text: &str) -> String {
    ComposingNormalizerBorrowed::new_nfkc()
        .normalize(text)
        .to_lowercase()
}

/// An identifier as it is indexed whole (`大政发〔2024〕12号`, an index number):
/// normalised, outer spaces trimmed.
pub fn identifier(text: &str) -> String {
    normalize(text).trim().to_string()
}

/// The Snowball stemmer of a language, if it has one here.
pub fn stemmer_language(lang: &str) -> Option<Language> {
    match lang {
        "en" => Some(Language::English),
        "es" => Some(Language::Spanish),
        "ru" => Some(Language::Russian),
        _ => None,
    }
}

/// A word's stem in a language (the word itself where there is no stemmer).
/// Stems already found are remembered: a corpus repeats its words.
pub struct Stem {
    analyzer: Option<TextAnalyzer>,
    known: HashMap<String, String>,
}

/// How many stems a `Stem` remembers (a language's vocabulary fits).
const KNOWN_STEMS: usize = 1 << 20;

impl Stem {
    pub fn new(lang: &str) -> Stem {
        Stem {
            analyzer: stemmer_language(lang).map(|l| {
                TextAnalyzer::builder(RawTokenizer::default())
                    .filter(Stemmer::new(l))
                    .build()
            }),
            known: HashMap::new(),
        }
    }

    /// No stemming: the surface forms only (what the browser computes).
    pub fn none() -> Stem {
        Stem {
            analyzer: None,
            known: HashMap::new(),
        }
    }

    pub fn word(&mut self, word: &str) -> String {
        let Some(analyzer) = &mut self.analyzer else {
            return word.to_string();
        };
        if let Some(stem) = self.known.get(word) {
            return stem.clone();
        }
        let mut stream = analyzer.token_stream(word);
        let mut out = word.to_string();
        if stream.advance() {
            out = stream.token().text.clone();
        }
        if self.known.len() < KNOWN_STEMS {
            self.known.insert(word.to_string(), out.clone());
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Word,
    Other,
}

fn class(c: char) -> Class {
    // Most characters of a page: ASCII, and the blocks of CJK text that are
    // wholly letters of one of the four scripts. The rest are looked up.
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() {
            Class::Word
        } else {
            Class::Other
        };
    }
    if matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3041}'..='\u{3096}' | '\u{30A1}'..='\u{30FA}' | '\u{AC00}'..='\u{D7A3}')
    {
        return Class::Cjk;
    }
    class_by_properties(c)
}

/// A character's class from its Unicode properties.
fn class_by_properties(c: char) -> Class {
    if !(c.is_alphabetic() || c.is_numeric()) {
        return Class::Other;
    }
    let scx = ScriptWithExtensions::new();
    if [
        Script::Han,
        Script::Hiragana,
        Script::Katakana,
        Script::Hangul,
    ]
    .iter()
    .any(|&s| scx.has_script(c, s))
    {
        Class::Cjk
    } else {
        Class::Word
    }
}

/// The tokens of `text` in a language, in order of appearance.
pub fn analyze(text: &str, stem: &mut Stem) -> Vec<Token> {
    let norm = normalize(text);
    // About one token per Chinese character (three bytes), fewer elsewhere.
    let mut out = Vec::with_capacity(norm.len() / 3 + 1);
    let mut run: Vec<(usize, char)> = Vec::new();
    let mut run_class = Class::Other;
    let mut flush = |run: &mut Vec<(usize, char)>, class: Class, end: usize| {
        match class {
            Class::Cjk if run.len() == 1 => {
                let (at, c) = run[0];
                out.push(Token {
                    surface: c.to_string(),
                    term: c.to_string(),
                    from: at,
                    to: end,
                });
            }
            Class::Cjk => {
                for pair in run.windows(2) {
                    let (at, a) = pair[0];
                    let (next, b) = pair[1];
                    let bigram: String = [a, b].iter().collect();
                    out.push(Token {
                        term: bigram.clone(),
                        surface: bigram,
                        from: at,
                        to: next + b.len_utf8(),
                    });
                }
            }
            Class::Word if run.len() <= MAX_WORD_CHARS => {
                let word: String = run.iter().map(|&(_, c)| c).collect();
                out.push(Token {
                    term: stem.word(&word),
                    surface: word,
                    from: run[0].0,
                    to: end,
                });
            }
            _ => {}
        }
        run.clear();
    };
    for (at, c) in norm.char_indices() {
        let cl = class(c);
        if cl != run_class && !run.is_empty() {
            flush(&mut run, run_class, at);
        }
        run_class = cl;
        if cl != Class::Other {
            run.push((at, c));
        }
    }
    flush(&mut run, run_class, norm.len());
    out
}

/// Whether a surface form is CJK (a bigram or a lone character).
pub fn is_cjk(surface: &str) -> bool {
    surface
        .chars()
        .next()
        .is_some_and(|c| class(c) == Class::Cjk)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str, lang: &str) -> Vec<String> {
        analyze(text, &mut Stem::new(lang))
            .into_iter()
            .map(|t| t.term)
            .collect()
    }

    #[test]
    fn han_runs_become_overlapping_bigrams_and_a_lone_character_stays_whole() {
        assert_eq!(terms("营商环境", "zh"), ["营商", "商环", "环境"]);
        assert_eq!(terms("第12号", "zh"), ["第", "12", "号"]);
    }

    #[test]
    fn full_width_forms_fold_to_ascii_and_words_are_stemmed() {
        assert_eq!(terms("ＡＢＣ１２３", "en"), ["abc123"]);
        assert_eq!(terms("Permits issued", "en"), ["permit", "issu"]);
        assert_eq!(terms("inversiones", "es"), ["inversion"]);
        assert_eq!(terms("разрешения", "ru"), ["разрешен"]);
    }

    #[test]
    fn the_shortcuts_for_common_characters_agree_with_their_properties() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(class(c), class_by_properties(c), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_remembered_stem_is_the_stem() {
        let mut stem = Stem::new("en");
        let first: Vec<String> = ["permits", "issued", "permits"]
            .map(|w| stem.word(w))
            .into();
        assert_eq!(first, ["permit", "issu", "permit"]);
        assert_eq!(Stem::new("en").word("permits"), stem.word("permits"));
    }

    #[test]
    fn katakana_prolonged_sound_mark_stays_in_its_run() {
        assert_eq!(terms("データ", "ja"), ["デー", "ータ"]);
    }
}
