//! The rules of attachments (附件): each `[[attachments]]` entry names a
//! file under `content/` of an allowed type — by its extension and by its
//! leading bytes — no larger than `[attachments] max_size`; a translation
//! lists the source's attachments in the same number and order. Each
//! problem is reported at the line of its entry.

use crate::content::attachments::{ALLOWED, FileType, Resolved, file_name, position};
use crate::content::{Document, Front};
use crate::diag::{Diagnostic, Position};
use crate::msg;
use crate::site::Site;
use crate::site::attachments::{resolved, written};

/// The rules on the attachments of one file of page `i`.
pub(super) fn check(site: &Site, i: usize, doc: &Document, out: &mut Vec<Diagnostic>) {
    let entries = written(doc);
    if entries.is_empty() {
        return;
    }
    let at = |n: usize, key: &str| {
        position(&doc.front_text, doc.front_line, n, key)
            .unwrap_or_else(|| doc.key_position("attachments"))
    };
    let source = site.source(i).filter(|s| !std::ptr::eq(*s, doc));
    if let Some(source) = source {
        let count = written(source).len();
        if entries.len() != count {
            out.push(
                Diagnostic::error(
                    "E030",
                    &doc.file.display,
                    msg!(
                        "attachments-count-mismatch",
                        source = count,
                        translated = entries.len()
                    ),
                )
                .at(at(0, "title"))
                .help(msg!("attachments-count-mismatch-help")),
            );
        }
    }
    let is_translation =
        matches!(doc.front, Front::RecordText(_) | Front::GuideText(_)) || source.is_some();
    for (n, entry) in entries.iter().enumerate() {
        if entry.title.trim().is_empty() {
            out.push(
                Diagnostic::error("E005", &doc.file.display, msg!("attachment-title-empty"))
                    .at(at(n, "title"))
                    .help(msg!("attachment-title-empty-help")),
            );
        }
        match entry.file {
            Some(file) => file_rules(site, doc, file, at(n, "file"), out),
            None if !is_translation => out.push(
                Diagnostic::error("E005", &doc.file.display, msg!("attachment-no-file"))
                    .at(at(n, "title"))
                    .help(msg!("attachment-no-file-help")),
            ),
            None => {}
        }
    }
}

fn file_rules(site: &Site, doc: &Document, file: &str, at: Position, out: &mut Vec<Diagnostic>) {
    let display = &doc.file.display;
    let rel = match resolved(doc, file) {
        Resolved::Inside(rel) => rel,
        Resolved::Outside => {
            out.push(
                Diagnostic::error("E061", display, msg!("attachment-outside", file = file))
                    .at(at)
                    .help(msg!("attachment-outside-help")),
            );
            return;
        }
    };
    let Some(kind) = FileType::of_name(&rel) else {
        out.push(
            Diagnostic::error("E062", display, msg!("attachment-type", file = file))
                .at(at)
                .help(msg!("attachment-type-help", allowed = ALLOWED)),
        );
        return;
    };
    let Some(asset) = site.asset(&rel) else {
        out.push(
            Diagnostic::error(
                "E060",
                display,
                msg!("attachment-missing", file = file, path = rel.as_str()),
            )
            .at(at)
            .help(msg!("attachment-missing-help")),
        );
        return;
    };
    if !kind.matches(&asset.head) {
        out.push(
            Diagnostic::error(
                "E063",
                display,
                msg!(
                    "attachment-not-its-type",
                    name = file_name(&rel),
                    kind = kind.label()
                ),
            )
            .at(at.clone())
            .help(msg!("attachment-not-its-type-help")),
        );
    }
    let max = site.config.attachments.max_size;
    if asset.size > max {
        out.push(
            Diagnostic::error(
                "E064",
                display,
                msg!(
                    "attachment-too-large",
                    name = file_name(&rel),
                    size = asset.size,
                    max = max
                ),
            )
            .at(at)
            .help(msg!("attachment-too-large-help")),
        );
    }
}
