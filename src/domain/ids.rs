//! The identifiers a disclosure record and a build carry, as types: a
//! record's index number (索引号) and document number (文号), and a content
//! digest. Each is parsed once, where it is read, and travels typed.

use std::fmt;

use serde::{Deserialize, Serialize};

/// Gives a string newtype its reading as the string itself.
macro_rules! reads_as_str {
    ($name:ident) => {
        impl std::ops::Deref for $name {
            type Target = str;
            fn deref(&self) -> &str {
                &self.0
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl std::borrow::Borrow<str> for $name {
            fn borrow(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl PartialEq<str> for $name {
            fn eq(&self, other: &str) -> bool {
                self.0 == other
            }
        }

        impl PartialEq<String> for $name {
            fn eq(&self, other: &String) -> bool {
                self.0 == *other
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.0 == *other
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

/// A record's index number (索引号), unique across the site:
/// `11210200MB0000000X/2024-00012`. Its form is the site's own
/// (`[disclosure] index_no_pattern`), so `check` holds it against that
/// pattern; here it is only an index number and not any other string.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct IndexNo(String);
reads_as_str!(IndexNo);

impl IndexNo {
    /// The serial after the year: `00012` of `…/2024-00012`.
    pub fn serial_after(&self, prefix: &str) -> Option<&str> {
        self.0.strip_prefix(prefix)
    }
}

/// A document number (文号) in the form of GB/T 9704-2012: the issuer's
/// code, the full year in 〔〕, the serial without padding or 第, and 号:
/// `大政发〔2024〕12号`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct DocNo(String);
reads_as_str!(DocNo);

/// What keeps a document number from the standard form (GB/T 9704), most
/// telling first; `check` words each for the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocNoFault {
    /// [] or () where 〔〕 belong.
    Brackets,
    /// No 〔〕 at all.
    Parts,
    /// 第 before the serial.
    Di,
    /// A two-digit year.
    ShortYear,
    /// 012号.
    LeadingZero,
    /// Not ending in 号.
    NoHao,
    /// Anything else.
    Form,
}

impl DocNo {
    /// `Err` says what keeps it from the standard form.
    pub fn standard_form(&self) -> Result<(), DocNoFault> {
        static FORM: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
            regex::Regex::new(r"^\S+〔\d{4}〕[1-9]\d*号$").expect("valid regex")
        });
        let no = self.as_str();
        if FORM.is_match(no) {
            return Ok(());
        }
        Err(
            if ['[', '(', '（', '【', '［'].iter().any(|&c| no.contains(c)) {
                DocNoFault::Brackets
            } else if !no.contains('〔') || !no.contains('〕') {
                DocNoFault::Parts
            } else if no.contains('第') {
                DocNoFault::Di
            } else if regex::Regex::new(r"〔\d{1,3}〕").is_ok_and(|r| r.is_match(no)) {
                DocNoFault::ShortYear
            } else if regex::Regex::new(r"〕0\d*号").is_ok_and(|r| r.is_match(no)) {
                DocNoFault::LeadingZero
            } else if !no.ends_with('号') {
                DocNoFault::NoHao
            } else {
                DocNoFault::Form
            },
        )
    }
}

/// A BLAKE3 digest as gongkai writes one: `blake3:` and lowercase hex digits,
/// all 64 of them for a file in the manifest, the first 16 for the text a
/// translation was made from (`source_digest`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Digest(String);
reads_as_str!(Digest);

const PREFIX: &str = "blake3:";

impl Digest {
    /// The full digest of `bytes`.
    pub fn of(bytes: &[u8]) -> Digest {
        Digest::from(blake3::hash(bytes))
    }

    /// The first 16 hex digits of a hash: enough to tell versions of a text apart.
    pub fn short(hash: blake3::Hash) -> Digest {
        Digest(format!("{PREFIX}{}", &hash.to_hex()[..16]))
    }
}

impl From<blake3::Hash> for Digest {
    fn from(hash: blake3::Hash) -> Digest {
        Digest(format!("{PREFIX}{}", hash.to_hex()))
    }
}

impl TryFrom<String> for Digest {
    type Error = String;
    fn try_from(s: String) -> Result<Digest, String> {
        let hex = s.strip_prefix(PREFIX).unwrap_or("");
        if (hex.len() == 16 || hex.len() == 64)
            && hex
                .bytes()
                .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        {
            Ok(Digest(s))
        } else {
            Err(format!(
                "`{s}` is not a digest (`blake3:` and 16 or 64 lowercase hex digits); `gongkai i18n mark` writes it"
            ))
        }
    }
}

impl From<Digest> for String {
    fn from(d: Digest) -> String {
        d.0
    }
}

/// Lowercase ASCII letters and digits in words joined by single hyphens:
/// a file or folder name (`dl-2024-00012`), an id declared in site.toml
/// (`dl-commerce`). Names shown to readers live in the locale files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String")]
pub struct Slug(String);
reads_as_str!(Slug);

impl Slug {
    pub fn parse(s: &str) -> Option<Slug> {
        is_slug(s).then(|| Slug(s.to_string()))
    }
}

/// The ids as plain text, for what only reads and shows them (URLs, lists).
pub fn texts<'a>(ids: impl IntoIterator<Item = &'a Slug>) -> Vec<String> {
    ids.into_iter().map(Slug::to_string).collect()
}

impl TryFrom<String> for Slug {
    type Error = String;
    fn try_from(s: String) -> Result<Slug, String> {
        if is_slug(&s) {
            Ok(Slug(s))
        } else {
            Err(format!(
                "id `{s}` is not an ASCII slug: ids are lowercase ASCII letters, digits and hyphens (`dl-commerce`); names live in the locale files"
            ))
        }
    }
}

/// Whether `s` is a slug: `[a-z0-9]` words joined by single hyphens.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// What names one page of the site in every language: the path of its
/// source file below `content/` without the language and `.md`, its folders
/// and name slugs joined by `/` (`disclosure/2024/dl-2024-00012`; a
/// folder's `_index` file is the folder, `invest`); `""` is the home page.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Default)]
#[serde(transparent)]
pub struct EntryKey(String);
reads_as_str!(EntryKey);

impl EntryKey {
    /// The home page's.
    pub fn home() -> EntryKey {
        EntryKey(String::new())
    }

    /// A key of slugs joined by `/`, or the home page's `""`.
    pub fn parse(s: &str) -> Option<EntryKey> {
        (s.is_empty() || s.split('/').all(is_slug)).then(|| EntryKey(s.to_string()))
    }

    /// The folders it is in, outermost first, without the home page.
    pub fn ancestors(&self) -> impl Iterator<Item = EntryKey> + '_ {
        self.0
            .match_indices('/')
            .map(|(at, _)| EntryKey(self.0[..at].to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc_no(s: &str) -> DocNo {
        DocNo(s.to_string())
    }

    #[test]
    fn document_numbers_in_and_out_of_the_standard_form() {
        assert!(doc_no("大政发〔2024〕12号").standard_form().is_ok());
        for (bad, fault) in [
            ("大政发[2024]12号", DocNoFault::Brackets),
            ("大政发（2024）12号", DocNoFault::Brackets),
            ("大政发2024年12号", DocNoFault::Parts),
            ("大政发〔2024〕第12号", DocNoFault::Di),
            ("大政发〔24〕12号", DocNoFault::ShortYear),
            ("大政发〔2024〕012号", DocNoFault::LeadingZero),
            ("大政发〔2024〕12", DocNoFault::NoHao),
        ] {
            assert_eq!(doc_no(bad).standard_form(), Err(fault), "{bad}");
        }
    }

    #[test]
    fn slugs_and_keys_are_made_only_of_slugs() {
        assert!(Slug::parse("dl-2024-00012").is_some());
        for bad in ["", "Dl-2024", "a--b", "-a", "a-", "大连", "a_b", "a b"] {
            assert!(Slug::parse(bad).is_none(), "{bad}");
        }
        let key = EntryKey::parse("disclosure/2024/dl-2024-00012").unwrap();
        let up: Vec<EntryKey> = key.ancestors().collect();
        assert_eq!(
            up,
            [
                EntryKey::parse("disclosure").unwrap(),
                EntryKey::parse("disclosure/2024").unwrap()
            ]
        );
        assert_eq!(EntryKey::parse("").unwrap(), EntryKey::home());
        for bad in ["/x", "x/", "x//y", "x/Y", "../x"] {
            assert!(EntryKey::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn digests_are_read_only_in_their_own_form() {
        let full = Digest::of(b"text");
        assert_eq!(full.len(), PREFIX.len() + 64);
        assert_eq!(Digest::try_from(full.to_string()).unwrap(), full);
        let short = Digest::short(blake3::hash(b"text"));
        assert!(full.starts_with(short.as_str()));
        assert!(Digest::try_from(short.to_string()).is_ok());
        for bad in [
            "",
            "blake3:",
            "blake3:XYZ0123456789abc",
            "sha256:0123456789abcdef",
            "0123456789abcdef",
        ] {
            assert!(Digest::try_from(bad.to_string()).is_err(), "{bad}");
        }
        let read: Digest = serde_json::from_str("\"blake3:0123456789abcdef\"").unwrap();
        assert_eq!(
            serde_json::to_string(&read).unwrap(),
            "\"blake3:0123456789abcdef\""
        );
    }
}
