//! The browser's search client as the default theme ships it: `search.js`
//! (in `src/search/`, beside the Rust that writes the index it reads) with
//! the one Snowball stemmer its edition needs from `snowball.js`, one file
//! per edition that stems, without comment lines and indentation.
//!
//! A first query fetches the client before any index file. Every stemmer in
//! every edition's client cost a Chinese reader 6.6 KB (gzip) of Spanish and
//! Russian suffixes; the comments, written for the people who keep the
//! client, another 5.9 KB. Shipped:
//!
//! - `static/search.js`: the client with `stem` leaving a word as it is,
//!   for an edition whose language has no stemmer (zh, ja, ko);
//! - `static/search.<code>.js` (en, es, ru): the stemmers' shared part, the
//!   language's own algorithm and their interface, then the client.
//!
//! The search page loads its edition's file where there is one.

/// The client, and the stemmers it imports from `snowball.js`.
const SEARCH_JS: &str = include_str!("../search/search.js");
const SNOWBALL_JS: &str = include_str!("../search/snowball.js");
const SNOWBALL_IMPORT: &str = "import { stem } from './snowball.js';\n";
/// Where no stemmer is shipped: the word itself, as the index has it.
const NO_STEMMER: &str = "const stem = (lang, word) => word;\n";

/// `snowball.js`'s languages: the code, the heading of its section, its
/// function's name.
const STEMMERS: [(&str, &str, &str); 3] = [
    ("en", "English", "english"),
    ("es", "Spanish", "spanish"),
    ("ru", "Russian", "russian"),
];
const SECTION: &str = "// ---------------------------------------------------------------- ";
const STEMMERS_EXPORT: &str = "export const stemmers = Object.freeze({ __proto__: null, en: english, es: spanish, ru: russian });";

/// Every script of the client, by path in the theme: `static/search.js` and
/// one `static/search.<code>.js` per language with a stemmer.
pub(super) fn bundles() -> Vec<(String, Vec<u8>)> {
    let client = SEARCH_JS.replacen(SNOWBALL_IMPORT, "", 1);
    let section = |name: &str| {
        let start = SNOWBALL_JS
            .find(&format!("{SECTION}{name}\n"))
            .unwrap_or_else(|| panic!("snowball.js has a section `{name}`"));
        let end = SNOWBALL_JS[start + 1..]
            .find(SECTION)
            .map_or(SNOWBALL_JS.len(), |i| start + 1 + i);
        &SNOWBALL_JS[start..end]
    };
    let shared = &SNOWBALL_JS[..SNOWBALL_JS.find(SECTION).expect("snowball.js has sections")];
    let api = section("API");
    let mut out = vec![(
        "static/search.js".to_string(),
        compact(&format!("{NO_STEMMER}{client}")).into_bytes(),
    )];
    for (code, heading, function) in STEMMERS {
        let api = api.replacen(
            STEMMERS_EXPORT,
            &format!(
                "export const stemmers = Object.freeze({{ __proto__: null, {code}: {function} }});"
            ),
            1,
        );
        let script = format!("{shared}{}{api}\n{client}", section(heading));
        out.push((
            format!("static/search.{code}.js"),
            compact(&script).into_bytes(),
        ));
    }
    out
}

/// Where a line of JavaScript ends up: in code, inside a template literal,
/// or inside a block comment.
#[derive(Clone, Copy, PartialEq)]
enum At {
    Code,
    Template,
    Comment,
}

/// `js` without its comment-only lines, blank lines and indentation: what
/// a reader's browser has no use for. A line that ends inside a template
/// literal keeps the next one as it is; the rest of the text is untouched
/// (a comment after code stays).
fn compact(js: &str) -> String {
    let mut out = String::with_capacity(js.len());
    let mut lexer = Lexer::default();
    for line in js.lines() {
        let here = lexer.at();
        let text = if here == At::Code {
            line.trim_start()
        } else {
            line
        };
        if here == At::Code && (text.is_empty() || text.starts_with("//")) {
            continue;
        }
        if here == At::Comment {
            // Inside a block comment: drop it up to its end.
            match line.find("*/") {
                Some(i) => {
                    lexer.stack.pop();
                    let rest = line[i + 2..].trim_start();
                    if !rest.is_empty() {
                        lexer.scan(rest);
                        out.push_str(rest);
                        out.push('\n');
                    }
                }
                None => continue,
            }
            continue;
        }
        if here == At::Code && text.starts_with("/*") {
            match text.find("*/") {
                Some(i) if text[i + 2..].trim().is_empty() => continue,
                Some(_) => {}
                None => {
                    lexer.stack.push(At::Comment);
                    continue;
                }
            }
        }
        lexer.scan(text);
        out.push_str(text);
        out.push('\n');
    }
    out
}

