//! Search: the shared analysis vectors, `gongkai search` on a small site,
//! and the static index the build exports for the browser.

mod common;

use common::Site;
use gongkai::search::analysis::{Stem, analyze};

#[test]
fn analysis_gives_the_tokens_and_terms_of_the_shared_vectors() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/search-vectors.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let vectors = doc["vectors"].as_array().unwrap();
    assert!(vectors.len() >= 20);
    for v in vectors {
        let lang = v["lang"].as_str().unwrap();
        let tokens = analyze(v["text"].as_str().unwrap(), &mut Stem::new(lang));
        let strings = |key: &str| -> Vec<String> {
            v[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().to_string())
                .collect()
        };
        let surfaces: Vec<String> = tokens.iter().map(|t| t.surface.clone()).collect();
        let terms: Vec<String> = tokens.iter().map(|t| t.term.clone()).collect();
        assert_eq!(surfaces, strings("tokens"), "{lang}: {}", v["text"]);
        assert_eq!(terms, strings("terms"), "{lang}: {}", v["text"]);
        let positions: Vec<u64> = tokens.iter().map(|t| u64::from(t.position)).collect();
        let expected: Vec<u64> = v["positions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p.as_u64().unwrap())
            .collect();
        assert_eq!(positions, expected, "{lang}: {}", v["text"]);
        let also: Vec<(String, String)> = tokens
            .iter()
            .filter_map(|t| Some((t.surface.clone(), t.also.clone()?)))
            .collect();
        let expected: Vec<(String, String)> = v["also"]
            .as_array()
            .map(|pairs| {
                pairs
                    .iter()
                    .map(|p| (p[0].as_str().unwrap().into(), p[1].as_str().unwrap().into()))
                    .collect()
            })
            .unwrap_or_default();
        assert_eq!(also, expected, "{lang}: {}", v["text"]);
    }
}

#[test]
fn quoted_phrases_and_words_to_stand_together_are_those_of_the_shared_vectors() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/search-vectors.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases = doc["phrases"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for v in cases {
        let (lang, query) = (v["lang"].as_str().unwrap(), v["query"].as_str().unwrap());
        let tokens = analyze(query, &mut Stem::new(lang));
        // A clause per distinct term, as the plan makes them when the index has every term.
        let mut terms: Vec<&str> = Vec::new();
        let of_token: Vec<usize> = tokens
            .iter()
            .map(|t| {
                terms.iter().position(|x| *x == t.term).unwrap_or_else(|| {
                    terms.push(&t.term);
                    terms.len() - 1
                })
            })
            .collect();
        let (phrases, adjacent) = gongkai::search::index::phrases(query, &tokens, &of_token);
        assert_eq!(serde_json::json!(phrases), v["phrases"], "{query}");
        assert_eq!(serde_json::json!(adjacent), v["adjacent"], "{query}");
    }
}

#[test]
fn excerpts_end_where_the_shared_vectors_say_no_word_is_cut() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/search-vectors.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cuts = doc["cuts"].as_array().unwrap();
    assert!(cuts.len() >= 5);
    for v in cuts {
        let text = v["text"].as_str().unwrap();
        let chars = v["chars"].as_u64().unwrap() as usize;
        let head = &text[..gongkai::search::analysis::cut(text, chars)];
        assert_eq!(head, v["head"].as_str().unwrap(), "{text} at {chars}");
    }
}

#[test]
fn pinyin_queries_split_and_read_as_the_shared_vectors_say() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/search-vectors.json"
    ))
    .unwrap();
    let doc: serde_json::Value = serde_json::from_str(&text).unwrap();
    let cases = doc["pinyin"].as_array().unwrap();
    assert!(cases.len() >= 10);
    for v in cases {
        let query = v["query"].as_str().unwrap();
        let syllables = gongkai::search::hanzi::split(query);
        assert_eq!(serde_json::json!(syllables), v["syllables"], "{query}");
        let terms = syllables.map_or_else(Vec::new, |s| gongkai::search::hanzi::query_terms(&s));
        assert_eq!(serde_json::json!(terms), v["terms"], "{query}");
    }
}

