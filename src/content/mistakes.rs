//! The front-matter mistakes editors make on a Chinese keyboard: full-width
//! quotes and equals signs, Chinese punctuation in keys and lists, dates
//! written 2026/11/27, 2026年11月27日 or 2026.11.27. The TOML parser stops
//! at the first of them with a message about TOML; this names each one, in
//! the editor's terms, with the line as it should be.
//!
//! Not a second TOML parser: it reads one `key = value` line at a time and
//! says nothing about a line it does not recognise.

use crate::diag::Message;
use crate::domain::Date;
use crate::msg;

/// One mistake on one line of the front matter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mistake {
    /// 0-based line within the text given to `find`.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    pub code: &'static str,
    pub message: Message,
    /// The line corrected.
    pub corrected: String,
}

/// Keys whose values are dates.
const DATE_KEYS: &[&str] = &["written", "published", "effective", "repealed"];

/// Every recognised mistake in `front`, line by line.
pub fn find(front: &str) -> Vec<Mistake> {
    let mut out = Vec::new();
    let mut in_multiline = false;
    for (n, line) in front.lines().enumerate() {
        let quotes = line.matches("\"\"\"").count() + line.matches("'''").count();
        if in_multiline {
            in_multiline = quotes % 2 == 0;
            continue;
        }
        if quotes % 2 == 1 {
            in_multiline = true;
            continue;
        }
        if let Some(m) = on_line(n, line) {
            out.push(m);
        }
    }
    out
}

fn col(line: &str, byte: usize) -> usize {
    line[..byte].chars().count() + 1
}

fn on_line(n: usize, line: &str) -> Option<Mistake> {
    let trimmed = line.trim_start();
    if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with('[') {
        return None;
    }
    let indent = &line[..line.len() - trimmed.len()];
    let mistake = |at: usize, code, message: Message, corrected: String| Mistake {
        line: n,
        column: col(line, at),
        code,
        message,
        corrected,
    };
    // The sign between key and value: `=`, or what a Chinese keyboard gives.
    let sign = trimmed
        .char_indices()
        .find(|&(_, c)| matches!(c, '=' | '＝' | '：' | ':'))?;
    let (key, rest) = trimmed.split_at(sign.0);
    let key = key.trim_end();
    let value = rest[sign.1.len_utf8()..].trim();
    let sign_at = line.len() - trimmed.len() + sign.0;
    let fixed_value = fix_value(key, value);
    let fixed_key = fix_key(key);
    let corrected = || {
        format!(
            "{indent}{} = {}",
            fixed_key.as_deref().unwrap_or(key),
            fixed_value.as_ref().map_or(value, |(v, _)| v.as_str())
        )
    };
    match sign.1 {
        '＝' => {
            return Some(mistake(
                sign_at,
                "E015",
                msg!("mistake-full-width-equals"),
                corrected(),
            ));
        }
        '：' | ':' if is_key(fixed_key.as_deref().unwrap_or(key)) => {
            return Some(mistake(
                sign_at,
                "E015",
                msg!("mistake-colon", sign = &sign.1),
                corrected(),
            ));
        }
        '=' => {}
        _ => return None,
    }
    if fixed_key.is_some() {
        let at = line.len() - trimmed.len();
        return Some(mistake(
            at,
            "E015",
            msg!("mistake-key", key = key),
            corrected(),
        ));
    }
    let (_, what) = fixed_value.as_ref()?;
    // `value` is a part of `line`.
    let value_at = value.as_ptr() as usize - line.as_ptr() as usize;
    let code = match what {
        What::Quotes | What::Comma => "E015",
        What::Date(_) => "E016",
    };
    Some(mistake(value_at, code, what.message(), corrected()))
}

/// A key is ASCII letters, digits, `_` and `-` (a dotted key too).
fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
}

/// The key with full-width letters and Chinese punctuation made ASCII, if
/// that changes it into a key; `None` if it is fine or not a key at all.
fn fix_key(key: &str) -> Option<String> {
    if is_key(key) {
        return None;
    }
    let fixed: String = key
        .chars()
        .filter_map(|c| match c {
            // Full-width forms of ASCII (Ａ, ＿, ０) are offset from it.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0),
            '　' => None,
            '—' => Some('-'),
            '。' => Some('.'),
            c => Some(c),
        })
        .collect();
    let fixed = fixed.trim().to_string();
    is_key(&fixed).then_some(fixed)
}

#[derive(Debug)]
enum What {
    Quotes,
    Comma,
    Date(String),
}

impl What {
    fn message(&self) -> Message {
        match self {
            What::Quotes => msg!("mistake-quotes"),
            What::Comma => msg!("mistake-comma"),
            What::Date(written) => msg!("mistake-date", date = written),
        }
    }
}

