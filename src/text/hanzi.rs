//! Chinese characters: Traditional folded to Simplified, and pinyin.
//!
//! Both tables come from the Unicode Han Database (Unicode License v3),
//! written by `scripts/make-hanzi-tables` (their headers say so):
//! `t2s.txt` folds a Traditional character to its Simplified form (電 → 电,
//! 發 and 髮 → 发): many to one, so the index and every query are folded
//! the same way and either script finds the other. Each pair keeps its
//! length in UTF-8 and UTF-16, so offsets stay where they were. The browser
//! fetches the same table (`export`) when a query has a character no term
//! of the index has.
//!
//! `pinyin.txt` gives the characters' readings without tones. A Chinese
//! title is also indexed by the readings of each pair of its characters
//! (大连市: `dalian`, `lianshi`; every reading of a character with several,
//! 厦门: `shamen` and `xiamen`), and a query of Latin letters that splits
//! into syllables (`dalian`, `da lian`, `dàlián`, `xi'an`) looks those up.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

const T2S: &str = include_str!("t2s.txt");
const PINYIN: &str = include_str!("pinyin.txt");

/// The longest syllable (`zhuang`, `shuang`).
const LONGEST: usize = 6;

fn lines(table: &'static str) -> impl Iterator<Item = &'static str> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
}

fn t2s() -> &'static FxHashMap<char, char> {
    static MAP: OnceLock<FxHashMap<char, char>> = OnceLock::new();
    MAP.get_or_init(|| {
        lines(T2S)
            .filter_map(|l| {
                let mut cs = l.chars();
                Some((cs.next()?, cs.next()?))
            })
            .collect()
    })
}

/// The pairs of the table, in order, whose Simplified character `keep`
/// accepts: what the browser fetches. An edition's index holds folded
/// terms only, so a pair whose Simplified character no term has can find
/// nothing there, and is left out of its table.
pub fn pairs(keep: impl Fn(char) -> bool) -> String {
    lines(T2S)
        .filter(|l| l.chars().nth(1).is_some_and(&keep))
        .collect()
}

/// A character folded to Simplified, if the table has it.
#[inline]
pub fn simplified(c: char) -> char {
    if !('\u{3400}'..='\u{FFFF}').contains(&c) {
        return c;
    }
    t2s().get(&c).copied().unwrap_or(c)
}

/// A text with each Traditional character folded: the same length in bytes.
pub fn fold(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(|c| simplified(c) != c) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(simplified).collect())
}

struct Readings {
    /// Each character's syllables.
    of: FxHashMap<char, Vec<&'static str>>,
    /// Every syllable, in order.
    syllables: Vec<&'static str>,
}

fn readings() -> &'static Readings {
    static R: OnceLock<Readings> = OnceLock::new();
    R.get_or_init(|| {
        let mut of: FxHashMap<char, Vec<&'static str>> = FxHashMap::default();
        let mut syllables = Vec::new();
        for line in lines(PINYIN) {
            let Some((syl, chars)) = line.split_once(' ') else {
                continue;
            };
            syllables.push(syl);
            for c in chars.chars() {
                of.entry(c).or_default().push(syl);
            }
        }
        Readings { of, syllables }
    })
}

/// Every syllable the readings have, in order.
pub fn syllables() -> &'static [&'static str] {
    &readings().syllables
}

/// The readings of a (folded) character, none for a character with none.
pub fn readings_of(c: char) -> &'static [&'static str] {
    readings().of.get(&c).map_or(&[], Vec::as_slice)
}

/// The pinyin terms of a folded text: for each two characters side by side
/// that both have readings, each reading of the first followed by each of
/// the second (`大连` → `dalian`), in order of appearance, each once.
pub fn terms(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut seen = rustc_hash::FxHashSet::default();
    let mut before: &[&str] = &[];
    for c in text.chars() {
        let now = readings_of(c);
        for a in before {
            for b in now {
                let term = format!("{a}{b}");
                if seen.insert(term.clone()) {
                    out.push(term);
                }
            }
        }
        before = now;
    }
    out
}

