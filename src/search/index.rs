//! Index: one tantivy index per language, kept in the site's cache folder
//! (`.gongkai-cache/search/<lang>/`), never in `public/`. It is rebuilt only
//! when the documents it was made from change (a digest says so).
//!
//! `analysis` runs on every core before a document reaches tantivy, whose
//! writer has one thread: a text field holds its terms, space-separated, for
//! a whitespace tokenizer (terms have no spaces); identifiers, which may,
//! come pre-tokenized. The query
//! engine here is the one `search.js` mirrors: the same clauses, prefix
//! expansion, BM25 (tantivy's own `Bm25Weight`) and order of sums.

use std::collections::{BTreeMap, BTreeSet};
use std::hash::Hash;
use std::path::Path;
use std::sync::Mutex;

use rayon::prelude::*;

use tantivy::postings::Postings;
use tantivy::query::Bm25Weight;
use tantivy::schema::{
    FAST, Field, IndexRecordOption, STRING, Schema, TextFieldIndexing, TextOptions,
};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocSet, Index, IndexReader, TERMINATED, Term};

use super::Doc;
use super::analysis::{self, Stem};
use super::fields::{ANALYSED_AT_ONCE, Fields, IDS_FIELD, IndexDoc, TEXT_FIELDS, Terms, err};
use crate::domain::LangCode;

/// How many terms the last query word may stand for while it is being typed.
pub const MAX_EXPANSIONS: usize = 64;
/// How many characters of an unknown word's ending may be dropped to find a known form.
pub const MAX_STRIP: usize = 4;
/// Bump when what is indexed, or how, changes: old caches are then rebuilt.
const FORMAT: &str = "gongkai-search-2";
/// The tokenizer of the text fields: their terms, as `analysis` found them.
const TERMS: &str = "gongkai_terms";

/// One language's index, open.
pub struct LangIndex {
    pub lang: LangCode,
    pub index: Index,
    reader: IndexReader,
    /// Word forms whose stem differs from them, to the stem (en, es, ru).
    pub forms: BTreeMap<String, String>,
    pub fields: Vec<Field>,
    pub ids: Field,
    /// Held while the index is open (see `open_or_build`).
    _lock: std::fs::File,
}

/// Waits for, then takes, the lock of the index in `dir`: a file beside it.
fn lock(dir: &Path) -> Result<std::fs::File, String> {
    let path = dir.with_extension("lock");
    let cannot = |e: std::io::Error| format!("cannot lock {}: {e}", path.display());
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(cannot)?;
    }
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(cannot)?;
    file.lock().map_err(cannot)?;
    Ok(file)
}

/// A query's parts: one clause per distinct query token, each the terms it
/// stands for (one, or several when the last word is expanded as a prefix).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub whole: String,
    pub clauses: Vec<Vec<String>>,
}

/// One posting: the document's rank by date, the term's frequency, and the
/// field's length as tantivy encodes it (`fieldnorm_id`).
pub type Posting = (u32, u32, u8);

fn schema() -> Schema {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_index_option(IndexRecordOption::WithFreqs)
        .set_fieldnorms(true);
    let text = TextOptions::default().set_indexing_options(indexing.clone().set_tokenizer(TERMS));
    for (name, _) in TEXT_FIELDS {
        b.add_text_field(name, text.clone());
    }
    b.add_text_field(
        IDS_FIELD.0,
        TextOptions::default().set_indexing_options(indexing),
    );
    b.add_u64_field("ord", FAST);
    for name in ["kind", "agency", "topic", "validity"] {
        b.add_text_field(name, STRING);
    }
    b.add_u64_field("year", FAST);
    b.build()
}

/// What a language's documents hash to: the cache is fresh when it matches.
pub fn digest(docs: &[Doc]) -> String {
    let mut h = blake3::Hasher::new();
    h.update(FORMAT.as_bytes());
    // Every field of every document, as `Hash` visits them (derived, so a
    // field added later is hashed too): strings ended by a byte UTF-8 never
    // has, lists led by their lengths.
    docs.hash(&mut Feed(&mut h));
    h.finalize().to_hex().to_string()
}

/// A `Hasher` that feeds what it is given to blake3.
struct Feed<'a>(&'a mut blake3::Hasher);

impl std::hash::Hasher for Feed<'_> {
    fn write(&mut self, bytes: &[u8]) {
        self.0.update(bytes);
    }

    fn finish(&self) -> u64 {
        let mut first = [0; 8];
        first.copy_from_slice(&self.0.finalize().as_bytes()[..8]);
        u64::from_le_bytes(first)
    }
}

