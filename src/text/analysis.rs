//! Analysis: text → the tokens the index stores and the queries look up.
//! One definition, mirrored line by line by `search.js` and held to it by
//! the shared vectors in `tests/search-vectors.json`.
//!
//! NFKC, then lowercase. Runs of Han, Hiragana, Katakana and Hangul (by
//! script extensions, so 々 and ー stay inside their runs) become overlapping
//! character bigrams, a lone character its own token: any two characters of
//! a Chinese title find it with no dictionary. Everything else that is a
//! letter or a digit makes words, stemmed by Snowball (tantivy's stemmers)
//! in English, Spanish and Russian, then folded (`fold`: no diacritics on
//! Latin letters, ё as е), so `publicacion` finds `publicación`. Traditional
//! Chinese characters are folded to Simplified first (`hanzi`: 電 → 电, one
//! character for one, the same bytes long), so either script finds the
//! other. Words joined
//! by `.`, `-`, `/` or `_` next to a digit (`2.3.4`, `3.10`, `2024-00012`)
//! are also a token whole, after their parts (`compound`).
//!
//! The browser runs the same steps (`search.js`, with the same Snowball
//! algorithms in `snowball.js`), so any word a reader types is stemmed as
//! the index stems it, also a word the corpus never contained.

use std::borrow::Cow;
use std::sync::OnceLock;

use icu::normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};
use icu::properties::props::Script;
use icu::properties::script::ScriptWithExtensions;
use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer};

/// Words longer than this are not indexed (nor looked up): no reader types them.
pub const MAX_WORD_CHARS: usize = 64;

/// Characters that join the parts of a compound (`2.3.4`, `2024-00012`).
pub const JOINERS: [char; 4] = ['.', '-', '/', '_'];

/// One token: the form found in the text and the term it is indexed under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Normalised, lowercased and folded (Traditional characters to
    /// Simplified too): what highlighting compares.
    pub surface: String,
    /// What the index stores and a query looks up: the folded stem of a
    /// word, or the surface itself.
    pub term: String,
    /// A second term the index stores for a word with diacritics whose
    /// folded form stems otherwise (`publicación` is `public`, and also
    /// `publicacion`, what a reader who types no accents gets).
    pub also: Option<String>,
    /// Byte range of the token in the normalised text (folded to Simplified
    /// or not: the same bytes long).
    pub from: usize,
    pub to: usize,
    /// Where the token stands (see `analyze_with`).
    pub position: u32,
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

/// The Latin blocks whose letters may carry diacritics.
const LATIN: [std::ops::RangeInclusive<u32>; 2] = [0x00C0..=0x024F, 0x1E00..=0x1EFF];

/// Each character of the `LATIN` blocks, folded.
fn latin_table() -> &'static [Vec<char>; 2] {
    static TABLE: OnceLock<[Vec<char>; 2]> = OnceLock::new();
    TABLE.get_or_init(|| {
        let nfd = DecomposingNormalizerBorrowed::new_nfd();
        LATIN.clone().map(|range| {
            range
                .filter_map(char::from_u32)
                .map(|c| {
                    let d: Vec<char> = nfd.normalize(c.encode_utf8(&mut [0; 4])).chars().collect();
                    let marks = d[1..].iter().all(|m| ('\u{300}'..='\u{36F}').contains(m));
                    let base = if d.len() > 1 && marks { d[0] } else { c };
                    match base {
                        'ø' | 'Ø' => 'o',
                        'đ' | 'Đ' => 'd',
                        'ł' | 'Ł' => 'l',
                        'ħ' | 'Ħ' => 'h',
                        _ => base,
                    }
                })
                .collect()
        })
    })
}

/// One character folded: a Latin letter without its diacritics (`á` → `a`,
/// `ñ` → `n`, `ç` → `c`, `ø` → `o`), `ё` → `е`; any other character as it is.
pub fn fold_char(c: char) -> char {
    match c {
        'ё' => 'е',
        'Ё' => 'Е',
        _ => {
            let code = c as u32;
            for (range, table) in LATIN.iter().zip(latin_table()) {
                if range.contains(&code) {
                    return table[(code - range.start()) as usize];
                }
            }
            c
        }
    }
}

/// A text folded a character at a time (`fold_char`): as many characters as
/// it had, so positions counted in characters stay where they were.
pub fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() || text.chars().all(|c| fold_char(c) == c) {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(text.chars().map(fold_char).collect())
    }
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

/// A word's terms in a language: its stem (the word itself where there is no
/// stemmer), folded; and, for a word with diacritics whose folded form stems
/// to another term, that term too. Terms already found are remembered: a
/// corpus repeats its words.
pub struct Stem {
    analyzer: Option<TextAnalyzer>,
    known: Known,
}

