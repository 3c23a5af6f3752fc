//! The browser's stemmers (src/search/snowball.js, run in the client each
//! edition ships) against the index's (tantivy's Stemmer): the same stem
//! for every word of Debian's hunspell dictionaries of English, Spanish
//! and Russian, expanded to all their forms with `unmunch`; for 100,000
//! words made of pieces of two of them; and for a few hard words picked by
//! hand. A twentieth of each list is also stemmed in the other two
//! languages, as a page's foreign words are.

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Instant;

use rustc_hash::FxHashSet;
use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer};

const INSTALL: &str = "apt-get install hunspell-en-us hunspell-es hunspell-ru hunspell-tools";

struct Lang {
    code: &'static str,
    language: Language,
    /// The dictionary in /usr/share/hunspell, and its Debian package.
    dictionary: &'static str,
    package: &'static str,
    /// Words picked by hand (and the empty word): exceptions, odd endings,
    /// accents, ё, reflexives, characters beyond U+FFFF (one character for
    /// Snowball, two UTF-16 units for JavaScript), a few not lowercased.
    hard: &'static str,
}

static LANGS: [Lang; 3] = [
    Lang {
        code: "en",
        language: Language::English,
        dictionary: "en_US",
        package: "hunspell-en-us",
        hard: "a y yy yyy ys ' '' ''' 's ''s 's' dog's dogs' 'tis publications generously \
            generate communism universal pasted past skis skies sky news howe atlas cosmos \
            bias biases andes ugly idly gently early earlier only singly dying lying tying \
            eying inning innings outing evening canning herring earring succeeded succeed \
            proceedings exceed exceedingly agreed feed bleed sayyid boy's crying cry by ties \
            cries ponies kiwis gas this us bus caress caresses hopping hoped luxuriated \
            geologist archaeology fluently fruitlessly naïve café résumé a😀s 😀ying x😀ies \
            b😀ies 😀😀s 𝔞bly Yes sYstem YYy ЁЛКА gobiernos учиться",
    },
    Lang {
        code: "es",
        language: Language::Spanish,
        dictionary: "es_ES",
        package: "hunspell-es",
        hard: "a ó él publicaciones gobiernos gobierno cómpralo haciéndolo aceptándoselo \
            diciéndole yendo cayendo construyendo huyó argüir pingüino averiguéis lleguemos \
            amablemente rápidamente felizmente constitución universidades ideológicas ñandú \
            niño árbol actualmente administrativas informativos sinceridad distinguidos \
            guerra ÁRBOL x😀ción 😀amente nación naciones",
    },
    Lang {
        code: "ru",
        language: Language::Russian,
        dictionary: "ru_RU",
        package: "hunspell-ru",
        hard: "я и ё учиться учится занимающимися ёлка ёлки всё её прекраснейшая красивейшими \
            государственный государственные взявшись бегающий радость радостей одевшись \
            улыбаясь сделавшись купаться мылся длинный осень ель Ёлка ЁЛКА ёжиться \
            серьёзнейший 😀ывшись а😀вшись publications",
    },
];

/// Every word of a hunspell dictionary, lowercased, once each, in the order
/// `unmunch` gives them: each form (a few are several words, or carry a
/// morphological note after a slash), and the runs of letters and digits in
/// it, which the index's tokenizer makes.
fn dictionary_words(lang: &Lang, seen: &mut FxHashSet<String>) -> Vec<String> {
    let dic = format!("/usr/share/hunspell/{}.dic", lang.dictionary);
    let aff = format!("/usr/share/hunspell/{}.aff", lang.dictionary);
    if !Path::new(&dic).exists() || !Path::new(&aff).exists() {
        panic!(
            "{dic} is missing: the test needs Debian's {} (scripts/test installs it): {INSTALL}",
            lang.package
        );
    }
    let out = Command::new("unmunch")
        .args([&dic, &aff])
        .stderr(Stdio::null())
        .output()
        .unwrap_or_else(|e| {
            panic!("unmunch cannot run ({e}): the test needs Debian's hunspell-tools: {INSTALL}")
        });
    assert!(out.status.success(), "unmunch {dic} failed: {}", out.status);
    let mut words = Vec::new();
    let forms = out
        .stdout
        .split(|&b| matches!(b, b'\n' | b'\r' | b'\t' | b' ' | b'/' | b'|'));
    for form in forms.filter(|form| !form.is_empty()) {
        let form = String::from_utf8_lossy(form).to_lowercase();
        if form.contains(|c: char| !c.is_alphanumeric()) {
            for run in form.split(|c: char| !c.is_alphanumeric()) {
                add(run, seen, &mut words);
            }
        }
        add(&form, seen, &mut words);
    }
    words
}

