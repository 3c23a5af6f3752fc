//! The rules of `updated`: a page cannot have been updated before it was
//! published, nor after the day the site is built for.

use crate::content::{Document, Front};
use crate::diag::Diagnostic;
use crate::domain::Date;
use crate::msg;

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
                msg!(
                    "updated-before-published",
                    updated = updated.to_string(),
                    published = r.published.to_string()
                ),
            )
            .at(doc.key_position("updated"))
            .help(msg!("updated-before-published-help")),
        );
    }
    if let Some(today) = today
        && updated > today
    {
        out.push(
            Diagnostic::error(
                "E066",
                &doc.file.display,
                msg!(
                    "updated-after-today",
                    updated = updated.to_string(),
                    today = today.to_string()
                ),
            )
            .at(doc.key_position("updated"))
            .help(msg!("updated-after-today-help")),
        );
    }
}
