//! Messages and dates per language: Fluent bundles built from the theme's
//! `locales/<lang>/*.ftl` overlaid by the site's `locales/<lang>/*.ftl`, and
//! ICU4X long dates (2024年3月8日, March 8, 2024, 8 марта 2024 г.).
//!
//! Every message a page needs must exist in every language: a gap is a build
//! error that names the language folder and the message id.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Mutex;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use icu::calendar::Gregorian;
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::YMD;
use rustc_hash::FxHashMap;

use crate::config::Config;
use crate::diag::{Diagnostic, LineIndex};
use crate::domain::Date;
use crate::domain::LangCode;
use crate::domain::vocab;
use crate::theme::Theme;

/// Messages every site must name in its own `locales/<lang>/` files.
pub const SITE_MESSAGES: &[&str] = &[
    "site-title",
    "site-short-name",
    "site-organiser",
    "site-address",
];

pub struct Messages {
    bundle: FluentBundle<FluentResource>,
    ids: BTreeSet<String>,
    dates: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    /// Numbers with the language's decimal sign and grouping (1.2 · 1,2).
    numbers: icu::decimal::DecimalFormatter,
    /// Dates already written: a site's pages repeat a few thousand dates.
    written: Mutex<FxHashMap<Date, String>>,
}

pub struct Locales {
    langs: BTreeMap<LangCode, Messages>,
}