/// Words to their terms.
type Known = hashbrown::HashMap<String, (String, Option<String>), rustc_hash::FxBuildHasher>;

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

    /// The term of `word` (normalised and lowercased, unfolded), and the second
    /// term it is also indexed under, if any.
    pub fn word(&mut self, word: &str) -> (&str, Option<&str>) {
        let Some(analyzer) = &mut self.analyzer else {
            return match self.known.entry_ref(word) {
                hashbrown::hash_map::EntryRef::Occupied(e) => (&e.into_mut().0, None),
                hashbrown::hash_map::EntryRef::Vacant(e) => {
                    (&e.insert((fold(word).into_owned(), None)).0, None)
                }
            };
        };
        let (term, also) = self.known.entry_ref(word).or_insert_with(|| {
            let mut stem = |w: &str| {
                let mut stream = analyzer.token_stream(w);
                if stream.advance() {
                    stream.token().text.clone()
                } else {
                    w.to_string()
                }
            };
            let term = fold(&stem(word)).into_owned();
            let folded = fold(word);
            let also = match folded {
                Cow::Owned(folded) => Some(fold(&stem(&folded)).into_owned()),
                Cow::Borrowed(_) => None,
            }
            .filter(|a| *a != term);
            (term, also)
        });
        (term, also.as_deref())
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
    analyze_with(text, stem, |surface, term, also, from, to, position| {
        out.push(Token {
            surface: surface.to_string(),
            term: term.to_string(),
            also: also.map(str::to_string),
            from,
            to,
            position,
        });
    });
    out
}

/// The callback of `analyze_with`: surface, term, second term, from, to, position.
pub trait Each: FnMut(&str, &str, Option<&str>, usize, usize, u32) {}
impl<F: FnMut(&str, &str, Option<&str>, usize, usize, u32)> Each for F {}

/// How tokens are handed on inside: surface, term, second term, from, to.
trait Emit: FnMut(&str, &str, Option<&str>, usize, usize) {}
impl<F: FnMut(&str, &str, Option<&str>, usize, usize)> Emit for F {}

/// The tokens of `text`, each handed to `each(surface, term, also, from, to,
/// position)` in order of appearance: `analyze` without a string made for
/// each token.
///
/// Positions: each word, CJK bigram and lone CJK character takes the next
/// one, and one more is skipped when anything but white space stands
/// between it and the token before (so `a, b` is not the phrase `a b`); a
/// compound (`2.3.4`) takes the position of its last part. A phrase is its
/// tokens at the same distances from each other.
pub fn analyze_with(text: &str, stem: &mut Stem, mut each: impl Each) {
    let gap = std::cell::Cell::new(false);
    let mut last: Option<u32> = None;
    let mut emit = |surface: &str, term: &str, also: Option<&str>, from: usize, to: usize| {
        let position = match last {
            Some(l) if is_compound(surface) => l,
            Some(l) => l + if gap.replace(false) { 2 } else { 1 },
            None => {
                gap.set(false);
                0
            }
        };
        last = Some(position);
        each(surface, term, also, from, to, position);
    };
    let norm = super::hanzi::fold(&normalize(text)).into_owned();
    // The current run: its class, where it starts, its length in characters,
    // and where its last character starts.
    let (mut class_of_run, mut start, mut chars, mut last_at) = (Class::Other, 0, 0, 0);
    let mut chain = Chain::default();
    for (at, c) in norm.char_indices() {
        let cl = class(c);
        if cl != class_of_run {
            if let Some(word) = end_run(&norm, class_of_run, start..at, chars, stem, &mut emit) {
                chain.word(&norm, word, &mut emit);
            }
            (class_of_run, start, chars) = (cl, at, 0);
        }
        chain.next_char(&norm, at, c, cl, &mut emit);
        if cl == Class::Other {
            if !c.is_whitespace() {
                gap.set(true);
            }
            continue;
        }
        if cl == Class::Cjk && chars > 0 {
            // Overlapping bigrams: the previous character and this one.
            let to = at + c.len_utf8();
            let pair = &norm[last_at..to];
            emit(pair, pair, None, last_at, to);
        }
        chars += 1;
        last_at = at;
    }
    let end = norm.len();
    if let Some(word) = end_run(&norm, class_of_run, start..end, chars, stem, &mut emit) {
        chain.word(&norm, word, &mut emit);
    }
    chain.flush(&norm, &mut emit);
}

/// Words joined by single `JOINERS` where a digit stands on one side of
/// each joint: the compound being read (`2.3.4`), its span and parts.
#[derive(Default)]
struct Chain {
    from: usize,
    to: usize,
    parts: usize,
    /// A word that continues the chain is being read.
    reading: bool,
}

