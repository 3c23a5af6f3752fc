//! Facts in a translation's text (W009): dates, working-day durations,
//! phone numbers and document numbers found in
//! a translation's body must be in the Chinese source, its body or its
//! facts, once both are brought to one form (2027-01-01 = 2027年1月1日 =
//! 1 January 2027 = 1 de enero de 2027 = 1 января 2027 г.; 60个工作日 = 60
//! working days = 60営業日 = 60근무일 = 60 рабочих дней = 60 días hábiles).
//! A translation can leave a fact out; it cannot say one the source does not.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use regex::Regex;

use super::*;

/// One fact, in a form the same in every language.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Fact {
    Date(i32, u8, u8),
    WorkingDays(u64),
    /// The digits after the country code and the trunk 0.
    Phone(String),
    DocNo(String),
}

impl Fact {
    fn kind(&self) -> u8 {
        match self {
            Fact::Date(..) => 0,
            Fact::WorkingDays(_) => 1,
            Fact::Phone(_) => 4,
            Fact::DocNo(_) => 5,
        }
    }
}

/// A fact where it was written: its byte offset and the words.
#[derive(Debug, Clone)]
pub struct Found {
    pub fact: Fact,
    pub offset: usize,
    pub written: String,
}

fn re(p: &str) -> Regex {
    Regex::new(p).expect("valid pattern")
}

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("sept", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
    ("enero", 1),
    ("febrero", 2),
    ("marzo", 3),
    ("abril", 4),
    ("mayo", 5),
    ("junio", 6),
    ("julio", 7),
    ("agosto", 8),
    ("septiembre", 9),
    ("setiembre", 9),
    ("octubre", 10),
    ("noviembre", 11),
    ("diciembre", 12),
    ("января", 1),
    ("февраля", 2),
    ("марта", 3),
    ("апреля", 4),
    ("мая", 5),
    ("июня", 6),
    ("июля", 7),
    ("августа", 8),
    ("сентября", 9),
    ("октября", 10),
    ("ноября", 11),
    ("декабря", 12),
];

fn month(name: &str) -> Option<u8> {
    let n = name.to_lowercase();
    let n = n.trim_end_matches('.');
    MONTHS.iter().find(|(m, _)| *m == n).map(|&(_, v)| v)
}

fn date(y: &str, m: u8, d: &str) -> Option<Fact> {
    let (y, d) = (y.parse().ok()?, d.parse().ok()?);
    crate::domain::Date::new(y, m, d).map(|_| Fact::Date(y, m, d))
}

/// Bytes kept before a run of digits: a month's name, `+86`, `(`.
const BEFORE: usize = 24;
/// Bytes kept after one: 工作日, рабочих дней, días hábiles.
const AFTER: usize = 32;

/// The parts of `text` where facts can be, as byte ranges: every fact
/// holds digits, and what goes with them (a month's name, a unit, a
/// country code) stands within a few words of them. The text around each
/// run of digits, runs close together in one piece; a match cannot cross
/// from one piece to the next, as the bytes between hold no digit. The
/// patterns then read a fraction of a text instead of all of it.
fn near_digits(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() {
            i += 1;
            continue;
        }
        let first = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        let mut start = first.saturating_sub(BEFORE);
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (i + AFTER).min(b.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        match out.last_mut() {
            Some(last) if start <= last.1 => last.1 = end,
            _ => out.push((start, end)),
        }
    }
    out
}

/// A month's name in any of the languages, longest first.
fn month_names() -> String {
    let mut names: Vec<&str> = MONTHS.iter().map(|(m, _)| *m).collect();
    names.sort_by_key(|m| std::cmp::Reverse(m.chars().count()));
    names
        .iter()
        .map(|m| regex::escape(m))
        .collect::<Vec<_>>()
        .join("|")
}