impl Locales {
    /// Loads every language's messages. `Ok` carries warnings (unused messages).
    pub fn load(
        config: &Config,
        theme: &Theme,
    ) -> Result<(Locales, Vec<Diagnostic>), Vec<Diagnostic>> {
        let mut site_defined: Vec<(String, String, crate::diag::Position)> = Vec::new();
        let mut diags = Vec::new();
        let mut langs = BTreeMap::new();
        let mut theme_ids = BTreeSet::new();
        for lang in &config.languages {
            let langid: unic_langid::LanguageIdentifier = lang.tag.parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(false);
            let mut ids = BTreeSet::new();
            let theme_dir = format!("locales/{}", lang.code);
            let theme_files: Vec<(String, String)> = theme
                .under(&theme_dir)
                .filter(|(name, _)| name.ends_with(".ftl"))
                .map(|(name, bytes)| {
                    (
                        format!("{}/{theme_dir}/{name}", theme.origin),
                        String::from_utf8_lossy(bytes).into_owned(),
                    )
                })
                .collect();
            let site_dir = config.root.join("locales").join(lang.code);
            let mut site_files = Vec::new();
            if let Ok(read) = std::fs::read_dir(&site_dir) {
                let mut paths: Vec<_> = read.filter_map(|e| e.ok().map(|e| e.path())).collect();
                paths.sort();
                for p in paths
                    .into_iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "ftl"))
                {
                    let display = crate::diag::display_path(&config.root, &p);
                    match std::fs::read_to_string(&p) {
                        Ok(text) => site_files.push((display, text)),
                        Err(e) => diags.push(Diagnostic::error(
                            "E040",
                            display,
                            crate::msg!("cannot-read-entry", error = &e),
                        )),
                    }
                }
            }
            for (i, (display, text)) in theme_files.iter().chain(&site_files).enumerate() {
                let is_site = i >= theme_files.len();
                let resource = match FluentResource::try_new(text.clone()) {
                    Ok(r) => r,
                    Err((r, errors)) => {
                        let lines = LineIndex::new(text);
                        for e in errors {
                            diags.push(
                                Diagnostic::error(
                                    "E040",
                                    display.clone(),
                                    crate::msg!("fluent-syntax", detail = &e.kind),
                                )
                                .at(lines.position(e.pos.start))
                                .help(crate::msg!("fluent-syntax-help")),
                            );
                        }
                        r
                    }
                };
                for entry in resource.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.insert(m.id.name.to_string());
                        if is_site {
                            site_defined.push((
                                m.id.name.to_string(),
                                display.clone(),
                                message_position(text, m.id.name),
                            ));
                        } else {
                            theme_ids.insert(m.id.name.to_string());
                        }
                    }
                }
                if is_site {
                    bundle.add_resource_overriding(resource);
                } else if let Err(errors) = bundle.add_resource(resource) {
                    for e in errors {
                        diags.push(Diagnostic::error(
                            "E040",
                            display.clone(),
                            crate::msg!("detail", detail = &e),
                        ));
                    }
                }
            }
            let locale: icu::locale::Locale =
                lang.tag.parse().unwrap_or(icu::locale::Locale::UNKNOWN);
            let dates = FixedCalendarDateTimeFormatter::try_new((&locale).into(), YMD::long())
                .map_err(|e| {
                    vec![Diagnostic::error(
                        "E042",
                        "site.toml",
                        crate::msg!("no-date-format", tag = &lang.tag, error = &e),
                    )]
                })?;
            let numbers =
                icu::decimal::DecimalFormatter::try_new((&locale).into(), Default::default())
                    .map_err(|e| {
                        vec![Diagnostic::error(
                            "E042",
                            "site.toml",
                            crate::msg!("no-number-format", tag = &lang.tag, error = &e),
                        )]
                    })?;
            langs.insert(
                lang.code,
                Messages {
                    bundle,
                    ids,
                    dates,
                    numbers,
                    written: Mutex::default(),
                },
            );
        }
        let required: BTreeSet<String> = theme_ids
            .into_iter()
            .chain(required_by_config(config))
            .collect();
        for lang in &config.languages {
            let have = &langs[&lang.code].ids;
            for id in required.difference(have) {
                diags.push(
                    Diagnostic::error(
                        "E041",
                        format!("locales/{}/site.ftl", lang.code),
                        crate::msg!("message-missing", id = id, lang = &lang.code),
                    )
                    .at(crate::diag::Position::start())
                    .help(crate::msg!(
                        "message-missing-help",
                        id = id,
                        lang = &lang.code
                    )),
                );
            }
        }
        if !diags.is_empty() {
            return Err(diags);
        }
        // A site message that no page needs is most likely a typo or a leftover.
        let warnings = site_defined
            .into_iter()
            .filter(|(id, _, _)| !required.contains(id))
            .map(|(id, file, pos)| {
                Diagnostic::warning("W007", file, crate::msg!("message-unused", id = id))
                    .at(pos)
                    .help(crate::msg!("message-unused-help"))
            })
            .collect();
        Ok((Locales { langs }, warnings))
    }

    fn messages(&self, lang: LangCode) -> &Messages {
        &self.langs[&lang]
    }

    /// A message with arguments. Missing messages were ruled out at load.
    pub fn format(&self, lang: LangCode, id: &str, args: &[(&str, FluentValue)]) -> String {
        let m = self.messages(lang);
        let Some(msg) = m.bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        m.bundle
            .format_pattern(msg, Some(&fargs), &mut errors)
            .into_owned()
    }

    /// Whether language `lang` has message `id` (the theme's or the site's).
    pub fn has(&self, lang: LangCode, id: &str) -> bool {
        self.messages(lang).ids.contains(id)
    }

    pub fn get(&self, lang: LangCode, id: &str) -> String {
        self.format(lang, id, &[])
    }

    /// All messages of a language without arguments, for templates (`t["id"]`).
    pub fn table(&self, lang: LangCode) -> BTreeMap<String, String> {
        let m = self.messages(lang);
        m.ids
            .iter()
            .map(|id| (id.clone(), self.get(lang, id)))
            .collect()
    }

    /// A number of `tenths` tenths in the language's own form: `12` →
    /// 1.2 (en, zh, ja, ko), 1,2 (ru, es); whole numbers without a decimal.
    pub fn tenths(&self, lang: LangCode, tenths: u64) -> String {
        let mut n = icu::decimal::input::Decimal::from(tenths);
        n.multiply_pow10(-1);
        if tenths.is_multiple_of(10) {
            n.trim_end();
        }
        self.messages(lang).numbers.format(&n).to_string()
    }

    /// A file size as readers read it, with the units of `size-*` messages
    /// (decimal: 1 kB = 1000 bytes): 820 B, 35 KB, 1.2 MB. One decimal
    /// below ten units, none above.
    pub fn size(&self, lang: LangCode, bytes: u64) -> String {
        let (unit, value) = match bytes {
            0..1_000 => return self.unit(lang, "size-bytes", self.tenths(lang, bytes * 10)),
            1_000..1_000_000 => ("size-kb", bytes as f64 / 1e3),
            1_000_000..1_000_000_000 => ("size-mb", bytes as f64 / 1e6),
            _ => ("size-gb", bytes as f64 / 1e9),
        };
        // Whole numbers from ten up; 9.96 MB is "10 MB", not "10.0 MB".
        let tenths = match (value * 10.0).round() as u64 {
            t if t < 100 => t,
            _ => value.round() as u64 * 10,
        };
        self.unit(lang, unit, self.tenths(lang, tenths))
    }

    fn unit(&self, lang: LangCode, id: &str, number: String) -> String {
        self.format(lang, id, &[("n", FluentValue::from(number))])
    }

    /// The long date in the language's own form: 2024年3月8日, March 8, 2024.
    pub fn date(&self, lang: LangCode, date: Date) -> String {
        let m = self.messages(lang);
        let written = || m.written.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = written().get(&date) {
            return text.clone();
        }
        let text = match icu::calendar::Date::try_new_gregorian(date.year, date.month, date.day) {
            Ok(d) => m.dates.format(&d).to_string(),
            Err(_) => date.to_string(),
        };
        written().insert(date, text.clone());
        text
    }
}

