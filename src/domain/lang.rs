//! `LangCode`: a language the site is configured in.
//!
//! Only `config` makes one, from `[[languages]]` in site.toml, so a
//! `LangCode` always names a configured language: `Config::language` finds
//! it without a lookup that could fail. It is a small `Copy` value (an
//! interned code and its position in the configured list) that reads as the
//! code itself (`Deref<Target = str>`), orders and compares by the code, and
//! serializes as the code, so maps keyed by it iterate as maps keyed by the
//! code did.

use std::fmt;
use std::sync::Mutex;

#[derive(Clone, Copy)]
pub struct LangCode {
    code: &'static str,
    index: u16,
}

/// Codes live for the whole process: a site has a handful, and `serve`
/// reloading site.toml finds the same ones again.
static INTERNED: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

fn intern(code: &str) -> &'static str {
    let mut all = INTERNED.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(&known) = all.iter().find(|&&c| c == code) {
        return known;
    }
    let leaked: &'static str = Box::leak(code.to_owned().into_boxed_str());
    all.push(leaked);
    leaked
}

impl LangCode {
    /// The `index`th configured language, whose code is `code`. For `config`
    /// alone, which validates the code and numbers the languages.
    pub(crate) fn configured(code: &str, index: usize) -> LangCode {
        LangCode {
            code: intern(code),
            index: u16::try_from(index).unwrap_or(u16::MAX),
        }
    }

    pub fn as_str(self) -> &'static str {
        self.code
    }

    /// Its position in `Config::languages`: the index of per-language tables.
    pub fn index(self) -> usize {
        usize::from(self.index)
    }
}

impl std::ops::Deref for LangCode {
    type Target = str;
    fn deref(&self) -> &str {
        self.code
    }
}

impl AsRef<str> for LangCode {
    fn as_ref(&self) -> &str {
        self.code
    }
}

/// A code names its folders: `locales/en/`, the cache's `search/en/`.
impl AsRef<std::path::Path> for LangCode {
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(self.code)
    }
}

impl std::borrow::Borrow<str> for LangCode {
    fn borrow(&self) -> &str {
        self.code
    }
}

impl PartialEq for LangCode {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl Eq for LangCode {}

impl PartialEq<str> for LangCode {
    fn eq(&self, other: &str) -> bool {
        self.code == other
    }
}

impl PartialEq<&str> for LangCode {
    fn eq(&self, other: &&str) -> bool {
        self.code == *other
    }
}

impl PartialOrd for LangCode {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for LangCode {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.code.cmp(other.code)
    }
}

impl std::hash::Hash for LangCode {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.code.hash(state);
    }
}

impl fmt::Display for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code)
    }
}

impl fmt::Debug for LangCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.code, f)
    }
}

impl serde::Serialize for LangCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_compare_order_and_hash_as_their_text() {
        let en = LangCode::configured("en", 1);
        let en_elsewhere = LangCode::configured("en", 4);
        let zh = LangCode::configured("zh", 0);
        assert_eq!(en, en_elsewhere);
        assert!(en < zh, "ordered by code, not by position");
        assert_eq!(en, "en");
        assert_eq!(&*en, "en");
        assert_eq!(zh.index(), 0);
        assert!(
            std::ptr::eq(en.as_str(), en_elsewhere.as_str()),
            "interned once"
        );
        let set: std::collections::HashSet<LangCode> = [en, en_elsewhere, zh].into();
        assert_eq!(set.len(), 2);
        assert_eq!(serde_json::to_string(&zh).unwrap(), "\"zh\"");
    }
}
