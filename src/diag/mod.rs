//! Diagnostics: what is wrong, where, and how to fix it.
//!
//! Every stage reports problems as data (`Diagnostic`); none of them prints or
//! exits. `main.rs` alone decides how to show them and which exit code follows.

pub mod codes;
pub mod messages;

pub use messages::Message;

use std::borrow::Cow;
use std::fmt;
use std::path::Path;

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    /// Not a problem: what the build does with a file (a draft, a record
    /// scheduled for a later day). Never fails a run.
    Note,
}

/// One problem found in the site, located in a file when it has a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    pub severity: Severity,
    /// Stable code such as `E001`, for documentation and CI filters.
    pub code: Cow<'static, str>,
    /// Path relative to the site root, with `/` separators.
    pub file: String,
    /// 1-based; 0 when the problem concerns the whole file.
    pub line: usize,
    /// 1-based, in characters.
    pub column: usize,
    pub message: String,
    pub help: Option<String>,
    /// The text of the offending line, for the caret display.
    #[serde(skip)]
    pub source_line: Option<String>,
}

impl Diagnostic {
    pub fn error(code: &'static str, file: impl Into<String>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Error,
            code: Cow::Borrowed(code),
            file: file.into(),
            line: 0,
            column: 0,
            message: message.into(),
            help: None,
            source_line: None,
        }
    }

    pub fn warning(code: &'static str, file: impl Into<String>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..Diagnostic::error(code, file, message)
        }
    }

    pub fn note(code: &'static str, file: impl Into<String>, message: Message) -> Self {
        Diagnostic {
            severity: Severity::Note,
            ..Diagnostic::error(code, file, message)
        }
    }

    pub fn at(mut self, pos: Position) -> Self {
        self.line = pos.line;
        self.column = pos.column;
        self.source_line = pos.text;
        self
    }

    pub fn help(mut self, help: Message) -> Self {
        self.help = Some(help.into());
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    pub fn is_warning(&self) -> bool {
        self.severity == Severity::Warning
    }

    /// Sort key: file, then place, so reports read top to bottom.
    fn key(&self) -> (&str, usize, usize, Severity, &str) {
        (
            &self.file,
            self.line,
            self.column,
            self.severity,
            &self.code,
        )
    }
}

/// Sorts diagnostics by file and place and drops exact repeats.
pub fn sort(diags: &mut Vec<Diagnostic>) {
    diags.sort_by(|a, b| {
        a.key()
            .cmp(&b.key())
            .then_with(|| a.message.cmp(&b.message))
    });
    diags.dedup();
}

pub fn has_errors(diags: &[Diagnostic]) -> bool {
    diags.iter().any(Diagnostic::is_error)
}

impl fmt::Display for Diagnostic {
    /// rustc-like: `path:line:col: error[E001]: message`, the line with a
    /// caret under the column, then `help:`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(false))
    }
}

impl Diagnostic {
    /// The text display, with ANSI colours when `color` (a terminal that
    /// wants them). The caret sits under the column by display width: a
    /// Chinese character takes two cells, a combining mark none.
    pub fn render(&self, color: bool) -> String {
        use std::fmt::Write;
        let paint = |code: &str, text: &str| match color {
            true => format!("\x1b[{code}m{text}\x1b[0m"),
            false => text.to_string(),
        };
        let (sev, sev_color) = match self.severity {
            Severity::Error => (crate::msg!("severity-error"), "1;31"),
            Severity::Warning => (crate::msg!("severity-warning"), "1;33"),
            Severity::Note => (crate::msg!("severity-note"), "1;36"),
        };
        let mut f = String::new();
        let place = if self.line > 0 {
            format!("{}:{}:{}:", self.file, self.line, self.column.max(1))
        } else {
            format!("{}:", self.file)
        };
        let _ = write!(
            f,
            "{} {}: {}",
            paint("1", &place),
            paint(sev_color, &format!("{sev}[{}]", self.code)),
            paint("1", &self.message)
        );
        if let Some(text) = &self.source_line {
            let num = self.line.to_string();
            let pad = " ".repeat(num.len());
            let bar = paint("1;34", "|");
            let caret_pad = caret_padding(text, self.column);
            let _ = write!(
                f,
                "\n{pad} {bar}\n{} {bar} {text}\n{pad} {bar} {caret_pad}{}",
                paint("1;34", &num),
                paint(sev_color, "^")
            );
        }
        if let Some(help) = &self.help {
            let _ = write!(
                f,
                "\n  = {}: {help}",
                paint("1", crate::msg!("severity-help").as_str())
            );
        }
        f
    }
}

/// The blanks that put a caret under 1-based `column` (in characters) of
/// `text` on a terminal: one cell per narrow character, two per wide (CJK,
/// full-width forms), tabs kept as tabs.
pub fn caret_padding(text: &str, column: usize) -> String {
    let mut pad = String::new();
    for c in text.chars().take(column.saturating_sub(1)) {
        match c {
            '\t' => pad.push('\t'),
            c => {
                let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
                pad.extend(std::iter::repeat_n(' ', w));
            }
        }
    }
    pad
}

