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
    // ASCII is its own NFKC.
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    lowercase(&ComposingNormalizerBorrowed::new_nfkc().normalize(text))
}

/// `str::to_lowercase`, without its table search for the characters that
/// have no case (CJK, kana, Hangul: most characters of an East Asian page).
fn lowercase(text: &str) -> String {
    // A capital sigma's lowercase depends on its neighbours.
    if text.contains('Σ') {
        return text.to_lowercase();
    }
    let mut out = String::with_capacity(text.len());
    // Characters that lowercase to themselves are copied in runs.
    let mut kept = 0;
    for (at, c) in text.char_indices() {
        let lower = match c {
            'A'..='Z' | 'À'..='Ö' | 'Ø'..='Þ' | 'А'..='Я' => char::from_u32(c as u32 + 0x20),
            'Ѐ'..='Џ' => char::from_u32(c as u32 + 0x50),
            _ if c.is_ascii() || uncased(c) => continue,
            'ß'..='ÿ' | 'а'..='џ' => continue,
            _ => {
                let mut lower = c.to_lowercase();
                if lower.len() == 1 && lower.next() == Some(c) {
                    continue;
                }
                out.push_str(&text[kept..at]);
                out.extend(c.to_lowercase());
                kept = at + c.len_utf8();
                continue;
            }
        };
        out.push_str(&text[kept..at]);
        out.extend(lower);
        kept = at + c.len_utf8();
    }
    out.push_str(&text[kept..]);
    out
}

