//! The rules of `updated`: a page cannot have been updated before it was
//! published, nor after the day the site is built for.

use crate::content::{Document, Front};
use crate::diag::Diagnostic;
use crate::domain::Date;

pub(super) fn check(doc: &Document, today: Option<Date>, out: &mut Vec<Diagnostic>) {
    let Some(updated) = doc.front.updated() else {
        return;
    };
    if let Front::Record(r) = &doc.front
        && updated < r.published
    {
        out.push(
            Diagnostic::error(
                "E065",
                &doc.file.display,
                format!("updated {updated} is before the record was published ({})", r.published),
            )
            .at(doc.key_position("updated"))
            .help("`updated` is the day the published record was last changed: on or after `published`"),
        );
    }
    if let Some(today) = today
        && updated > today
    {
        out.push(
            Diagnostic::error(
                "E066",
                &doc.file.display,
                format!("updated {updated} is after today ({today})"),
            )
            .at(doc.key_position("updated"))
            .help("write the day the change was made; a change that comes later is written on that day"),
        );
    }
}