/// Every fact in `text`, in order.
pub fn facts(text: &str) -> Vec<Found> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{4})-(\d{1,2})-(\d{1,2})"));
    static CJK: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"));
    static MONTH_DAY: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"));
    static DMY: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:de\s+)?({})\.?\s+(?:de\s+|of\s+)?(\d{{4}})",
            month_names()
        ))
    });
    static MDY: LazyLock<Regex> = LazyLock::new(|| {
        re(&format!(
            r"(?i)({})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})",
            month_names()
        ))
    });
    static WORKING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(\d+)\s*(?:个工作日|個工作日|工作日|営業日|근무일|영업일|working[- ]days?|business days?|рабоч(?:их|ий|ему|ими)?\s+(?:дн(?:ей|я)|день)|d[ií]as\s+h[aá]biles|d[ií]a\s+h[aá]bil)",
        )
    });
    static PHONE: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?:\+\s?86[\s-]?)?\(?0?\d{2,3}\)?[\s-]\d{7,8}(?-u:\b)|(?-u:\b)1[3-9]\d{9}(?-u:\b)")
    });
    static DOC_NO: LazyLock<Regex> = LazyLock::new(|| re(r"([\p{Han}]+)〔(\d{4})〕(\d+)号"));
    // Which patterns a piece holds, in one pass over it: most pieces (a
    // version, a count) hold none, and the rest one or two.
    static ANY: LazyLock<regex::RegexSet> = LazyLock::new(|| {
        let all = [&ISO, &CJK, &MONTH_DAY, &DMY, &MDY, &WORKING, &PHONE];
        regex::RegexSet::new(all.map(|r| r.as_str())).expect("valid patterns")
    });
    let mut out = Vec::new();
    // A match inside a longer run of digits (a serial, an index number) is none.
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let mut push = |start: usize, end: usize, fact: Option<Fact>| {
        let (before, after) = (
            text[..start].chars().next_back(),
            text[end..].chars().next(),
        );
        let written = &text[start..end];
        let alone = !digit(before)
            && !digit(after)
            && written.starts_with(|c: char| !c.is_ascii_digit() || !digit(before));
        if let Some(fact) = fact.filter(|_| alone) {
            out.push(Found {
                fact,
                offset: start,
                written: written.trim().to_string(),
            });
        }
    };
    // The starts of full CJK dates so far, with their years: the end of a
    // range, 2023年1月1日至6月30日, takes the year of its start.
    let mut full: Vec<(usize, String)> = Vec::new();
    for (at, end) in near_digits(text) {
        let piece = &text[at..end];
        let holds = ANY.matches(piece);
        if !holds.matched_any() {
            continue;
        }
        // Each match of pattern `k` in the piece, with its place in `text`.
        let each = |k: usize, re: &'static Regex| {
            let found = if holds.matched(k) {
                Some(re.captures_iter(piece))
            } else {
                None
            };
            found.into_iter().flatten().map(move |c| {
                let m = c.get(0).expect("match");
                (at + m.start(), at + m.end(), c)
            })
        };
        for (start, end, c) in each(0, &ISO) {
            let m: u8 = c[2].parse().unwrap_or(0);
            push(start, end, date(&c[1], m, &c[3]));
        }
        for (start, end, c) in each(1, &CJK) {
            let m: u8 = c[2].parse().unwrap_or(0);
            push(start, end, date(&c[1], m, &c[3]));
            full.push((start, c[1].to_string()));
        }
        for (start, end, c) in each(2, &MONTH_DAY) {
            let before = text[..start].chars().next_back();
            let after_year =
                |b: char| b == '年' || b == '년' || b.is_ascii_digit() || b.is_whitespace();
            if before.is_some_and(after_year) {
                continue;
            }
            let Some((_, year)) = full.iter().rev().find(|(at, _)| *at < start) else {
                continue;
            };
            let m: u8 = c[1].parse().unwrap_or(0);
            push(start, end, date(year, m, &c[2]));
        }
        for (start, end, c) in each(3, &DMY) {
            push(start, end, month(&c[2]).and_then(|m| date(&c[3], m, &c[1])));
        }
        for (start, end, c) in each(4, &MDY) {
            // A month's name is a word of its own, not the end of another.
            if text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphabetic)
            {
                continue;
            }
            push(start, end, month(&c[1]).and_then(|m| date(&c[3], m, &c[2])));
        }
        for (start, end, c) in each(5, &WORKING) {
            push(start, end, c[1].parse().ok().map(Fact::WorkingDays));
        }
        for (start, end, _) in each(6, &PHONE) {
            let written = &text[start..end];
            let mut digits: String = written.chars().filter(char::is_ascii_digit).collect();
            if written.trim_start().starts_with('+') {
                digits = digits.trim_start_matches("86").to_string();
            }
            let digits = digits.trim_start_matches('0').to_string();
            push(start, end, Some(Fact::Phone(digits)));
        }
    }
    // By year and serial: a Japanese text writes the issuer's 发 as 発, and
    // the Han run before 〔 may take in the words before the number. The
    // issuer's name can be long: the whole text, when it has a 〔 at all.
    if text.contains('〔') {
        for c in DOC_NO.captures_iter(text) {
            let m = c.get(0).expect("match");
            let key = format!("〔{}〕{}号", &c[2], &c[3]);
            push(m.start(), m.end(), Some(Fact::DocNo(key)));
        }
    }
    out.sort_by_key(|f| f.offset);
    out
}

/// The facts a source states: those in its text and front matter, and the
/// typed ones the front matter gives in its own form (a guide's limits).
/// The body's facts come first: they are what a mismatch is named against.
fn source_facts(source: &Document) -> Known {
    let body = facts(&source.body);
    let front = facts(&source.front_text);
    let mut set: BTreeSet<Fact> = body.iter().chain(&front).map(|f| f.fact.clone()).collect();
    if let Front::Guide(g) = &source.front {
        for l in [g.legal_limit, g.promised_limit] {
            if l.unit == LimitUnit::Working {
                set.insert(Fact::WorkingDays(u64::from(l.days)));
            }
        }
    }
    (set, body, front)
}

