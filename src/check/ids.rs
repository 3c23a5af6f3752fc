//! Ids content refers to, held against those site.toml declares: the
//! unknown one named, with its label, as the id an editor most likely meant.

use super::*;

/// The id each undeclared value (E021) most likely means, now that the
/// labels are known: an editor often writes the name (大连市商务局, "Dalian
/// Commerce Bureau") where the id belongs, or a near miss of either. The
/// help then names the id with its label, and lists the others with theirs.
pub fn name_undeclared(diags: &mut [Diagnostic], site: &Site, locales: &Locales) {
    for d in diags.iter_mut().filter(|d| d.code == "E021") {
        let Some((key, wrong)) = undeclared_parts(&d.message) else {
            continue;
        };
        let Some((prefix, ids)) = id_list(site, key) else {
            continue;
        };
        let default = &site.config.default_language().code;
        let label = |id: &str| locales.get(*default, &format!("{prefix}{id}"));
        let wrong_folded = fold(wrong);
        // An exact label in any language, then a label that contains or is
        // contained in what was written, then a near miss of a label or id.
        let mut best: Option<(usize, &str)> = None;
        for id in &ids {
            for lang in &site.config.languages {
                let l = fold(&locales.get(lang.code, &format!("{prefix}{id}")));
                let score = if l == wrong_folded {
                    0
                } else if !l.is_empty() && (l.contains(&wrong_folded) || wrong_folded.contains(&l))
                {
                    1
                } else if did_you_mean(&wrong_folded, [l.as_str()]).is_some() {
                    2
                } else {
                    continue;
                };
                if best.is_none_or(|(b, _)| score < b) {
                    best = Some((score, id.as_str()));
                }
            }
        }
        let meant = best
            .map(|(_, id)| id)
            .or_else(|| did_you_mean(wrong, ids.iter().map(String::as_str)));
        let listed: Vec<String> = ids
            .iter()
            .map(|id| format!("`{id}` ({})", label(id)))
            .collect();
        d.help = Some(
            match meant {
                Some(id) => msg!("undeclared-id-meant", id = id, label = label(id), key = key),
                None if key == "agency" => msg!("undeclared-agency-list", ids = listed.join(", ")),
                None => msg!("undeclared-id-ask", ids = listed.join(", ")),
            }
            .into(),
        );
    }
}

/// Case and width folded, so that ＤＬ and dl, "Commerce" and "commerce" meet.
fn fold(s: &str) -> String {
    s.trim()
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect()
}

/// The key and the value of an E021 message (see `declared`).
fn undeclared_parts(message: &str) -> Option<(&str, &str)> {
    let mut parts = message.split('`');
    let (_, key, _, id) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    Some((key, id))
}

/// The message prefix of a key's labels and its declared ids.
fn id_list(site: &Site, key: &str) -> Option<(&'static str, Vec<String>)> {
    let t = &site.config.taxonomy;
    Some(match key {
        "agency" => (
            "agency-",
            site.config.agencies.keys().map(|s| s.to_string()).collect(),
        ),
        "topic" => ("topic-", t.topics.iter().map(|s| s.to_string()).collect()),
        "catalog" => (
            "catalog-",
            t.catalogs.iter().map(|s| s.to_string()).collect(),
        ),
        "genre" => ("genre-", t.genres.iter().map(|s| s.to_string()).collect()),
        "sectors" => ("sector-", t.sectors.iter().map(|s| s.to_string()).collect()),
        "life_events" => (
            "life-event-",
            t.life_events.iter().map(|s| s.to_string()).collect(),
        ),
        _ => return None,
    })
}

/// An id that must be one of the declared ones.
pub(super) fn declared<'a>(
    doc: &Document,
    key: &str,
    id: &str,
    known: impl Iterator<Item = &'a Slug> + Clone,
    list: &str,
    out: &mut Vec<Diagnostic>,
) {
    if known.clone().any(|k| k == id) {
        return;
    }
    let mut d = Diagnostic::error(
        "E021",
        &doc.file.display,
        msg!("undeclared-id", key = key, id = id),
    )
    .at(doc.key_position(key));
    let all = || {
        known
            .clone()
            .map(Slug::as_str)
            .collect::<Vec<_>>()
            .join(", ")
    };
    d = match did_you_mean(id, known.clone().map(Slug::as_str)) {
        Some(s) => d.help(msg!("undeclared-id-near", name = s, list = list)),
        None if key == "agency" => d.help(msg!("undeclared-agency-list", ids = all())),
        None => d.help(msg!("undeclared-id-list", list = list, ids = all())),
    };
    out.push(d);
}