/// Adds `word` to `words` if it is not empty and not yet `seen`.
fn add(word: &str, seen: &mut FxHashSet<String>, words: &mut Vec<String>) {
    if !word.is_empty() && !seen.contains(word) {
        seen.insert(word.to_string());
        words.push(word.to_string());
    }
}

/// `count` words made of the beginning of one word of `words` and the end of
/// another, the same on every run: endings and regions in combinations that
/// no dictionary has.
fn mixed_words(words: &[String], count: usize) -> Vec<String> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut random = |below: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % below as u64) as usize
    };
    (0..count)
        .map(|_| {
            let head: Vec<char> = words[random(words.len())].chars().collect();
            let tail: Vec<char> = words[random(words.len())].chars().collect();
            let head = &head[..random(head.len() + 1)];
            let tail = &tail[random(tail.len() + 1)..];
            head.iter().chain(tail).collect()
        })
        .collect()
}

/// Writes `word<TAB>stem` for each word, stemmed by tantivy in `language`.
fn write_stems(path: &Path, words: &[&String], language: Language) {
    let mut analyzer = TextAnalyzer::builder(RawTokenizer::default())
        .filter(Stemmer::new(language))
        .build();
    let mut out = BufWriter::new(File::create(path).unwrap());
    for word in words {
        let mut stream = analyzer.token_stream(word);
        assert!(stream.advance());
        for part in [
            word.as_bytes(),
            b"\t",
            stream.token().text.as_bytes(),
            b"\n",
        ] {
            out.write_all(part).unwrap();
        }
    }
    out.flush().unwrap();
}

#[test]
fn the_browser_stems_every_dictionary_word_as_the_index_does() {
    let start = Instant::now();
    let dir = tempfile::tempdir().unwrap();
    let lists: Vec<(usize, Vec<String>)> = std::thread::scope(|s| {
        let handles: Vec<_> = LANGS
            .iter()
            .map(|lang| {
                s.spawn(move || {
                    let mut seen = FxHashSet::default();
                    let mut words = dictionary_words(lang, &mut seen);
                    let found = words.len();
                    assert!(
                        found > 100_000,
                        "{}: only {found} words in {}",
                        lang.code,
                        lang.dictionary
                    );
                    for word in mixed_words(&words, 100_000) {
                        add(&word, &mut seen, &mut words);
                    }
                    for word in lang.hard.split_whitespace().chain([""]) {
                        if !seen.contains(word) {
                            words.push(word.to_string());
                        }
                    }
                    (found, words)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });

    let gathered = start.elapsed();

    // A file for each stemmer and list, stemmed by two threads. A list in
    // another language is sampled: every twentieth word.
    let mut jobs = Vec::new();
    for stemmer in &LANGS {
        for (list, (_, words)) in LANGS.iter().zip(&lists) {
            let words: Vec<&String> = if list.code == stemmer.code {
                words.iter().collect()
            } else {
                words.iter().step_by(20).collect()
            };
            let path = dir
                .path()
                .join(format!("{}-stems-of-{}-words.tsv", stemmer.code, list.code));
            jobs.push((stemmer, words, path));
        }
    }
    std::thread::scope(|s| {
        for half in jobs.chunks(jobs.len().div_ceil(2)) {
            s.spawn(move || {
                for (stemmer, words, path) in half {
                    write_stems(path, words, stemmer.language);
                }
            });
        }
    });

    let stemmed = start.elapsed();
    // Each stemmer as a reader's browser gets it: in its edition's client.
    for (rel, bytes) in gongkai::theme::search_scripts() {
        let name = rel.trim_start_matches("static/").replace(".js", ".mjs");
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let script = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/stemmers.mjs");
    let args = jobs.iter().map(|(stemmer, _, path)| {
        let client = dir.path().join(format!("search.{}.mjs", stemmer.code));
        format!("{}={}={}", stemmer.code, client.display(), path.display())
    });
    let out = Command::new("node")
        .arg(script)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("node cannot run ({e}): the test needs Node.js 20 or later"));
    let report = String::from_utf8_lossy(&out.stdout);
    print!("{report}");
    assert!(
        out.status.success(),
        "snowball.js disagrees with tantivy's stemmers (lang, word, tantivy's stem, snowball.js's):\n{report}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for (lang, (found, words)) in LANGS.iter().zip(&lists) {
        println!(
            "{}: {found} dictionary words, {} in all",
            lang.code,
            words.len()
        );
    }
    println!(
        "gathered in {:.1?}, stemmed by tantivy in {:.1?}, by snowball.js in {:.1?}",
        gathered,
        stemmed - gathered,
        start.elapsed() - stemmed
    );
}
