//! The rule of `translation = …`: a translation says how far it can be
//! relied on; the Chinese source, which is the text itself, cannot.

use crate::content::Document;
use crate::diag::Diagnostic;
use crate::msg;
use crate::site::Site;

pub(super) fn check(site: &Site, i: usize, doc: &Document, out: &mut Vec<Diagnostic>) {
    let is_source = site.source(i).is_some_and(|s| std::ptr::eq(s, doc));
    if is_source && doc.front.translation_status().is_some() {
        out.push(
            Diagnostic::warning(
                "W060",
                &doc.file.display,
                msg!("translation-status-on-source"),
            )
            .at(doc.key_position("translation"))
            .help(msg!("translation-status-on-source-help")),
        );
    }
}