/// The syllables of a query typed in pinyin: its normalised, folded text
/// (no tone marks) of ASCII letters, split at spaces and apostrophes, each
/// word into syllables, the longest first where there is a choice
/// (`fangan` is `fang an`); `v` stands for `ü`. A single word that is one
/// syllable so is tried as two or more (`xian` is `xi an`, 西安). None when
/// a word does not split, or the whole has fewer than two syllables.
pub fn split(query: &str) -> Option<Vec<String>> {
    let folded = super::analysis::fold(&super::analysis::normalize(query)).into_owned();
    let text = folded.trim();
    if text.is_empty()
        || !text
            .chars()
            .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '\'')
    {
        return None;
    }
    let known = syllables();
    let words: Vec<String> = text
        .split([' ', '\''])
        .filter(|w| !w.is_empty())
        .map(|w| w.replace('v', "u"))
        .collect();
    let mut out = Vec::new();
    for word in &words {
        out.extend(split_word(word, known, LONGEST)?);
    }
    if out.len() == 1 {
        out = split_word(&words[0], known, words[0].len() - 1)?;
    }
    (out.len() >= 2).then_some(out)
}

/// A word as syllables, the first at most `first` letters long, the longest
/// first at each step, going back when the rest does not split.
fn split_word(word: &str, known: &[&str], first: usize) -> Option<Vec<String>> {
    if word.is_empty() {
        return Some(Vec::new());
    }
    for len in (1..=first.min(LONGEST).min(word.len())).rev() {
        let head = &word[..len];
        if known.binary_search(&head).is_ok()
            && let Some(mut rest) = split_word(&word[len..], known, LONGEST)
        {
            rest.insert(0, head.to_string());
            return Some(rest);
        }
    }
    None
}

/// The terms a query's syllables look up: each two side by side, joined,
/// each once.
pub fn query_terms(syllables: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for pair in syllables.windows(2) {
        let term = format!("{}{}", pair[0], pair[1]);
        if !out.contains(&term) {
            out.push(term);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn traditional_folds_to_simplified_many_to_one_and_once_is_enough() {
        assert_eq!(fold("電子政務 營商環境 關於"), "电子政务 营商环境 关于");
        assert_eq!(fold("發髮"), "发发");
        assert_eq!(fold("後幹"), "后干");
        // Also a Simplified character in its own right: left as it is.
        assert_eq!(fold("乾隆 著作"), "乾隆 著作");
        for (t, s) in t2s() {
            assert_eq!(simplified(*s), *s, "{t} → {s} folds again");
            assert_eq!(t.len_utf8(), s.len_utf8());
            assert_eq!(t.len_utf16(), s.len_utf16());
        }
    }

    #[test]
    fn a_title_has_the_readings_of_each_pair_of_characters() {
        assert_eq!(terms("大连市"), ["dalian", "dailian", "lianshi"]);
        assert!(terms("厦门").contains(&"xiamen".to_string()));
        assert!(terms("厦门").contains(&"shamen".to_string()));
        assert!(terms("a").is_empty() && terms("大").is_empty());
    }

    #[test]
    fn pinyin_splits_into_syllables_longest_first() {
        let s = |q: &str| split(q).map(|v| v.join(" "));
        assert_eq!(s("dalian").as_deref(), Some("da lian"));
        assert_eq!(s("shangwuju").as_deref(), Some("shang wu ju"));
        assert_eq!(
            s("yingshang huanjing").as_deref(),
            Some("ying shang huan jing")
        );
        assert_eq!(s("xi'an").as_deref(), Some("xi an"));
        assert_eq!(s("lvse").as_deref(), Some("lu se"));
        assert_eq!(s("xian").as_deref(), Some("xi an"), "one syllable is two");
        assert_eq!(s("a"), None);
        assert_eq!(s("permit"), None);
        assert_eq!(s("da2"), None);
        assert_eq!(s("DàLián").as_deref(), Some("da lian"));
        assert_eq!(
            query_terms(&split("yingshang huanjing").unwrap()),
            ["yingshang", "shanghuan", "huanjing"]
        );
    }
}