fn search(site: &Site, args: &[&str]) -> Vec<serde_json::Value> {
    let mut all = vec!["search", "--json", "--root", "."];
    all.extend(args);
    let run = site.run(&all);
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn urls(hits: &[serde_json::Value]) -> Vec<&str> {
    hits.iter().map(|h| h["url"].as_str().unwrap()).collect()
}

#[test]
fn two_characters_of_a_chinese_title_find_it() {
    let site = Site::new();
    let hits = search(&site, &["营商"]);
    assert_eq!(urls(&hits), ["/disclosure/2024/dl-2024-00012/"]);
    assert!(search(&site, &["不存在的词"]).is_empty());
}

#[test]
fn a_document_number_puts_its_record_first_in_every_language() {
    let site = Site::new();
    for lang in ["zh", "en"] {
        let hits = search(&site, &["示政发〔2024〕12号", "--lang", lang]);
        let first = hits[0]["url"].as_str().unwrap();
        assert!(
            first.ends_with("/disclosure/2024/dl-2024-00012/"),
            "{lang}: {first}"
        );
    }
    let hits = search(&site, &["11210200MB0000000X/2022-00003"]);
    assert_eq!(urls(&hits)[0], "/disclosure/2022/dl-2022-00003/");
}

#[test]
fn english_words_match_their_inflected_forms_and_the_last_word_as_a_prefix() {
    let site = Site::new();
    let hits = search(&site, &["measure", "--lang", "en"]);
    assert_eq!(
        urls(&hits),
        ["/en/disclosure/2024/dl-2024-00012/"],
        "measure finds measures"
    );
    let hits = search(&site, &["optimiz", "--lang", "en"]);
    assert_eq!(
        urls(&hits),
        ["/en/disclosure/2024/dl-2024-00012/"],
        "a word being typed"
    );
}

#[test]
fn an_untranslated_page_is_found_in_the_foreign_edition_by_its_chinese_text() {
    let site = Site::new();
    let hits = search(&site, &["旧措施", "--lang", "en"]);
    assert_eq!(urls(&hits)[0], "/en/disclosure/2022/dl-2022-00003/");
}

#[test]
fn the_build_exports_an_index_per_language_with_content_hashed_shards() {
    let site = Site::new();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    for lang in ["zh", "en"] {
        let entry: serde_json::Value =
            serde_json::from_str(&site.page(&format!("search-index/{lang}/index.json"))).unwrap();
        assert_eq!(entry["lang"], lang);
        let keys = entry["keys"].as_array().unwrap();
        let hashes = entry["shards"].as_str().unwrap();
        assert_eq!(hashes.len(), keys.len() * 8);
        for n in 0..keys.len() {
            let rel = format!(
                "public/search-index/{lang}/t/{}.jz",
                &hashes[n * 8..n * 8 + 8]
            );
            let bytes = std::fs::read(site.path(&rel)).unwrap();
            assert_eq!(blake3::hash(&bytes).to_hex()[..8], hashes[n * 8..n * 8 + 8]);
        }
    }
    assert!(
        site.page("en/search/index.html")
            .contains("data-search-index=\"/search-index/en/index.json\"")
    );
    let home = site.page("en/index.html");
    assert!(
        home.contains("action=\"/en/search/\""),
        "the header has a search box"
    );
    assert!(
        !home.contains("/static/search."),
        "the script loads on the search page only"
    );
    // Each edition's page loads the client with its own stemmer, or none.
    for (page, script) in [
        ("en/search/index.html", "search.en."),
        ("search/index.html", "search."),
    ] {
        let html = site.page(page);
        let src = html
            .split("<script type=\"module\" src=\"/static/")
            .nth(1)
            .expect(page);
        let name = &src[..src.find('"').unwrap()];
        assert!(
            name.starts_with(script)
                && name.matches('.').count() == script.matches('.').count() + 1,
            "{page}: {name}"
        );
    }
}

#[test]
fn the_exported_index_is_the_same_bytes_every_build() {
    let site = Site::new();
    assert_eq!(site.build().code, 0);
    let first = common::snapshot(&site.path("public/search-index"));
    std::fs::remove_dir_all(site.path(".gongkai-cache")).unwrap();
    assert_eq!(site.build().code, 0);
    assert_eq!(common::snapshot(&site.path("public/search-index")), first);
}

#[test]
fn builds_at_once_neither_break_nor_share_a_half_made_index() {
    let site = Site::new();
    let outs = ["a", "b", "c", "d"];
    for _ in 0..6 {
        let _ = std::fs::remove_dir_all(site.path(".gongkai-cache"));
        let runs: Vec<common::Run> = std::thread::scope(|s| {
            let started: Vec<_> = outs
                .iter()
                .map(|out| {
                    s.spawn(|| {
                        site.run(&[
                            "build",
                            "--root",
                            ".",
                            "--out",
                            out,
                            "--today",
                            "2026-11-26",
                        ])
                    })
                })
                .collect();
            started.into_iter().map(|t| t.join().unwrap()).collect()
        });
        for run in &runs {
            assert_eq!(run.code, 0, "{}", run.stderr);
        }
        let first = common::snapshot(&site.path("a/search-index"));
        assert!(!first.is_empty());
        for out in &outs[1..] {
            assert!(common::snapshot(&site.path(&format!("{out}/search-index"))) == first);
        }
    }
}

/// The standard site with English-only pages of the given titles and bodies.
fn site_with_pages(pages: &[(&str, &str, &str)]) -> Site {
    let site = Site::new();
    for (slug, title, body) in pages {
        site.write(
            &format!("content/notes/{slug}/_index.en.md"),
            &format!("+++\ntitle = \"{title}\"\n+++\n\n{body}\n"),
        );
    }
    site
}

#[test]
fn words_typed_without_their_accents_find_the_accented_text() {
    let site = site_with_pages(&[
        (
            "cafe",
            "Café permits",
            "Naïve façades and the señor's energía.",
        ),
        ("plain", "Plain permits", "Nothing accented here."),
    ]);
    for q in [
        "cafe", "café", "CAFÉ", "facades", "senor", "energia", "energía",
    ] {
        let hits = search(&site, &[q, "--lang", "en"]);
        assert_eq!(urls(&hits), ["/en/notes/cafe/"], "{q}");
    }
}

#[test]
fn an_inflection_the_corpus_never_had_finds_the_pages_of_its_stem() {
    let site = site_with_pages(&[("forms", "Licensing", "The office licenses importers.")]);
    for q in ["licensed", "licensing", "importer", "importing"] {
        let hits = search(&site, &[q, "--lang", "en"]);
        assert!(urls(&hits).contains(&"/en/notes/forms/"), "{q}: {hits:?}");
    }
}

#[test]
fn a_dotted_number_finds_the_page_that_has_it_whole_and_its_parts_still_match() {
    let site = site_with_pages(&[
        (
            "whole",
            "Release notes",
            "Version 2.3.4 of the portal is out.",
        ),
        (
            "parts",
            "Numbers",
            "Sections 2, 3 and 4, 4 and 3, then 2 again: 2 3 4.",
        ),
    ]);
    let hits = search(&site, &["2.3.4", "--lang", "en"]);
    assert_eq!(
        urls(&hits),
        ["/en/notes/whole/"],
        "the whole number, not its digits"
    );
    let hits = search(&site, &["3.2", "--lang", "en"]);
    assert!(
        urls(&hits).contains(&"/en/notes/parts/"),
        "unknown whole: the parts"
    );
    let hits = search(&site, &["version 3", "--lang", "en"]);
    assert_eq!(urls(&hits), ["/en/notes/whole/"], "a part alone");
}

#[test]
fn a_mistyped_long_word_finds_the_word_it_misses_below_exact_matches() {
    let site = site_with_pages(&[
        (
            "right",
            "Environment report",
            "The environment of the city.",
        ),
        ("typo", "Environmnet", "A page whose title has the typo."),
    ]);
    // One edit for a word of five letters or more, two for a long one.
    for q in ["enviroment", "environmant", "envirnoment", "Enviroment"] {
        let hits = search(&site, &[q, "--lang", "en"]);
        assert!(
            urls(&hits).contains(&"/en/notes/right/"),
            "{q}: {:?}",
            urls(&hits)
        );
    }
    // The typo, typed: the page that has it exactly comes first.
    let hits = search(&site, &["environmnet", "--lang", "en"]);
    assert_eq!(urls(&hits), ["/en/notes/typo/"]);
    // Three edits are one too many, even for a long word (as in search.js).
    assert!(search(&site, &["environmxntq", "--lang", "en"]).is_empty());
    // Short words are not corrected, nor CJK.
    assert!(search(&site, &["envx", "--lang", "en"]).is_empty());
    assert!(search(&site, &["营商坏境", "--lang", "zh"]).is_empty());
}

#[test]
fn a_quoted_phrase_finds_the_pages_with_its_words_together_and_in_order() {
    let site = site_with_pages(&[
        (
            "together",
            "Permits",
            "Apply for a work permit at the office.",
        ),
        (
            "apart",
            "Work rules",
            "The permit office sets the work hours.",
        ),
        ("reversed", "Permit work", "Any permit work needs a form."),
        ("comma", "Hours", "After work, permit holders may leave."),
        (
            "inflected",
            "Renewals",
            "Renew expired work permits each year.",
        ),
    ]);
    let found = |q: &str| {
        let mut u: Vec<String> = urls(&search(&site, &[q, "--lang", "en"]))
            .into_iter()
            .map(str::to_string)
            .collect();
        u.sort();
        u
    };
    assert_eq!(
        found("\"work permit\""),
        ["/en/notes/inflected/", "/en/notes/together/"],
        "adjacent and in order, stems alike; not across a comma"
    );
    assert_eq!(found("\"permit work\""), ["/en/notes/reversed/"]);
    assert_eq!(
        found("“for a work”"),
        ["/en/notes/together/"],
        "little words count"
    );
    assert!(found("\"work the permit\"").is_empty());
    // Unquoted, the same words find all of them; those together come first.
    let hits = search(&site, &["work permit", "--lang", "en"]);
    let first: Vec<&str> = urls(&hits)[..2].to_vec();
    assert!(
        first.contains(&"/en/notes/together/") && first.contains(&"/en/notes/inflected/"),
        "{:?}",
        urls(&hits)
    );
    assert_eq!(hits.len(), 5);
}

#[test]
fn a_quoted_chinese_phrase_is_its_characters_in_sequence() {
    let site = Site::new();
    for (slug, title, body) in [
        ("a", "优化营商环境", "持续优化营商环境的措施。"),
        ("b", "营商与环境", "营商便利，环境保护。"),
    ] {
        site.write(
            &format!("content/notes/{slug}/_index.md"),
            &format!("+++\ntitle = \"{title}\"\n+++\n\n{body}\n"),
        );
    }
    let all = urls(&search(&site, &["营商环境"])).join(" ");
    assert!(all.contains("/notes/a/"), "{all}");
    let quoted = search(&site, &["\"营商环境\""]);
    assert!(urls(&quoted).contains(&"/notes/a/"));
    assert!(!urls(&quoted).contains(&"/notes/b/"), "{:?}", urls(&quoted));
    // Unquoted, the page with the characters in sequence comes before the other.
    let loose = search(&site, &["营商 环境"]);
    let (a, b) = (
        urls(&loose).iter().position(|u| *u == "/notes/a/"),
        urls(&loose).iter().position(|u| *u == "/notes/b/"),
    );
    assert!(a.unwrap() < b.unwrap(), "{:?}", urls(&loose));
}

const TRADITIONAL_PAGE: &str =
    "+++\ntitle = \"關於示例市\"\nmenu = true\n+++\n\n本市發布《營商環境白皮書》。\n";

#[test]
fn traditional_and_simplified_characters_find_each_other() {
    let site = Site::new();
    // A Simplified title, found by the Traditional form of its words.
    for q in ["營商環境", "营商环境", "營商"] {
        assert_eq!(
            urls(&search(&site, &[q])),
            ["/disclosure/2024/dl-2024-00012/"],
            "{q}"
        );
    }
    // A page written in Traditional characters, found in Simplified.
    site.write("content/about/_index.md", TRADITIONAL_PAGE);
    assert_eq!(urls(&search(&site, &["白皮书"])), ["/about/"]);
    assert_eq!(urls(&search(&site, &["白皮書"])), ["/about/"]);
    assert_eq!(urls(&search(&site, &["关于示例市"])), ["/about/"]);
}

#[test]
fn pinyin_finds_chinese_titles_below_the_pages_its_letters_find() {
    let site = Site::new();
    for q in [
        "yingshang huanjing",
        "yingshanghuanjing",
        "yíngshāng huánjìng",
        "YingShang",
    ] {
        assert_eq!(
            urls(&search(&site, &[q])),
            ["/disclosure/2024/dl-2024-00012/"],
            "{q}"
        );
    }
    assert_eq!(
        urls(&search(&site, &["qiye sheli"])),
        ["/services/business-registration/"]
    );
    // The readings of two characters that do not stand together find nothing.
    assert!(search(&site, &["qiye dengji"]).is_empty());
    // A page with the words themselves comes first.
    site.write(
        "content/about/_index.md",
        "+++\ntitle = \"关于示例\"\nmenu = true\n+++\n\nYingshang huanjing: 营商环境。\n",
    );
    let hits = search(&site, &["yingshang huanjing"]);
    assert_eq!(urls(&hits), ["/about/", "/disclosure/2024/dl-2024-00012/"]);
    // A word being typed that splits into syllables (`dalia`: da li a) is
    // still completed.
    site.write(
        "content/invest/_index.en.md",
        "+++\ntitle = \"Invest in Dalian\"\nmenu = true\n+++\n\nWelcome to Dalian.\n",
    );
    assert_eq!(
        urls(&search(&site, &["--lang", "en", "dalia"])),
        ["/en/invest/"]
    );
    // The Chinese original shown in the English edition is found by its pinyin.
    assert_eq!(
        urls(&search(&site, &["--lang", "en", "jiu cuoshi"])),
        ["/en/disclosure/2022/dl-2022-00003/"]
    );
}

/// A record of `chars` characters of Chinese text drawn from a fixed
/// generator, numbered `n` and published on `date`.
fn generated_record(n: u32, date: &str, chars: usize) -> String {
    let mut x = n.wrapping_mul(2_654_435_761).wrapping_add(1);
    let body: String = (0..chars)
        .map(|_| {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            char::from_u32(0x4e00 + (x >> 16) % 600).unwrap()
        })
        .collect();
    format!(
        "+++\nindex_no = \"11210200MB0000000X/2024-{n:05}\"\ntitle = \"示例市人民政府关于第{n}项措施的通知\"\n\
         agency = \"city\"\ndoc_no = \"示政发〔2024〕{n}号\"\nwritten = {date}\npublished = {date}\n\
         topic = \"economy-state-assets\"\ngenre = \"notice\"\ncatalog = \"policy-documents\"\n\
         disclosure = \"proactive\"\nvalidity = \"in-force\"\n+++\n\n{body}\n"
    )
}

/// The files of the Chinese index (not the `.gz`/`.br` copies of the entry
/// file) that one build writes anew or renames, against the one before.
fn search_files_changed(site: &Site, before: &[(String, Vec<u8>)]) -> Vec<String> {
    let before: std::collections::BTreeMap<_, _> = before.iter().cloned().collect();
    common::snapshot(&site.path("public/search-index/zh"))
        .into_iter()
        .filter(|(rel, bytes)| {
            !rel.ends_with(".gz") && !rel.ends_with(".br") && before.get(rel) != Some(bytes)
        })
        .map(|(rel, _)| rel)
        .collect()
}

/// A record's edit or a new record rewrites the few search files where they
/// are, not the whole index: what a host uploads and a CDN caches again.
#[test]
fn an_edit_or_a_new_record_changes_few_search_files() {
    let site = Site::new();
    for n in 100..340 {
        let date = format!("2024-{:02}-{:02}", 1 + n % 11, 1 + n % 28);
        site.write(
            &format!("content/disclosure/2024/dl-2024-{n:05}.md"),
            &generated_record(n, &date, 160),
        );
    }
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let all = common::snapshot(&site.path("public/search-index/zh"));
    let shards = all.iter().filter(|(rel, _)| rel.starts_with("t/")).count();
    assert!(shards > 30, "{shards} shards: too few to tell");

    // One character of a record's body changed: two bigrams gone, two new,
    // so at most four shards and their places, the record's chunk and
    // excerpt file, and the entry.
    let rel = "content/disclosure/2024/dl-2024-00150.md";
    let text = std::fs::read_to_string(site.path(rel)).unwrap();
    let at = text.char_indices().rev().nth(80).unwrap().0;
    let edited = format!(
        "{}龘{}",
        &text[..at],
        &text[at + text[at..].chars().next().unwrap().len_utf8()..]
    );
    site.write(rel, &edited);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let changed = search_files_changed(&site, &all);
    assert!(changed.len() <= 11, "{} files: {changed:?}", changed.len());
    assert!(changed.contains(&"index.json".to_string()), "{changed:?}");

    // A new record, the newest: its own terms, its chunk, the entry and facets.
    let all = common::snapshot(&site.path("public/search-index/zh"));
    site.write(
        "content/disclosure/2024/dl-2024-00999.md",
        &generated_record(999, "2024-12-31", 4),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let changed = search_files_changed(&site, &all);
    assert!(changed.len() <= 40, "{} files: {changed:?}", changed.len());
}