impl Chain {
    /// A word token was made at `span`: it continues the chain or starts one.
    fn word(&mut self, norm: &str, span: std::ops::Range<usize>, each: &mut impl Emit) {
        if self.parts > 0 && self.reading && span.start == self.to + 1 {
            self.to = span.end;
            self.parts += 1;
            self.reading = false;
        } else {
            self.flush(norm, each);
            (self.from, self.to, self.parts) = (span.start, span.end, 1);
        }
    }

    /// The character at `at` ends the chain unless it is a joiner right after
    /// it, or a word's first character right after a joiner, with a digit on
    /// one side of that joiner.
    fn next_char(&mut self, norm: &str, at: usize, c: char, cl: Class, each: &mut impl Emit) {
        if self.parts == 0 {
            return;
        }
        let goes_on = if at == self.to {
            JOINERS.contains(&c)
        } else if at == self.to + 1 {
            let before = norm[..self.to].chars().next_back();
            self.reading = cl == Class::Word
                && (c.is_ascii_digit() || before.is_some_and(|b| b.is_ascii_digit()));
            self.reading
        } else {
            self.reading && cl == Class::Word
        };
        if !goes_on {
            self.flush(norm, each);
        }
    }

    /// The compound whole, if the chain has two parts or more.
    fn flush(&mut self, norm: &str, each: &mut impl Emit) {
        let text = &norm[self.from..self.to];
        if self.parts >= 2 && text.chars().count() <= MAX_WORD_CHARS {
            let surface = fold(text);
            each(&surface, &surface, None, self.from, self.to);
        }
        self.parts = 0;
        self.reading = false;
    }
}

/// The token a run leaves at its end: a lone CJK character, or a word (whose
/// span is returned).
fn end_run(
    norm: &str,
    class: Class,
    span: std::ops::Range<usize>,
    chars: usize,
    stem: &mut Stem,
    each: &mut impl Emit,
) -> Option<std::ops::Range<usize>> {
    let text = &norm[span.clone()];
    match class {
        Class::Cjk if chars == 1 => each(text, text, None, span.start, span.end),
        Class::Word if chars <= MAX_WORD_CHARS => {
            let (term, also) = stem.word(text);
            each(&fold(text), term, also, span.start, span.end);
            return Some(span);
        }
        _ => {}
    }
    None
}

/// The quotation marks that open a phrase, each with those that close it.
pub const QUOTES: [(char, &str); 6] = [
    ('"', "\"”“"),
    ('“', "”\"“"),
    ('„', "“”\""),
    ('«', "»"),
    ('「', "」"),
    ('『', "』"),
];

/// The quoted parts of a normalised query, as byte ranges inside the
/// quotation marks; a phrase left open runs to the end.
pub fn quoted(norm: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    for (at, c) in norm.char_indices() {
        match open {
            Some((from, closers)) if closers.contains(c) => {
                out.push(from..at);
                open = None;
            }
            Some(_) => {}
            None => {
                if let Some(&(_, closers)) = QUOTES.iter().find(|(q, _)| *q == c) {
                    open = Some((at + c.len_utf8(), closers));
                }
            }
        }
    }
    if let Some((from, _)) = open {
        out.push(from..norm.len());
    }
    out
}

/// Whether a surface is a compound (`2.3.4`): parts and joiners.
pub fn is_compound(surface: &str) -> bool {
    surface.contains(JOINERS)
}

