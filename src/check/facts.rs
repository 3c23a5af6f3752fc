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

/// Every fact in `text`, in order.
pub fn facts(text: &str) -> Vec<Found> {
    static ISO: LazyLock<Regex> = LazyLock::new(|| re(r"(\d{4})-(\d{1,2})-(\d{1,2})"));
    static CJK: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"));
    static MONTH_DAY: LazyLock<Regex> =
        LazyLock::new(|| re(r"(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日号일]"));
    static DMY: LazyLock<Regex> = LazyLock::new(|| {
        re(r"(?i)(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?(\p{L}+\.?)\s+(?:de\s+|of\s+)?(\d{4})")
    });
    static MDY: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?i)\b(\p{L}+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})"));
    static WORKING: LazyLock<Regex> = LazyLock::new(|| {
        re(
            r"(?i)(\d+)\s*(?:个工作日|個工作日|工作日|営業日|근무일|영업일|working[- ]days?|business days?|рабоч(?:их|ий|ему|ими)?\s+(?:дн(?:ей|я)|день)|d[ií]as\s+h[aá]biles|d[ií]a\s+h[aá]bil)",
        )
    });
    static PHONE: LazyLock<Regex> =
        LazyLock::new(|| re(r"(?:\+\s?86[\s-]?)?\(?0?\d{2,3}\)?[\s-]\d{7,8}\b|\b1[3-9]\d{9}\b"));
    static DOC_NO: LazyLock<Regex> = LazyLock::new(|| re(r"([\p{Han}]+)〔(\d{4})〕(\d+)号"));
    let mut out = Vec::new();
    // A match inside a longer run of digits (a serial, an index number) is none.
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let mut push = |m: regex::Match, fact: Option<Fact>| {
        let (before, after) = (
            text[..m.start()].chars().next_back(),
            text[m.end()..].chars().next(),
        );
        let alone = !digit(before)
            && !digit(after)
            && m.as_str()
                .starts_with(|c: char| !c.is_ascii_digit() || !digit(before));
        if let Some(fact) = fact.filter(|_| alone) {
            out.push(Found {
                fact,
                offset: m.start(),
                written: m.as_str().trim().to_string(),
            });
        }
    };
    for c in ISO.captures_iter(text) {
        let m: u8 = c[2].parse().unwrap_or(0);
        push(c.get(0).expect("match"), date(&c[1], m, &c[3]));
    }
    for c in CJK.captures_iter(text) {
        let m: u8 = c[2].parse().unwrap_or(0);
        push(c.get(0).expect("match"), date(&c[1], m, &c[3]));
    }
    // The end of a range, 2023年1月1日至6月30日: the year is the start's.
    let full: Vec<(usize, String)> = CJK
        .captures_iter(text)
        .map(|c| (c.get(0).map_or(0, |m| m.start()), c[1].to_string()))
        .collect();
    for c in MONTH_DAY.captures_iter(text) {
        let m0 = c.get(0).expect("match");
        let before = text[..m0.start()].chars().next_back();
        if before.is_some_and(|b| b == '年' || b == '년' || b.is_ascii_digit() || b.is_whitespace())
        {
            continue;
        }
        let Some((_, year)) = full.iter().rev().find(|(at, _)| *at < m0.start()) else {
            continue;
        };
        let m: u8 = c[1].parse().unwrap_or(0);
        push(m0, date(year, m, &c[2]));
    }
    for c in DMY.captures_iter(text) {
        push(
            c.get(0).expect("match"),
            month(&c[2]).and_then(|m| date(&c[3], m, &c[1])),
        );
    }
    for c in MDY.captures_iter(text) {
        push(
            c.get(0).expect("match"),
            month(&c[1]).and_then(|m| date(&c[3], m, &c[2])),
        );
    }
    for c in WORKING.captures_iter(text) {
        push(
            c.get(0).expect("match"),
            c[1].parse().ok().map(Fact::WorkingDays),
        );
    }
    for m in PHONE.find_iter(text) {
        let mut digits: String = m.as_str().chars().filter(char::is_ascii_digit).collect();
        if m.as_str().trim_start().starts_with('+') {
            digits = digits.trim_start_matches("86").to_string();
        }
        let digits = digits.trim_start_matches('0').to_string();
        push(m, Some(Fact::Phone(digits)));
    }
    // By year and serial: a Japanese text writes the issuer's 发 as 発, and
    // the Han run before 〔 may take in the words before the number.
    for c in DOC_NO.captures_iter(text) {
        let key = format!("〔{}〕{}号", &c[2], &c[3]);
        push(c.get(0).expect("match"), Some(Fact::DocNo(key)));
    }
    out.sort_by_key(|f| f.offset);
    out
}

/// The facts a source states: those in its text and front matter, and the
/// typed ones the front matter gives in its own form (a guide's limits).
/// The body's facts come first: they are what a mismatch is named against.
fn source_facts(source: &Document) -> (BTreeSet<Fact>, Vec<Found>, Vec<Found>) {
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

/// W009 for each fact of `doc`'s body that `source` does not state.
pub(super) fn check(doc: &Document, source: &Document, out: &mut Vec<Diagnostic>) {
    let said = facts(&doc.body);
    if said.is_empty() {
        return;
    }
    let (known, in_body, in_front) = source_facts(source);
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
        let mut theirs = of_kind(&in_body);
        if theirs.is_empty() {
            theirs = of_kind(&in_front);
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
            assert_eq!(all(text), [d.clone()], "{text}");
        }
        assert!(all("31 February 2027").is_empty());
        assert!(all("in 2027, 8 experts").is_empty());
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
        assert_eq!(all("大政发〔2026〕15号"), all("大政発〔2026〕15号"));
        assert_eq!(all("根据国办函〔2020〕129号"), all("国弁函〔2020〕129号"));
        assert_ne!(all("大政发〔2026〕15号"), all("大政发〔2026〕16号"));
        assert_eq!(
            all("2023年1月1日至6月30日"),
            [Fact::Date(2023, 1, 1), Fact::Date(2023, 6, 30)]
        );
    }
}