/// Where `id = …` starts in a Fluent file.
fn message_position(text: &str, id: &str) -> crate::diag::Position {
    let lines = LineIndex::new(text);
    let line = text
        .lines()
        .position(|l| {
            l.strip_prefix(id)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(1, |n| n + 1);
    lines.line_start(line)
}

/// Labels the configuration's ids need: agencies, taxonomy terms, enum values.
fn required_by_config(config: &Config) -> impl Iterator<Item = String> + '_ {
    let t = &config.taxonomy;
    let ids = |prefix: &'static str, list: &'static [&'static str]| {
        list.iter().map(move |id| format!("{prefix}-{id}"))
    };
    SITE_MESSAGES
        .iter()
        .map(|s| s.to_string())
        .chain(config.agencies.keys().map(|id| format!("agency-{id}")))
        .chain(t.topics.iter().map(|id| format!("topic-{id}")))
        .chain(t.genres.iter().map(|id| format!("genre-{id}")))
        .chain(t.catalogs.iter().map(|id| format!("catalog-{id}")))
        .chain(t.sectors.iter().map(|id| format!("sector-{id}")))
        .chain(t.life_events.iter().map(|id| format!("life-event-{id}")))
        .chain(ids(vocab::Disclosure::LABEL_PREFIX, vocab::Disclosure::IDS))
        .chain(ids(vocab::Validity::LABEL_PREFIX, vocab::Validity::IDS))
        .chain(ids(vocab::ItemType::LABEL_PREFIX, vocab::ItemType::IDS))
        .chain(ids(vocab::Level::LABEL_PREFIX, vocab::Level::IDS))
        .chain(ids(vocab::Applicant::LABEL_PREFIX, vocab::Applicant::IDS))
        .chain(ids(vocab::CaseType::LABEL_PREFIX, vocab::CaseType::IDS))
        .chain(ids(vocab::LimitUnit::LABEL_PREFIX, vocab::LimitUnit::IDS))
        .chain(ids(
            vocab::MaterialKind::LABEL_PREFIX,
            vocab::MaterialKind::IDS,
        ))
        .chain(ids(
            vocab::MaterialForm::LABEL_PREFIX,
            vocab::MaterialForm::IDS,
        ))
        .chain(ids(
            vocab::MaterialRequired::LABEL_PREFIX,
            vocab::MaterialRequired::IDS,
        ))
        .chain(ids(
            vocab::MaterialSource::LABEL_PREFIX,
            vocab::MaterialSource::IDS,
        ))
        .chain(ids(
            vocab::InterpretationKind::LABEL_PREFIX,
            vocab::InterpretationKind::IDS,
        ))
}
