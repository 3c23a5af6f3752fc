//! The rule of `translation = …`: a translation says how far it can be
//! relied on; the Chinese source, which is the text itself, cannot.

use crate::content::Document;
use crate::diag::Diagnostic;
use crate::site::Site;

pub(super) fn check(site: &Site, i: usize, doc: &Document, out: &mut Vec<Diagnostic>) {
    let is_source = site.source(i).is_some_and(|s| std::ptr::eq(s, doc));
    if is_source && doc.front.translation_status().is_some() {
        out.push(
            Diagnostic::warning("W060", &doc.file.display, "`translation` is set on the Chinese source, which is no translation")
                .at(doc.key_position("translation"))
                .help("set `translation = \"reviewed\" | \"tentative\" | \"machine\"` in the translations (….en.md), and remove it here"),
        );
    }
}