impl LangIndex {
    /// Opens the cached index of `docs` in `dir`, building it first when it is
    /// missing or was made from other documents. Another process that wants
    /// the same language's index (a second build of the site, a search) waits
    /// until this one is dropped: neither sees the other's half-made folder,
    /// nor has the index it reads replaced under it.
    pub fn open_or_build(dir: &Path, lang: LangCode, docs: &[Doc]) -> Result<LangIndex, String> {
        let lock = lock(dir)?;
        let digest = digest(docs);
        let stamp = dir.join("digest");
        let cached = std::fs::read_to_string(&stamp)
            .is_ok_and(|d| d == digest)
            .then(|| LangIndex::open(dir).ok())
            .flatten();
        let (index, forms) = match cached {
            Some(cached) => cached,
            None => {
                let _ = std::fs::remove_dir_all(dir);
                std::fs::create_dir_all(dir)
                    .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
                let built = LangIndex::build(dir, lang, docs)
                    .map_err(|e| format!("cannot index {}: {e}", dir.display()))?;
                std::fs::write(&stamp, digest)
                    .map_err(|e| format!("cannot write {}: {e}", stamp.display()))?;
                built
            }
        };
        let Fields { text, ids, .. } = Fields::of(&index.schema())?;
        let reader = index.reader().map_err(err)?;
        Ok(LangIndex {
            lang,
            index,
            reader,
            forms,
            fields: text,
            ids,
            _lock: lock,
        })
    }

    fn open(dir: &Path) -> Result<(Index, BTreeMap<String, String>), String> {
        let index = Index::open_in_dir(dir).map_err(err)?;
        let forms = std::fs::read(dir.join("forms.json"))
            .map_err(err)
            .and_then(|b| serde_json::from_slice(&b).map_err(err))?;
        Ok((index, forms))
    }

    fn build(
        dir: &Path,
        lang: LangCode,
        docs: &[Doc],
    ) -> Result<(Index, BTreeMap<String, String>), String> {
        let schema = schema();
        let index = Index::create_in_dir(dir, schema.clone()).map_err(err)?;
        index
            .tokenizers()
            .register(TERMS, TextAnalyzer::from(Terms::default()));
        let fields = Fields::of(&schema)?;
        // One thread: documents get ids in the order added, and the same
        // content gives the same index.
        let mut writer = index
            .writer_with_num_threads::<IndexDoc>(1, 64_000_000)
            .map_err(err)?;
        // Analysis is most of the work: every thread analyses, a slice of
        // documents at a time (so few wait in memory), each with its own
        // remembered stems; the documents are added in their order.
        let stems: Vec<Mutex<Stem>> = (0..rayon::current_num_threads().max(1))
            .map(|_| Mutex::new(Stem::new(&lang)))
            .collect();
        for slice in docs.chunks(ANALYSED_AT_ONCE) {
            let made: Vec<IndexDoc> = slice
                .par_iter()
                .map(|d| {
                    let mine = rayon::current_thread_index().unwrap_or(0) % stems.len();
                    let mut stem = stems[mine].lock().unwrap_or_else(|e| e.into_inner());
                    fields.doc(d, &mut stem)
                })
                .collect();
            for doc in made {
                writer.add_document(doc).map_err(err)?;
            }
        }
        writer.commit().map_err(err)?;
        writer.wait_merging_threads().map_err(err)?;
        // What the threads stemmed is every word form of the documents.
        let forms: BTreeMap<String, String> = stems
            .into_iter()
            .flat_map(|s| s.into_inner().unwrap_or_else(|e| e.into_inner()).forms())
            .collect();
        let json = serde_json::to_vec(&forms).map_err(err)?;
        std::fs::write(dir.join("forms.json"), json).map_err(err)?;
        Ok((index, forms))
    }

    fn searcher(&self) -> tantivy::Searcher {
        self.reader.searcher()
    }

    /// Documents in the index (tantivy's N).
    pub fn num_docs(&self) -> u64 {
        self.searcher()
            .segment_readers()
            .iter()
            .map(|s| u64::from(s.max_doc()))
            .sum()
    }

    /// The number of tokens of a field over all documents.
    pub fn total_tokens(&self, field: Field) -> u64 {
        self.searcher()
            .segment_readers()
            .iter()
            .filter_map(|s| s.inverted_index(field).ok())
            .map(|i| i.total_num_tokens())
            .sum()
    }