/// Where a line of JavaScript leaves off, for the next one.
#[derive(Default)]
struct Lexer {
    /// What encloses the position: template literals, the `${` inside
    /// them and braces of code, block comments.
    stack: Vec<At>,
    /// The last character of code that is not a space, and the last word:
    /// a `/` after an operator, at the start or after `return` opens a
    /// regular expression; after a name or a `)` it divides.
    last: Option<char>,
    word: String,
}

/// The words after which a `/` opens a regular expression.
const BEFORE_REGEX: [&str; 9] = [
    "return", "typeof", "case", "in", "of", "delete", "void", "throw", "else",
];

impl Lexer {
    fn at(&self) -> At {
        self.stack.last().copied().unwrap_or(At::Code)
    }

    fn regex_may_start(&self) -> bool {
        match self.last {
            None => true,
            Some(c) if c.is_alphanumeric() || c == '_' || c == '$' => {
                BEFORE_REGEX.contains(&self.word.as_str())
            }
            Some(c) => "(,=:[!&|?{};+-*%~^<>".contains(c),
        }
    }

    /// Follows one line: strings, regular expressions, template literals
    /// (and their `${…}`), comments.
    fn scan(&mut self, line: &str) {
        let mut chars = line.chars().peekable();
        let mut in_word = false;
        while let Some(c) = chars.next() {
            let word_char = c.is_alphanumeric() || c == '_' || c == '$';
            match self.at() {
                At::Comment => {
                    if c == '*' && chars.peek() == Some(&'/') {
                        chars.next();
                        self.stack.pop();
                    }
                    continue;
                }
                At::Template => {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '`' => {
                            self.stack.pop();
                            self.last = Some('`');
                        }
                        '$' if chars.peek() == Some(&'{') => {
                            chars.next();
                            self.stack.push(At::Code);
                            self.last = Some('{');
                        }
                        _ => {}
                    }
                    continue;
                }
                At::Code => {}
            }
            match c {
                '\'' | '"' => {
                    while let Some(d) = chars.next() {
                        if d == '\\' {
                            chars.next();
                        } else if d == c {
                            break;
                        }
                    }
                    self.last = Some(c);
                }
                '`' => self.stack.push(At::Template),
                '/' if chars.peek() == Some(&'/') => return,
                '/' if chars.peek() == Some(&'*') => {
                    chars.next();
                    self.stack.push(At::Comment);
                }
                '/' if self.regex_may_start() => {
                    let mut class = false;
                    while let Some(d) = chars.next() {
                        match d {
                            '\\' => {
                                chars.next();
                            }
                            '[' => class = true,
                            ']' => class = false,
                            '/' if !class => break,
                            _ => {}
                        }
                    }
                    self.last = Some('/');
                }
                // A brace of code is pushed as code on code, so that the
                // `}` of a template's `${` finds the template under it.
                '{' => {
                    self.stack.push(At::Code);
                    self.last = Some(c);
                }
                '}' => {
                    self.stack.pop();
                    self.last = Some(c);
                }
                c if c.is_whitespace() => {}
                c => {
                    if word_char {
                        if !in_word {
                            self.word.clear();
                        }
                        self.word.push(c);
                    }
                    self.last = Some(c);
                }
            }
            in_word = word_char;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_edition_that_stems_has_its_stemmer_only_and_none_imports() {
        let bundles = bundles();
        let names: Vec<&str> = bundles.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "static/search.js",
                "static/search.en.js",
                "static/search.es.js",
                "static/search.ru.js"
            ]
        );
        for (name, bytes) in &bundles {
            let script = std::str::from_utf8(bytes).unwrap();
            assert!(
                !script.lines().any(|l| l.starts_with("import ")),
                "{name}: imports nothing"
            );
            assert!(script.contains("export class Index"), "{name}: the client");
            assert!(!script.contains("\n// "), "{name}: no comment lines");
            let own = STEMMERS
                .iter()
                .find(|(code, ..)| name.ends_with(&format!(".{code}.js")));
            for (code, _, function) in STEMMERS {
                let has = script.contains(&format!("function {function}(w)"));
                assert_eq!(has, own.is_some_and(|o| o.0 == code), "{name}: {function}");
            }
            assert_eq!(
                script.contains("export function stem("),
                own.is_some(),
                "{name}"
            );
        }
    }

    #[test]
    fn compacting_keeps_strings_templates_and_regular_expressions() {
        let js = "  // a comment\n\n  /** doc\n   * more\n   */\n  const a = '// not a comment';\n  const t = `line one\n    // kept: inside a template ${ {x: 1}.x }\n  `;\n  const r = /[/*]\\/ \"/g; // trailing\n  if (a) {\n    b = 1 / 2; /* c */\n  }\n";
        assert_eq!(
            compact(js),
            "const a = '// not a comment';\nconst t = `line one\n    // kept: inside a template ${ {x: 1}.x }\n  `;\nconst r = /[/*]\\/ \"/g; // trailing\nif (a) {\nb = 1 / 2; /* c */\n}\n"
        );
    }
}
