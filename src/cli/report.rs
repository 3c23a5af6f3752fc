//! How the commands print what they found: diagnostics as text (like a
//! compiler), JSON or GitHub annotations, and the exit code of a failure.

use std::process::ExitCode;

use clap::ValueEnum;

use crate::diag::{Diagnostic, Failure};

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// Like a compiler: file:line:col, the line, a caret, help.
    Text,
    /// A JSON array of {severity, code, file, line, column, message, help}.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Prints to stdout; a reader that closed the pipe (`| head`) is not an error.
pub fn emit(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|_| out.flush());
}

/// Reports a failure and gives its exit code: 1 for the content's errors
/// (all of them printed, then `note`), 2 for anything else.
pub fn failed(f: Failure, format: Format, note: &str) -> ExitCode {
    match f {
        Failure::Content(diags) => {
            report(&diags, format);
            if matches!(format, Format::Text) {
                let errors = diags.iter().filter(|d| d.is_error()).count();
                eprintln!(
                    "\n{errors} error(s), {} warning(s). {note}",
                    diags.len() - errors
                );
            }
            ExitCode::from(1)
        }
        Failure::Io(msg) => {
            eprintln!("error: {msg}");
            ExitCode::from(2)
        }
    }
}

pub fn report(diags: &[Diagnostic], format: Format) {
    match format {
        Format::Text => {
            for d in diags {
                eprintln!("{d}\n");
            }
        }
        Format::Json => {
            emit(&(serde_json::to_string_pretty(diags).unwrap_or_else(|_| "[]".into()) + "\n"))
        }
        Format::Github => {
            for d in diags {
                let level = if d.is_error() { "error" } else { "warning" };
                let msg = match &d.help {
                    Some(h) => format!("{} ({})", d.message, h),
                    None => d.message.clone(),
                };
                emit(&format!(
                    "::{level} file={},line={},col={},title={}::{}\n",
                    d.file,
                    d.line.max(1),
                    d.column.max(1),
                    d.code,
                    msg.replace('%', "%25")
                        .replace('\r', "%0D")
                        .replace('\n', "%0A")
                ));
            }
        }
    }
}