    /// A term's postings in a field, by document rank.
    pub fn postings(&self, field: Field, term: &str) -> Result<Vec<Posting>, String> {
        let searcher = self.searcher();
        let mut out = Vec::new();
        for seg in searcher.segment_readers() {
            let inv = seg.inverted_index(field).map_err(err)?;
            let Some(info) = inv
                .get_term_info(&Term::from_field_text(field, term))
                .map_err(err)?
            else {
                continue;
            };
            let mut postings = inv
                .read_postings_from_terminfo(&info, IndexRecordOption::WithFreqs)
                .map_err(err)?;
            let norms = seg.get_fieldnorms_reader(field).map_err(err)?;
            let ords = seg.fast_fields().u64("ord").map_err(err)?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let ord = ords.first(doc).unwrap_or(u64::MAX) as u32;
                out.push((ord, postings.term_freq(), norms.fieldnorm_id(doc)));
                doc = postings.advance();
            }
        }
        out.sort_unstable();
        Ok(out)
    }

    /// Every term of a field, in order (for the export).
    pub fn terms(&self, field: Field) -> Result<BTreeSet<String>, String> {
        let mut out = BTreeSet::new();
        for seg in self.searcher().segment_readers() {
            let inv = seg.inverted_index(field).map_err(err)?;
            let mut stream = inv.terms().stream().map_err(err)?;
            while stream.advance() {
                out.insert(String::from_utf8_lossy(stream.key()).into_owned());
            }
        }
        Ok(out)
    }

    fn terms_with_prefix(&self, field: Field, prefix: &str) -> Result<BTreeSet<String>, String> {
        let mut out = BTreeSet::new();
        for seg in self.searcher().segment_readers() {
            let inv = seg.inverted_index(field).map_err(err)?;
            let mut stream = inv
                .terms()
                .range()
                .ge(prefix.as_bytes())
                .into_stream()
                .map_err(err)?;
            while stream.advance() {
                let key = String::from_utf8_lossy(stream.key()).into_owned();
                if !key.starts_with(prefix) {
                    break;
                }
                out.insert(key);
            }
        }
        Ok(out)
    }

    fn has_term(&self, term: &str) -> Result<bool, String> {
        for &field in &self.fields {
            for seg in self.searcher().segment_readers() {
                let inv = seg.inverted_index(field).map_err(err)?;
                if inv
                    .get_term_info(&Term::from_field_text(field, term))
                    .map_err(err)?
                    .is_some()
                {
                    return Ok(true);
                }
            }
        }
        Ok(false)
    }

    /// The term a query word looks up: its stem as the vocabulary knows it.
    fn term_of<'a>(&'a self, surface: &'a str) -> &'a str {
        self.forms.get(surface).map_or(surface, String::as_str)
    }

    /// The clauses of a query (see `search.js`, `plan`, for the same steps).
    pub fn plan(&self, query: &str) -> Result<Plan, String> {
        let surfaces: Vec<String> = analysis::analyze(query, &mut Stem::none())
            .into_iter()
            .map(|t| t.surface)
            .collect();
        let mut clauses: Vec<Vec<String>> = Vec::new();
        for (n, surface) in surfaces.iter().enumerate() {
            let term = self.term_of(surface).to_string();
            let last = n + 1 == surfaces.len();
            let clause = if self.has_term(&term)? {
                vec![term]
            } else {
                let expanded = if last && expandable(surface) {
                    self.expand(surface)?
                } else {
                    Vec::new()
                };
                if !expanded.is_empty() {
                    expanded
                } else {
                    vec![self.shorter(surface)?.unwrap_or(term)]
                }
            };
            if !clauses.contains(&clause) {
                clauses.push(clause);
            }
        }
        Ok(Plan {
            whole: analysis::identifier(query),
            clauses,
        })
    }

    /// The terms a word being typed may stand for: every word form or term
    /// that begins with it, as the terms they index, the first few in order.
    fn expand(&self, prefix: &str) -> Result<Vec<String>, String> {
        let mut keys = BTreeSet::new();
        for &field in &self.fields {
            keys.extend(self.terms_with_prefix(field, prefix)?);
        }
        keys.extend(
            self.forms
                .range(prefix.to_string()..)
                .take_while(|(k, _)| k.starts_with(prefix))
                .map(|(k, _)| k.clone()),
        );
        let terms: BTreeSet<String> = keys.iter().map(|k| self.term_of(k).to_string()).collect();
        Ok(terms.into_iter().take(MAX_EXPANSIONS).collect())
    }

    /// For a word the vocabulary does not know (`investments` where only
    /// `investment` occurs): the term of the longest known form that begins
    /// it, at most `MAX_STRIP` characters shorter and at least 3 long. A
    /// crude suffix strip, but the browser can do the same without a stemmer.
    fn shorter(&self, surface: &str) -> Result<Option<String>, String> {
        if analysis::is_cjk(surface) {
            return Ok(None);
        }
        let chars: Vec<char> = surface.chars().collect();
        let shortest = chars.len().saturating_sub(MAX_STRIP).max(3);
        for k in (shortest..chars.len()).rev() {
            let head: String = chars[..k].iter().collect();
            let term = self.term_of(&head);
            if self.has_term(term)? {
                return Ok(Some(term.to_string()));
            }
        }
        Ok(None)
    }

    /// Every matching document with its score, best first; equal scores in
    /// date order (the documents' rank).
    pub fn run(&self, plan: &Plan) -> Result<Vec<(u32, f32)>, String> {
        let n = self.num_docs();
        let weights: Vec<(Field, f32, f32)> = TEXT_FIELDS
            .iter()
            .zip(&self.fields)
            .map(|(&(_, boost), &f)| (f, boost, self.average(f, n)))
            .collect();
        // Per clause, per document: the clause's score.
        let mut matched: Option<BTreeMap<u32, f32>> = None;
        for clause in &plan.clauses {
            let mut scores: BTreeMap<u32, f32> = BTreeMap::new();
            for term in clause {
                for &(field, boost, avg) in &weights {
                    self.add_scores(&mut scores, field, term, boost, avg, n)?;
                }
            }
            matched = Some(match matched {
                None => scores,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(d, s)| scores.get(&d).map(|c| (d, s + c)))
                    .collect(),
            });
        }
        let mut total = matched.unwrap_or_default();
        if !plan.whole.is_empty() {
            let avg = self.average(self.ids, n);
            let mut ids = BTreeMap::new();
            self.add_scores(&mut ids, self.ids, &plan.whole, IDS_FIELD.1, avg, n)?;
            for (d, s) in ids {
                *total.entry(d).or_insert(0.0) += s;
            }
        }
        let mut out: Vec<(u32, f32)> = total.into_iter().collect();
        out.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        Ok(out)
    }

    fn average(&self, field: Field, n: u64) -> f32 {
        self.total_tokens(field) as f32 / n as f32
    }

    fn add_scores(
        &self,
        scores: &mut BTreeMap<u32, f32>,
        field: Field,
        term: &str,
        boost: f32,
        avg: f32,
        n: u64,
    ) -> Result<(), String> {
        let postings = self.postings(field, term)?;
        if postings.is_empty() {
            return Ok(());
        }
        let weight = Bm25Weight::for_one_term(postings.len() as u64, n, avg).boost_by(boost);
        for (doc, tf, norm) in postings {
            *scores.entry(doc).or_insert(0.0) += weight.score(norm, tf);
        }
        Ok(())
    }
}