/// The value corrected, and what was wrong with it.
fn fix_value(key: &str, value: &str) -> Option<(String, What)> {
    let (value, comment) = split_comment(value);
    let with_comment = |v: String| match comment {
        "" => v,
        c => format!("{v} {c}"),
    };
    let date_key = DATE_KEYS.contains(&key.trim());
    if date_key && let Some(date) = loose_date(value) {
        if date.to_string() != value {
            return Some((
                with_comment(date.to_string()),
                What::Date(value.to_string()),
            ));
        }
        return None;
    }
    let pairs = [
        ('“', '”'),
        ('「', '」'),
        ('『', '』'),
        ('＂', '＂'),
        ('‘', '’'),
        ('”', '”'),
        ('“', '“'),
    ];
    for (open, close) in pairs {
        if let Some(inner) = value.strip_prefix(open).and_then(|v| v.strip_suffix(close)) {
            // Chinese quotation marks inside the text stay as they are.
            let inner = inner.replace('\\', "\\\\").replace('"', "\\\"");
            return Some((with_comment(format!("\"{inner}\"")), What::Quotes));
        }
    }
    if value.starts_with('[') && value.contains('，') {
        let list: String = value.replace('，', ", ");
        let list = list.replace(",  ", ", ");
        return Some((with_comment(list), What::Comma));
    }
    None
}

/// A value and its `# comment`, for a value without `#` inside quotes.
fn split_comment(value: &str) -> (&str, &str) {
    match value.find(" #") {
        Some(i)
            if !value[..i].contains('"') || value[..i].matches('"').count().is_multiple_of(2) =>
        {
            (value[..i].trim_end(), value[i..].trim())
        }
        _ => (value, ""),
    }
}

/// A date as editors write it: 2026/11/27, 2026.11.27, 2026年11月27日,
/// 2026-11-7, "2026-11-27" (quoted), with full-width digits too.
pub fn loose_date(value: &str) -> Option<Date> {
    let v: String = value
        .trim()
        .trim_matches(|c| matches!(c, '"' | '\'' | '“' | '”'))
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .collect();
    let parts: Vec<&str> = v
        .split(['/', '.', '-', '年', '月', '日', '．', '／'])
        .filter(|p| !p.is_empty())
        .collect();
    if parts.len() != 3
        || parts[0].len() != 4
        || !parts
            .iter()
            .all(|p| p.chars().all(|c| c.is_ascii_digit()) && p.len() <= 4)
    {
        return None;
    }
    if v.contains('日') && !v.ends_with('日') {
        return None;
    }
    Date::new(
        parts[0].parse().ok()?,
        parts[1].parse().ok()?,
        parts[2].parse().ok()?,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(line: &str) -> Mistake {
        let found = find(line);
        assert_eq!(found.len(), 1, "{line}: {found:?}");
        found.into_iter().next().unwrap()
    }

    #[test]
    fn chinese_keyboard_mistakes_are_named_and_corrected() {
        let m = one("title = “大连市商务局关于“双十一”的通知”");
        assert_eq!(m.code, "E015");
        assert_eq!(m.column, 9);
        assert_eq!(m.corrected, "title = \"大连市商务局关于“双十一”的通知\"");
        let m = one("agency ＝ \"dl-commerce\"");
        assert!(m.message.as_str().contains("full-width equals"), "{m:?}");
        assert_eq!(m.corrected, "agency = \"dl-commerce\"");
        let m = one("title： \"x\"");
        assert_eq!(m.corrected, "title = \"x\"");
        let m = one("ｔｉｔｌｅ = \"x\"");
        assert_eq!(m.corrected, "title = \"x\"");
        let m = one("keywords = [\"营商环境\"，\"市场主体\"]");
        assert_eq!(m.corrected, "keywords = [\"营商环境\", \"市场主体\"]");
    }

    #[test]
    fn dates_as_editors_write_them() {
        for (written, fixed) in [
            ("2026/11/27", "2026-11-27"),
            ("2026年11月27日", "2026-11-27"),
            ("2026.11.27", "2026-11-27"),
            ("2026-1-7", "2026-01-07"),
            ("\"2026-11-27\"", "2026-11-27"),
            ("２０２６年１１月２７日", "2026-11-27"),
        ] {
            let m = one(&format!("written = {written}"));
            assert_eq!((m.code, m.column), ("E016", 11), "{written}");
            assert_eq!(m.corrected, format!("written = {fixed}"), "{written}");
            assert!(m.message.as_str().contains(written), "{m:?}");
        }
        // Right already, or not a date at all: nothing to say.
        assert!(find("written = 2026-11-27").is_empty());
        assert!(find("written = 2026/02/30").is_empty());
        assert!(find("title = \"2026/11/27\"").is_empty());
        assert!(find("summary = \"\"\"\ntitle ＝ x\n\"\"\"").is_empty());
    }
}
