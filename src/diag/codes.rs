//! Every diagnostic code, with what it means and how to fix it: the one place
//! they are listed (`gongkai check --explain CODE` prints an entry). Titles
//! and explanations are the catalogue's `code-<CODE>-title` and
//! `code-<CODE>-text`, in the editor's language.

use super::messages::{self, Lang};

pub struct Code {
    pub code: &'static str,
}

impl Code {
    pub fn title(&self) -> String {
        self.title_in(messages::lang())
    }

    pub fn explanation(&self) -> String {
        self.explanation_in(messages::lang())
    }

    pub fn title_in(&self, lang: Lang) -> String {
        messages::text_in(lang, &format!("code-{}-title", self.code), &[])
    }

    pub fn explanation_in(&self, lang: Lang) -> String {
        messages::text_in(lang, &format!("code-{}-text", self.code), &[])
    }
}

macro_rules! codes {
    ($($code:literal),+ $(,)?) => {
        pub const ALL: &[Code] = &[$(Code { code: $code }),+];
    };
}

codes! {
    "E001", "E002", "E003", "E004", "E005", "E006", "E007", "E008", "E009", "E010",
    "E011", "E012", "E013", "E014", "E015", "E016", "E017", "E020", "E021", "E022",
    "E024", "E025", "E026", "E027", "E028", "E029", "E030", "E031", "E032", "E033",
    "E034", "E035", "E036", "E037", "E038", "E040", "E041", "E042", "E050", "E051",
    "E060", "E061", "E062", "E063", "E064", "E065", "E066", "E070", "E071", "E072",
    "E073", "E074", "E075", "E080", "E081", "E082", "E083", "E084", "E085", "N001", "N002", "W001", "W002", "W003", "W004", "W005",
    "W006", "W007", "W008", "W009", "W020", "W060", "W070",
}

pub fn find(code: &str) -> Option<&'static Code> {
    ALL.iter().find(|c| c.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code the sources emit is documented here, and only those.
    #[test]
    fn every_emitted_code_is_documented() {
        // Every source file but this one, without its tests: what the tool runs.
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut src = String::new();
        for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
            let entry = entry.unwrap();
            let path = entry.path();
            if path.extension().is_none_or(|e| e != "rs") || path.ends_with("diag/codes.rs") {
                continue;
            }
            let text = std::fs::read_to_string(path).unwrap();
            src.push_str(text.split("#[cfg(test)]").next().unwrap_or(""));
        }
        assert!(
            src.contains("\"E001\""),
            "no source read from {}",
            root.display()
        );
        let mut used: Vec<String> = Vec::new();
        let bytes = src.as_bytes();
        for (i, _) in src.match_indices('"') {
            let code = bytes.get(i + 1..i + 6).unwrap_or(b"");
            if code.len() == 5
                && matches!(code[0], b'E' | b'W' | b'N')
                && code[1..4].iter().all(u8::is_ascii_digit)
                && code[4] == b'"'
            {
                used.push(String::from_utf8_lossy(&code[..4]).into_owned());
            }
        }
        used.sort();
        used.dedup();
        for code in &used {
            assert!(find(code).is_some(), "{code} is emitted but not documented");
        }
        for c in ALL {
            assert!(
                used.iter().any(|u| u == c.code),
                "{} is documented but never emitted",
                c.code
            );
        }
        for c in ALL {
            for lang in Lang::ALL {
                for part in ["title", "text"] {
                    let id = format!("code-{}-{part}", c.code);
                    assert!(messages::has(lang, &id), "{id} missing in {lang:?}");
                }
            }
        }
        let mut codes: Vec<&str> = ALL.iter().map(|c| c.code).collect();
        codes.sort();
        let before = codes.len();
        codes.dedup();
        assert_eq!(before, codes.len(), "duplicate codes");
    }
}
