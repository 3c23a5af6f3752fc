//! The rules of attachments (附件): each `[[attachments]]` entry names a
//! file under `content/` of an allowed type — by its extension and by its
//! leading bytes — no larger than `[attachments] max_size`; a translation
//! lists the source's attachments in the same number and order. Each
//! problem is reported at the line of its entry.

use crate::content::attachments::{ALLOWED, FileType, Resolved, file_name, position};
use crate::content::{Document, Front};
use crate::diag::{Diagnostic, Position};
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
                    format!(
                        "the source has {count} [[attachments]] but this translation has {}",
                        entries.len()
                    ),
                )
                .at(at(0, "title"))
                .help("give one [[attachments]] per attachment of the source, in its order, each with its translated `title` (and `file` only for a translated file)"),
            );
        }
    }
    let is_translation =
        matches!(doc.front, Front::RecordText(_) | Front::GuideText(_)) || source.is_some();
    for (n, entry) in entries.iter().enumerate() {
        if entry.title.trim().is_empty() {
            out.push(
                Diagnostic::error("E005", &doc.file.display, "the attachment's `title` is empty")
                    .at(at(n, "title"))
                    .help("name the attachment as readers should see it, e.g. `title = \"附件1：申报指南\"`"),
            );
        }
        match entry.file {
            Some(file) => file_rules(site, doc, file, at(n, "file"), out),
            None if !is_translation => out.push(
                Diagnostic::error("E005", &doc.file.display, "the attachment has no `file`")
                    .at(at(n, "title"))
                    .help("give the path of the file, relative to this page's file or from content/ with a leading `/`: `file = \"dl-2024-00012/附件1.pdf\"`"),
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
                Diagnostic::error("E061", display, format!("attachment `{file}` is outside content/"))
                    .at(at)
                    .help("copy the file into content/ (beside the page, e.g. in a folder named like it) and name it from there: a build publishes only what is under content/"),
            );
            return;
        }
    };
    let Some(kind) = FileType::of_name(&rel) else {
        out.push(
            Diagnostic::error(
                "E062",
                display,
                format!("attachment `{file}` is not of a type that may be published"),
            )
            .at(at)
            .help(format!(
                "attachments are PDF, OFD, Word, Excel, WPS, ZIP or image files: {ALLOWED}"
            )),
        );
        return;
    };
    let Some(asset) = site.asset(&rel) else {
        out.push(
            Diagnostic::error("E060", display, format!("attachment `{file}` does not exist: there is no content/{rel}"))
                .at(at)
                .help("put the file there, or correct the path: it is relative to this page's file, or from content/ when it starts with `/`"),
        );
        return;
    };
    if !kind.matches(&asset.head) {
        out.push(
            Diagnostic::error("E063", display, format!("`{}` is named as {} but is not a {} file", file_name(&rel), kind.label(), kind.label()))
                .at(at.clone())
                .help("its first bytes are not those of the format its extension names: export the document again in that format, or give it the extension of what it is"),
        );
    }
    let max = site.config.attachments.max_size;
    if asset.size > max {
        out.push(
            Diagnostic::error(
                "E064",
                display,
                format!(
                    "attachment `{}` is {} bytes, over the limit of {max} bytes",
                    file_name(&rel),
                    asset.size
                ),
            )
            .at(at)
            .help("make the file smaller (scan at a lower resolution, split it), or raise [attachments] max_size in site.toml"),
        );
    }
}