/// Whether a last word may be completed: two characters, or one CJK character.
pub fn expandable(surface: &str) -> bool {
    surface.chars().count() >= 2 || analysis::is_cjk(surface)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_terms_tokenizer_splits_as_tantivys_whitespace_tokenizer() {
        let all = |analyzer: &mut TextAnalyzer, text: &str| {
            let mut stream = analyzer.token_stream(text);
            let mut out = Vec::new();
            while stream.advance() {
                let t = stream.token();
                out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
            }
            out
        };
        let mut ours = TextAnalyzer::from(Terms::default());
        let mut theirs = TextAnalyzer::from(tantivy::tokenizer::WhitespaceTokenizer::default());
        for text in [
            "",
            " ",
            "permit issu 2024",
            "  大连 连市  市政 \t\nx\r\x0cy  ",
            "Ｐermits\u{3000}大连 ΣΑΣ é",
            "a",
            "trailing ",
        ] {
            assert_eq!(all(&mut ours, text), all(&mut theirs, text), "{text:?}");
        }
        // The same analyzer, reused, starts each text afresh.
        assert_eq!(all(&mut ours, "x y")[1].3, 1);
    }

    fn doc() -> Doc {
        Doc {
            ord: 3,
            url: "/en/a/".into(),
            title: "Title".into(),
            kind: "record",
            date: Some("2025-01-02".into()),
            year: Some(2025),
            agency: Some("fgw".into()),
            topic: None,
            validity: Some("in-force"),
            text_lang: None,
            summary: "ab".into(),
            body: String::new(),
            codes: String::new(),
            ids: vec!["x-1".into()],
        }
    }

    #[test]
    fn the_digest_changes_with_any_field_and_only_then() {
        let base = digest(&[doc()]);
        assert_eq!(base, digest(&[doc()]));
        let changes: [fn(&mut Doc); 9] = [
            |d| d.ord = 4,
            |d| d.title.push('!'),
            |d| d.kind = "guide",
            |d| d.year = None,
            |d| d.topic = Some(String::new()),
            |d| d.text_lang = Some("zh-CN".into()),
            // Text moved from one field to the next.
            |d| (d.summary, d.body) = ("a".into(), "b".into()),
            |d| d.ids.push(String::new()),
            |d| d.ids = vec!["x".into(), "-1".into()],
        ];
        let mut seen = std::collections::HashSet::from([base.clone()]);
        for change in changes {
            let mut d = doc();
            change(&mut d);
            assert!(
                seen.insert(digest(&[d])),
                "a change left the digest as it was"
            );
        }
        assert_ne!(digest(&[doc(), doc()]), base);
        assert_ne!(digest(&[]), base);
    }
}