/// What a source states: every fact, then those of its body and of its
/// front matter where they were written.
pub(super) type Known = (BTreeSet<Fact>, Vec<Found>, Vec<Found>);

/// W009 for each fact of `doc`'s body that `source` does not state; the
/// source's facts are found once for all its translations.
pub(super) fn check(
    doc: &Document,
    source: &Document,
    of_source: &std::cell::OnceCell<Known>,
    out: &mut Vec<Diagnostic>,
) {
    let said = facts(&doc.body);
    if said.is_empty() {
        return;
    }
    let (known, in_body, in_front) = of_source.get_or_init(|| source_facts(source));
    for f in said {
        if known.contains(&f.fact) {
            continue;
        }
        let n = doc.body[..f.offset].matches('\n').count();
        let line_start = doc.body[..f.offset].rfind('\n').map_or(0, |i| i + 1);
        let pos = crate::diag::Position {
            line: doc.body_line + n,
            column: doc.body[line_start..f.offset].chars().count() + 1,
            text: doc.body.lines().nth(n).map(str::to_string),
        };
        let of_kind = |found: &[Found]| -> Vec<String> {
            let mut seen = BTreeSet::new();
            found
                .iter()
                .filter(|s| s.fact.kind() == f.fact.kind() && seen.insert(s.fact.clone()))
                .map(|s| s.written.clone())
                .collect()
        };
        let mut theirs = of_kind(in_body);
        if theirs.is_empty() {
            theirs = of_kind(in_front);
        }
        let message = match theirs.is_empty() {
            true => msg!(
                "fact-not-in-source",
                said = &f.written,
                source = &source.file.display
            ),
            false => msg!(
                "fact-differs",
                said = &f.written,
                source_says = theirs.join("、")
            ),
        };
        out.push(
            Diagnostic::warning("W009", &doc.file.display, message)
                .at(pos)
                .help(msg!("fact-help", source = &source.file.display)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Fact> {
        facts(text).into_iter().map(|f| f.fact).collect()
    }

    #[test]
    fn one_date_in_every_language() {
        let d = Fact::Date(2027, 1, 1);
        for text in [
            "自2027-01-01起施行",
            "自2027年1月1日起施行",
            "effective 1 January 2027.",
            "effective January 1, 2027.",
            "2027年1月1日から施行",
            "2027년 1월 1일부터 시행",
            "вступает в силу 1 января 2027 г.",
            "entra en vigor el 1 de enero de 2027",
        ] {
            assert_eq!(all(text), std::slice::from_ref(&d), "{text}");
        }
        assert!(all("31 February 2027").is_empty());
        assert!(all("in 2027, 8 experts").is_empty());
    }

    #[test]
    fn facts_far_apart_in_a_long_text_are_each_found_where_written() {
        let filler = "lorem ipsum dolor sit amet ".repeat(40);
        let text = format!(
            "{filler}effective 1 January 2027.{filler}within 60 working days{filler}\
             call 13912345678; 大连市人民政府办公室关于印发实施方案的通知〔2026〕15号"
        );
        let found = facts(&text);
        let kinds: Vec<Fact> = found.iter().map(|f| f.fact.clone()).collect();
        assert_eq!(
            kinds,
            [
                Fact::Date(2027, 1, 1),
                Fact::WorkingDays(60),
                Fact::Phone("13912345678".into()),
                Fact::DocNo("〔2026〕15号".into())
            ]
        );
        for f in &found {
            assert_eq!(&text[f.offset..f.offset + f.written.len()], f.written);
        }
        // The issuer's whole name, however far before the number it starts.
        assert!(found[3].written.starts_with("大连市人民政府办公室"));
    }

    #[test]
    fn durations_phones_and_document_numbers() {
        for text in [
            "60个工作日",
            "60 working days",
            "60営業日",
            "60근무일",
            "60 рабочих дней",
            "60 días hábiles",
        ] {
            assert_eq!(all(text), [Fact::WorkingDays(60)], "{text}");
        }
        assert_eq!(all("电话：0411-83630000"), all("Tel: +86-411-83630000"));
        // Written straight after a Chinese word, as Chinese text does.
        let mobile = [Fact::Phone("13912345678".into())];
        assert_eq!(all("咨询电话13912345678。"), mobile);
        assert_eq!(all("call 13912345678 or"), mobile);
        assert!(all("13912345678a").is_empty());
        assert!(all("139123456789").is_empty());
        // A month name right after another word's letters is no month.
        assert!(all("xjanuary 1, 2027").is_empty());
        assert_eq!(all("大政发〔2026〕15号"), all("大政発〔2026〕15号"));
        assert_eq!(all("根据国办函〔2020〕129号"), all("国弁函〔2020〕129号"));
        assert_ne!(all("大政发〔2026〕15号"), all("大政发〔2026〕16号"));
        assert_eq!(
            all("2023年1月1日至6月30日"),
            [Fact::Date(2023, 1, 1), Fact::Date(2023, 6, 30)]
        );
    }
}