/// A place in a file, with the text of its line for display.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub text: Option<String>,
}

impl Position {
    /// The start of a file, for problems with the file as a whole.
    pub fn start() -> Position {
        Position {
            line: 1,
            column: 1,
            text: None,
        }
    }
}

/// Maps byte offsets in a text to 1-based line and column.
pub struct LineIndex<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    pub fn new(text: &'a str) -> Self {
        let starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The position of a byte offset; offsets past the end clamp to the end.
    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let prefix = self.text.get(start..offset).unwrap_or("");
        Position {
            line: line + 1,
            column: prefix.chars().count() + 1,
            text: Some(self.line_text(line + 1).to_string()),
        }
    }

    /// The start of a 1-based line.
    pub fn line_start(&self, line: usize) -> Position {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(self.text.len());
        self.position(start)
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    fn line_text(&self, line: usize) -> &str {
        let start = self.starts[line - 1];
        let end = self.starts.get(line).map_or(self.text.len(), |&e| e - 1);
        self.text[start..end].trim_end_matches('\r')
    }
}

/// A path relative to `root`, with `/` separators, for messages.
pub fn display_path(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).unwrap_or(path).to_string_lossy();
    if std::path::MAIN_SEPARATOR == '/' {
        rel.into_owned()
    } else {
        rel.replace(std::path::MAIN_SEPARATOR, "/")
    }
}

/// The declared name closest to `wrong`, if it is close enough to be a likely typo.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let limit = (wrong.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (edit_distance(wrong, c), c))
        .filter(|&(d, _)| d <= limit)
        .min()
        .map(|(_, c)| c)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            cur.push((prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

/// Why a run stopped: the content has errors (exit 1) or the tool could not
/// do its job (exit 2: unreadable folder, unwritable output).
#[derive(Debug)]
pub enum Failure {
    Content(Vec<Diagnostic>),
    Io(Message),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let text = "标题 = 1\nab = 大连\n";
        let idx = LineIndex::new(text);
        let off = text.find("大连").unwrap();
        let p = idx.position(off);
        assert_eq!((p.line, p.column), (2, 6));
        assert_eq!(p.text.as_deref(), Some("ab = 大连"));
    }

    #[test]
    fn suggestions_only_for_near_misses() {
        let ids = ["economy-state-assets", "general-affairs"];
        assert_eq!(did_you_mean("general-affair", ids), Some("general-affairs"));
        assert_eq!(did_you_mean("weather", ids), None);
    }

    #[test]
    fn display_has_location_caret_and_help() {
        let d = Diagnostic::error(
            "E001",
            "content/a.md",
            crate::msg!("detail", detail = "bad"),
        )
        .at(LineIndex::new("x = 1\n").position(4))
        .help(crate::msg!("detail", detail = "fix it"));
        let s = d.to_string();
        assert!(s.starts_with("content/a.md:1:5: error[E001]: bad"), "{s}");
        assert!(s.contains("1 | x = 1\n  |     ^"), "{s}");
        assert!(s.ends_with("= help: fix it"), "{s}");
    }

    #[test]
    fn carets_sit_under_wide_characters_by_display_width() {
        let text = "title = “大连市商务局”";
        let col = text.chars().position(|c| c == '商').unwrap() + 1;
        let d =
            Diagnostic::error("E001", "a.md", crate::msg!("detail", detail = "x")).at(Position {
                line: 3,
                column: col,
                text: Some(text.to_string()),
            });
        let shown = d.to_string();
        let caret_line = shown.lines().find(|l| l.trim_end().ends_with('^')).unwrap();
        let text_line = shown.lines().find(|l| l.contains("大连")).unwrap();
        let cells = |s: &str| unicode_width::UnicodeWidthStr::width(s);
        let under = text_line.find('商').unwrap();
        assert_eq!(
            cells(&caret_line[..caret_line.len() - 1]),
            cells(&text_line[..under]),
            "{shown}"
        );
        assert_eq!(caret_padding("\tab", 3), "\t ");
    }

    #[test]
    fn colour_only_when_asked() {
        let d = Diagnostic::warning("W001", "a.md", crate::msg!("detail", detail = "long"))
            .at(LineIndex::new("a\n").position(0));
        assert!(!d.render(false).contains('\x1b'));
        let c = d.render(true);
        assert!(c.contains("\x1b[1;33mwarning[W001]\x1b[0m"), "{c:?}");
    }

    #[test]
    fn json_round_trips() {
        let d = Diagnostic::warning(
            "W001",
            "content/a.md",
            crate::msg!("detail", detail = "long"),
        )
        .at(LineIndex::new("a\nb").position(2))
        .help(crate::msg!("detail", detail = "fix it"));
        let json = serde_json::to_string(&vec![d.clone()]).unwrap();
        let back: Vec<Diagnostic> = serde_json::from_str(&json).unwrap();
        assert_eq!(back[0].code, "W001");
        assert_eq!(
            (back[0].line, back[0].column, back[0].severity),
            (2, 1, Severity::Warning)
        );
        assert_eq!(back[0].help.as_deref(), Some("fix it"));
    }
}
