//! The tool's own words, in the editor's language: every diagnostic message
//! and help, `--explain`, `--help`, progress and summary lines and the serve
//! overlay come from the Fluent catalogues `messages/en.ftl` and
//! `messages/zh.ftl`, embedded in the binary. (A site's own words, what its
//! readers see, are the theme's and the site's `locales/`; not these.)
//!
//! Adding a message is one call site and one entry per catalogue:
//!
//! ```ignore
//! Diagnostic::error("E034", file, msg!("online-url-not-https", url = url))
//! ```
//!
//! with `online-url-not-https = online_url `{ $url }` is not an https address`
//! in `en.ftl` and its Chinese in `zh.ftl`. Tests hold that every id used in
//! the sources exists in both catalogues with the same variables.
//!
//! Not for: choosing the language (the command line does, once, with
//! `set_lang`), nor the wording of codes (`codes.rs` names the catalogue
//! entries `code-E001-title` and `code-E001-text`).

use std::fmt;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicU8, Ordering};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// The languages the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// `zh`, `en` as given to `--lang`, `GONGKAI_LANG` or `[editor] lang`
    /// (also `zh-CN`, `zh_TW`, `en-GB`…).
    pub fn parse(s: &str) -> Option<Lang> {
        let s = s.trim().to_ascii_lowercase();
        let base = s.split(['-', '_', '.', '@']).next().unwrap_or("");
        match base {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// A POSIX locale (`zh_CN.UTF-8`, `zh_TW`, `en_US`, `C`): Chinese for
    /// any `zh`, English for any other real locale; `None` for `C`, `POSIX`
    /// or nothing, which state no preference.
    pub fn from_locale(s: &str) -> Option<Lang> {
        let s = s.trim();
        let base = s.split(['_', '.', '@', '-']).next().unwrap_or("");
        match base {
            "" | "C" | "POSIX" => None,
            b if b.eq_ignore_ascii_case("zh") => Some(Lang::Zh),
            _ => Some(Lang::En),
        }
    }

    fn catalogue(self) -> &'static str {
        match self {
            Lang::En => include_str!("messages/en.ftl"),
            Lang::Zh => include_str!("messages/zh.ftl"),
        }
    }
}

static LANG: AtomicU8 = AtomicU8::new(0);

/// The language every message is given in from now on (English until set).
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

pub fn lang() -> Lang {
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::Zh,
        _ => Lang::En,
    }
}

type Bundle = FluentBundle<FluentResource>;

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; 2]> = OnceLock::new();
    let all = BUNDLES.get_or_init(|| Lang::ALL.map(make_bundle));
    &all[lang as usize]
}

fn make_bundle(lang: Lang) -> Bundle {
    let tag: unic_langid::LanguageIdentifier = match lang {
        Lang::En => "en".parse().unwrap_or_default(),
        Lang::Zh => "zh".parse().unwrap_or_default(),
    };
    let mut b = FluentBundle::new_concurrent(vec![tag]);
    b.set_use_isolating(false);
    // A catalogue that does not parse is caught by the tests; what parsed is kept.
    let res = FluentResource::try_new(lang.catalogue().to_string()).unwrap_or_else(|(r, _)| r);
    let _ = b.add_resource(res);
    b
}

/// The text of message `id` in `lang`. A message missing in Chinese falls
/// back to English, and one missing in both shows its id (the tests make
/// both impossible).
pub fn text_in(lang: Lang, id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    let fargs = (!args.is_empty()).then(|| {
        let mut a = FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        a
    });
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b
                .format_pattern(pattern, fargs.as_ref(), &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// The text of message `id` in the current language.
pub fn text(id: &str, args: &[(&'static str, FluentValue<'static>)]) -> String {
    text_in(lang(), id, args)
}

/// Whether a catalogue has message `id` (for codes, whose entries are named
/// by convention).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A message from the catalogue, in the current language: what
/// `Diagnostic`'s message and help, and every line the tool prints, are
/// made of. Made only by `msg!` (from a catalogue id and its variables).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message(String);

impl Message {
    #[doc(hidden)]
    pub fn from_catalogue(id: &'static str, args: &[(&'static str, FluentValue<'static>)]) -> Self {
        Message(text(id, args))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<Message> for String {
    fn from(m: Message) -> String {
        m.0
    }
}

/// A value for a message's variable: numbers stay numbers (for plurals),
/// anything else is shown as text.
pub trait IntoArg {
    fn into_arg(self) -> FluentValue<'static>;
}

impl<T: fmt::Display + ?Sized> IntoArg for &T {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.to_string())
    }
}

impl IntoArg for String {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self)
    }
}

impl IntoArg for Message {
    fn into_arg(self) -> FluentValue<'static> {
        FluentValue::from(self.0)
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_args!(usize, u8, u16, u32, u64, i32, i64, f64);

/// A catalogue message in the current language:
/// `msg!("id")`, `msg!("id", name = value, …)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::diag::Message::from_catalogue(
            $id,
            &[$((stringify!($k), $crate::diag::messages::IntoArg::into_arg($v))),*],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_syntax::ast;

    use super::*;