/// The end of the longest start of `text` at most `chars` characters long
/// that cuts no word in two (CJK text may be cut between any two
/// characters): the byte index to cut at. A word longer than the whole
/// start is cut where the start ends.
pub fn cut(text: &str, chars: usize) -> usize {
    let Some((end, c)) = text.char_indices().nth(chars) else {
        return text.len();
    };
    if class(c) != Class::Word {
        return end;
    }
    let head = &text[..end];
    match head
        .char_indices()
        .rev()
        .find(|&(_, b)| class(b) != Class::Word)
    {
        Some((at, b)) => at + b.len_utf8(),
        None => end,
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
            assert_eq!(fold(&norm[t.from..t.to]), t.surface);
        }
    }

    #[test]
    fn a_remembered_stem_is_the_stem() {
        let mut stem = Stem::new("en");
        let first: Vec<String> = ["permits", "issued", "permits"]
            .map(|w| stem.word(w).0.to_string())
            .into();
        assert_eq!(first, ["permit", "issu", "permit"]);
        assert_eq!(Stem::new("en").word("permits"), stem.word("permits"));
    }

    #[test]
    fn accents_fold_after_stemming_and_the_folded_word_is_indexed_too() {
        let mut stem = Stem::new("es");
        assert_eq!(stem.word("publicaciones"), ("public", None));
        assert_eq!(stem.word("publicación"), ("public", None));
        assert_eq!(stem.word("publicacion"), ("public", None));
        // Stemmed with its accent, `energía` is `energ`; without, `energi`.
        assert_eq!(stem.word("energía"), ("energ", Some("energi")));
        assert_eq!(stem.word("energia"), ("energi", None));
        assert_eq!(stem.word("diseñaron"), ("disen", None));
        assert_eq!(stem.word("disenaron"), ("disen", None));
        assert_eq!(
            Stem::new("ru").word("удалённый"),
            Stem::new("ru").word("удаленный")
        );
        assert_eq!(Stem::new("zh").word("café"), ("cafe", None));
    }

    #[test]
    fn folding_keeps_one_character_for_one_and_leaves_cyrillic_short_i() {
        assert_eq!(fold("Ñandú ÀÉÎÕÜ çøłđ ß æ"), "Nandu AEIOU cold ß æ");
        assert_eq!(fold("ёлка й"), "елка й");
        for range in LATIN {
            for c in range.filter_map(char::from_u32) {
                let f = fold_char(c);
                assert!(
                    f == c || (f.is_alphabetic() && fold_char(f) == f),
                    "U+{:04X} → {f}",
                    c as u32
                );
            }
        }
    }

    #[test]
    fn words_joined_next_to_a_digit_are_also_a_token_whole() {
        let surfaces = |text: &str| -> Vec<String> {
            analyze(text, &mut Stem::new("en"))
                .into_iter()
                .map(|t| t.surface)
                .collect()
        };
        assert_eq!(surfaces("v2.3.4 out"), ["v2", "3", "4", "v2.3.4", "out"]);
        assert_eq!(surfaces("python 3.10."), ["python", "3", "10", "3.10"]);
        assert_eq!(
            surfaces("gb/t 9704-2012"),
            ["gb", "t", "9704", "2012", "9704-2012"]
        );
        assert_eq!(surfaces("example.com a.b"), ["example", "com", "a", "b"]);
        assert_eq!(
            surfaces("1. 2 3..4 大连2.5号"),
            ["1", "2", "3", "4", "大连", "2", "5", "2.5", "号"]
        );
    }

    fn positions(text: &str) -> Vec<(String, u32)> {
        analyze(text, &mut Stem::new("en"))
            .into_iter()
            .map(|t| (t.surface, t.position))
            .collect()
    }

    #[test]
    fn tokens_take_the_next_position_and_skip_one_across_punctuation() {
        let p = |pairs: &[(&str, u32)]| -> Vec<(String, u32)> {
            pairs.iter().map(|&(s, n)| (s.to_string(), n)).collect()
        };
        assert_eq!(
            positions("work permit, dalian"),
            p(&[("work", 0), ("permit", 1), ("dalian", 3)])
        );
        assert_eq!(
            positions("v 2.3.4 out"),
            p(&[
                ("v", 0),
                ("2", 1),
                ("3", 3),
                ("4", 5),
                ("2.3.4", 5),
                ("out", 6)
            ])
        );
        assert_eq!(
            positions("大连市，营商 第12号"),
            p(&[
                ("大连", 0),
                ("连市", 1),
                ("营商", 3),
                ("第", 4),
                ("12", 5),
                ("号", 6)
            ])
        );
        assert_eq!(positions("  (a)"), p(&[("a", 0)]));
    }

    #[test]
    fn quotation_marks_of_every_kind_make_phrases_and_an_open_one_runs_on() {
        let parts =
            |q: &str| -> Vec<String> { quoted(q).into_iter().map(|r| q[r].to_string()).collect() };
        assert_eq!(parts("a \"b c\" d"), ["b c"]);
        assert_eq!(
            parts("“b c” «d e» 「大连」 „f g“"),
            ["b c", "d e", "大连", "f g"]
        );
        assert_eq!(parts("x \"open phrase"), ["open phrase"]);
        assert!(parts("no quotes").is_empty());
    }

    #[test]
    fn a_cut_ends_between_words_or_between_cjk_characters() {
        fn at(t: &str, n: usize) -> &str {
            &t[..cut(t, n)]
        }
        assert_eq!(at("permiso de trabajo", 12), "permiso de ");
        assert_eq!(at("permiso de trabajo", 11), "permiso de ");
        assert_eq!(at("permiso de trabajo", 10), "permiso de");
        assert_eq!(at("permiso de trabajo", 99), "permiso de trabajo");
        assert_eq!(at("大连市人民政府", 3), "大连市");
        assert_eq!(at("大连Dalian市", 4), "大连");
        assert_eq!(
            at("unbreakable", 4),
            "unbr",
            "one word longer than the start"
        );
        assert_eq!(at("работа, виза", 9), "работа, ");
    }

    #[test]
    fn katakana_prolonged_sound_mark_stays_in_its_run() {
        assert_eq!(terms("データ", "ja"), ["デー", "ータ"]);
    }
}
