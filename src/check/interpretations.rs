//! Policy interpretations (政策解读): a record that `interprets` another
//! must name a record of the site that is not itself an interpretation, and
//! a policy of a genre the site lists in `[disclosure]
//! interpretation_required` must have one published within
//! `interpretation_within_days` of it (the 2019 inspection indicators ask for
//! policy and interpretation to be published together and linked). A policy
//! repealed or expired by today is not asked for one any more.

use super::*;

/// The rules on one interpretation's own front matter.
pub(super) fn interpretation(site: &Site, doc: &Document, r: &Record, out: &mut Vec<Diagnostic>) {
    let Some(target) = &r.interprets else {
        if r.interpretation_kind.is_some() {
            out.push(
                Diagnostic::error("E072", &doc.file.display, msg!("kind-without-policy"))
                    .at(doc.key_position("interpretation_kind"))
                    .help(msg!("kind-without-policy-help")),
            );
        }
        return;
    };
    let Some(&j) = site.records.get(target) else {
        let known = site.records.keys().map(IndexNo::as_str);
        let mut d = Diagnostic::error(
            "E070",
            &doc.file.display,
            msg!("interprets-unknown", target = target),
        )
        .at(doc.key_position("interprets"));
        d = match did_you_mean(target, known) {
            Some(s) => d.help(msg!("did-you-mean", name = s)),
            None => d.help(msg!("interprets-unknown-help")),
        };
        out.push(d);
        return;
    };
    if target == &r.index_no {
        out.push(
            Diagnostic::error("E071", &doc.file.display, msg!("interprets-itself"))
                .at(doc.key_position("interprets"))
                .help(msg!("interprets-itself-help")),
        );
        return;
    }
    if let Some(Front::Record(policy)) = site.source(j).map(|d| &d.front)
        && let Some(further) = &policy.interprets
    {
        out.push(
            Diagnostic::error(
                "E071",
                &doc.file.display,
                msg!(
                    "interprets-interpretation",
                    target = target,
                    further = further
                ),
            )
            .at(doc.key_position("interprets"))
            .help(msg!("interprets-interpretation-help", further = further)),
        );
    }
}

/// Every policy of a genre in `interpretation_required`, published by
/// `today`, whose first interpretation came out more than the allowed days
/// after it, or that has none when those days have passed.
pub(super) fn timely(site: &Site, today: Option<Date>, out: &mut Vec<Diagnostic>) {
    let rules = &site.config.disclosure;
    if rules.interpretation_required.is_empty() {
        return;
    }
    let within = i64::from(rules.interpretation_within_days);
    let published_by = |d: Date| today.is_none_or(|t| d <= t);
    for i in 0..site.entries.len() {
        let Some(doc) = site.source(i) else { continue };
        let Front::Record(r) = &doc.front else {
            continue;
        };
        let required = r
            .genre
            .as_ref()
            .is_some_and(|g| rules.interpretation_required.iter().any(|x| x == g));
        // A policy no longer in force is history: inspectors look at those in force.
        let ended = matches!(r.validity, Some(Validity::Repealed | Validity::Expired))
            && r.repealed.is_none_or(published_by);
        if !required
            || ended
            || r.interprets.is_some()
            || doc.front.is_draft()
            || !published_by(r.published)
        {
            continue;
        }
        let first = site
            .interpreted_by
            .get(&i)
            .into_iter()
            .flatten()
            .filter_map(|&k| match site.source(k).map(|d| &d.front) {
                Some(Front::Record(x)) if !x.draft && published_by(x.published) => {
                    Some(x.published)
                }
                _ => None,
            })
            .min();
        let genre = r.genre.as_deref().unwrap_or_default();
        let at = doc.key_position("published");
        let help = || {
            msg!(
                "interpretation-late-help",
                within = within,
                index_no = &r.index_no,
                genre = genre
            )
        };
        match first {
            Some(d) => {
                let after = d.days() - r.published.days();
                if after > within {
                    out.push(
                        Diagnostic::warning(
                            "W020",
                            &doc.file.display,
                            msg!(
                                "interpretation-late",
                                title = &r.title,
                                index_no = &r.index_no,
                                date = d.to_string(),
                                after = after,
                                late = after - within
                            ),
                        )
                        .at(at)
                        .help(help()),
                    );
                }
            }
            None => {
                let Some(today) = today else { continue };
                let waited = today.days() - r.published.days();
                if waited > within {
                    out.push(
                        Diagnostic::warning(
                            "W020",
                            &doc.file.display,
                            msg!(
                                "interpretation-missing",
                                title = &r.title,
                                index_no = &r.index_no,
                                waited = waited,
                                published = r.published.to_string(),
                                within = within
                            ),
                        )
                        .at(at)
                        .help(help()),
                    );
                }
            }
        }
    }
}