    /// Each message of a catalogue with the variables it uses.
    fn variables(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let res = fluent_syntax::parser::parse(lang.catalogue())
            .unwrap_or_else(|(_, errors)| panic!("{lang:?} catalogue: {errors:?}"));
        let mut out = BTreeMap::new();
        for entry in res.body {
            match entry {
                ast::Entry::Message(m) => {
                    let mut vars = BTreeSet::new();
                    if let Some(p) = &m.value {
                        pattern_vars(p, &mut vars);
                    }
                    assert!(
                        out.insert(m.id.name.to_string(), vars).is_none(),
                        "{} twice in {lang:?}",
                        m.id.name
                    );
                }
                ast::Entry::Junk { content } => panic!("{lang:?}: junk {content}"),
                _ => {}
            }
        }
        out
    }

    fn pattern_vars(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                expression_vars(expression, vars);
            }
        }
    }

    fn expression_vars(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                inline_vars(selector, vars);
                for v in variants {
                    pattern_vars(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => inline_vars(i, vars),
        }
    }

    fn inline_vars(i: &ast::InlineExpression<&str>, vars: &mut BTreeSet<String>) {
        match i {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => expression_vars(expression, vars),
            _ => {}
        }
    }

    #[test]
    fn both_catalogues_have_every_message_with_the_same_variables() {
        let en = variables(Lang::En);
        let zh = variables(Lang::Zh);
        let only_en: Vec<&String> = en.keys().filter(|k| !zh.contains_key(*k)).collect();
        let only_zh: Vec<&String> = zh.keys().filter(|k| !en.contains_key(*k)).collect();
        assert!(only_en.is_empty(), "missing in zh.ftl: {only_en:?}");
        assert!(only_zh.is_empty(), "missing in en.ftl: {only_zh:?}");
        for (id, vars) in &en {
            assert_eq!(
                vars, &zh[id],
                "variables of `{id}` differ between en and zh"
            );
        }
        assert!(en.len() > 300, "{} messages", en.len());
    }

    /// The ids `msg!` names in the sources (tests excluded).
    fn used_ids() -> BTreeSet<String> {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut used = BTreeSet::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.unwrap();
            // This file defines `msg!` (and shows it in a doc example).
            if entry.path().extension().is_none_or(|e| e != "rs")
                || entry.path().ends_with("diag/messages.rs")
            {
                continue;
            }
            let text = std::fs::read_to_string(entry.path()).unwrap();
            let code = text.split("#[cfg(test)]").next().unwrap_or("");
            for (at, _) in code.match_indices("msg!(") {
                let rest = code[at + 5..].trim_start();
                let id = rest
                    .strip_prefix('"')
                    .and_then(|r| r.split('"').next())
                    .unwrap_or_else(|| {
                        panic!("{}: msg! without a literal id", entry.path().display())
                    });
                used.insert(id.to_string());
            }
        }
        used
    }

    #[test]
    fn every_message_the_code_names_exists_and_every_message_is_named() {
        let used = used_ids();
        assert!(used.contains("undeclared-id"), "no sources read");
        let en = variables(Lang::En);
        for id in &used {
            assert!(
                en.contains_key(id),
                "msg!(\"{id}\") has no entry in en.ftl / zh.ftl"
            );
        }
        // Codes and the command line name theirs by convention; `kind` is
        // a part other messages include.
        let unused: Vec<&String> = en
            .keys()
            .filter(|id| !used.contains(*id))
            .filter(|id| !id.starts_with("code-") && !id.starts_with("cli-") && *id != "kind")
            .collect();
        assert!(unused.is_empty(), "messages no code uses: {unused:?}");
    }

    /// A message is made only by `msg!` from a literal id: no text reaches a
    /// diagnostic or a printed line without a catalogue entry behind it.
    #[test]
    fn messages_are_made_only_by_the_macro() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("diag/messages.rs") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            for (n, line) in text.lines().enumerate() {
                assert!(
                    !line.contains("from_catalogue("),
                    "{}:{}: a Message made without msg!: {line}",
                    path.display(),
                    n + 1
                );
            }
        }
    }

    #[test]
    fn plurals_and_variables_are_filled_in() {
        let one = text_in(
            Lang::En,
            "summary-counts",
            &[("errors", 1.into()), ("warnings", 2.into())],
        );
        assert_eq!(one, "1 error, 2 warnings.");
        let zh = text_in(
            Lang::Zh,
            "summary-counts",
            &[("errors", 1.into()), ("warnings", 2.into())],
        );
        assert_eq!(zh, "1 个错误，2 个警告。");
        let kind = text_in(
            Lang::Zh,
            "unknown-key",
            &[("key", "titel".into()), ("kind", "record".into())],
        );
        assert_eq!(kind, "公开信息中没有 `titel` 这个键");
        assert_eq!(text_in(Lang::Zh, "no-such-message", &[]), "no-such-message");
    }

    #[test]
    fn locales_choose_the_language() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("zh_TW"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("zh"), Some(Lang::Zh));
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Some(Lang::En));
        assert_eq!(Lang::from_locale("C.UTF-8"), None);
        assert_eq!(Lang::from_locale("POSIX"), None);
        assert_eq!(Lang::parse("zh-CN"), Some(Lang::Zh));
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("ja"), None);
    }
}