/// From CJK symbols to Vai, and the Hangul syllables: blocks with no case.
fn uncased(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{A63F}' | '\u{AC00}'..='\u{D7A3}')
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
/// Stems already found are remembered: a corpus repeats its words, and what
/// is remembered is also the list of word forms the export ships.
pub struct Stem {
    analyzer: Option<TextAnalyzer>,
    known: Known,
}

/// Words to their stems.
type Known = hashbrown::HashMap<String, String, rustc_hash::FxBuildHasher>;

impl Stem {
    pub fn new(lang: &str) -> Stem {
        Stem {
            analyzer: stemmer_language(lang).map(|l| {
                TextAnalyzer::builder(RawTokenizer::default())
                    .filter(Stemmer::new(l))
                    .build()
            }),
            known: Known::default(),
        }
    }

    /// No stemming: the surface forms only (what the browser computes).
    pub fn none() -> Stem {
        Stem {
            analyzer: None,
            known: Known::default(),
        }
    }

    pub fn word<'a>(&'a mut self, word: &'a str) -> &'a str {
        let Some(analyzer) = &mut self.analyzer else {
            return word;
        };
        self.known.entry_ref(word).or_insert_with(|| {
            let mut stream = analyzer.token_stream(word);
            if stream.advance() {
                stream.token().text.clone()
            } else {
                word.to_string()
            }
        })
    }

    /// Every word stemmed so far whose stem differs from it, with its stem.
    pub fn forms(self) -> impl Iterator<Item = (String, String)> {
        self.known.into_iter().filter(|(word, stem)| word != stem)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Cjk,
    Word,
    Other,
}

/// Most characters of a page: ASCII, the letters of Latin and Cyrillic
/// text, the blocks of CJK text that are wholly letters of one of the four
/// scripts, and common punctuation. The rest are looked up.
#[inline]
fn class(c: char) -> Class {
    if c.is_ascii() {
        if c.is_ascii_alphanumeric() {
            Class::Word
        } else {
            Class::Other
        }
    } else {
        class_of_non_ascii(c)
    }
}

fn class_of_non_ascii(c: char) -> Class {
    match c {
        '\u{4E00}'..='\u{9FFF}'
        | '\u{3041}'..='\u{3096}'
        | '\u{30A1}'..='\u{30FA}'
        | '\u{AC00}'..='\u{D7A3}' => Class::Cjk,
        '\u{00C0}'..='\u{00D6}'
        | '\u{00D8}'..='\u{00F6}'
        | '\u{00F8}'..='\u{02AF}'
        | '\u{0400}'..='\u{0481}'
        | '\u{048A}'..='\u{052F}' => Class::Word,
        '\u{2010}'..='\u{2027}' | '\u{3000}'..='\u{3004}' | '\u{3008}'..='\u{3020}' => Class::Other,
        _ => class_by_properties(c),
    }
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
    let mut out = Vec::new();
    analyze_with(text, stem, |surface, term, from, to| {
        out.push(Token {
            surface: surface.to_string(),
            term: term.to_string(),
            from,
            to,
        });
    });
    out
}

/// The tokens of `text`, each handed to `each(surface, term, from, to)` in
/// order of appearance: `analyze` without a string made for each token.
pub fn analyze_with(text: &str, stem: &mut Stem, mut each: impl FnMut(&str, &str, usize, usize)) {
    let norm = normalize(text);
    // The current run: its class, where it starts, its length in characters,
    // and where its last character starts.
    let (mut class_of_run, mut start, mut chars, mut last) = (Class::Other, 0, 0, 0);
    for (at, c) in norm.char_indices() {
        let cl = class(c);
        if cl != class_of_run {
            end_run(&norm, class_of_run, start..at, chars, stem, &mut each);
            (class_of_run, start, chars) = (cl, at, 0);
        }
        if cl == Class::Other {
            continue;
        }
        if cl == Class::Cjk && chars > 0 {
            // Overlapping bigrams: the previous character and this one.
            let to = at + c.len_utf8();
            let pair = &norm[last..to];
            each(pair, pair, last, to);
        }
        chars += 1;
        last = at;
    }
    end_run(
        &norm,
        class_of_run,
        start..norm.len(),
        chars,
        stem,
        &mut each,
    );
}

/// The token a run leaves at its end: a lone CJK character, or a word.
fn end_run(
    norm: &str,
    class: Class,
    span: std::ops::Range<usize>,
    chars: usize,
    stem: &mut Stem,
    each: &mut impl FnMut(&str, &str, usize, usize),
) {
    let text = &norm[span.clone()];
    match class {
        Class::Cjk if chars == 1 => each(text, text, span.start, span.end),
        Class::Word if chars <= MAX_WORD_CHARS => {
            each(text, stem.word(text), span.start, span.end);
        }
        _ => {}
    }
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
    fn lowercase_is_the_standard_one() {
        // Σ sends a text to the standard function whole: every other
        // character goes through the shortcuts, alone and in a run.
        let all: String = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|&c| c != 'Σ')
            .collect();
        assert_eq!(lowercase(&all), all.to_lowercase());
        for c in all.chars() {
            let text = format!("{c}x{c}{c}");
            assert_eq!(lowercase(&text), text.to_lowercase(), "U+{:04X}", c as u32);
        }
        for text in ["ΟΔΟΣ ΣΑΣ", "ΑΣー大連", "İSTANBUL 大連市", "Ǆ ǅ ǆ"] {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text}");
        }
    }

    #[test]
    fn ascii_is_normalised_as_any_text() {
        let ascii: String = (0..128u8).map(char::from).collect();
        let nfkc = ComposingNormalizerBorrowed::new_nfkc().normalize(&ascii);
        assert_eq!(normalize(&ascii), nfkc.to_lowercase());
    }

    #[test]
    fn the_tokens_point_at_their_surface_in_the_normalised_text() {
        let text = "Ｐermits 大连市 々 ー データ a 第12号 ΣΑΣ";
        let norm = normalize(text);
        let tokens = analyze(text, &mut Stem::new("en"));
        assert_eq!(tokens.len(), 12);
        for t in tokens {
            assert_eq!(norm[t.from..t.to], t.surface);
        }
    }

    #[test]
    fn a_remembered_stem_is_the_stem() {
        let mut stem = Stem::new("en");
        let first: Vec<String> = ["permits", "issued", "permits"]
            .map(|w| stem.word(w).to_string())
            .into();
        assert_eq!(first, ["permit", "issu", "permit"]);
        assert_eq!(Stem::new("en").word("permits"), stem.word("permits"));
        let mut forms: Vec<(String, String)> = stem.forms().collect();
        forms.sort();
        assert_eq!(
            forms,
            [
                ("issued".into(), "issu".into()),
                ("permits".into(), "permit".into())
            ]
        );
    }

    #[test]
    fn katakana_prolonged_sound_mark_stays_in_its_run() {
        assert_eq!(terms("データ", "ja"), ["デー", "ータ"]);
    }
}
