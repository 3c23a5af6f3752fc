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
use super::fields::{
    ANALYSED_AT_ONCE, Fields, IDS_FIELD, IndexDoc, PINYIN_FIELD, TEXT_FIELDS, Terms, err,
};
use super::hanzi;
use crate::domain::LangCode;

/// How many terms the last query word may stand for while it is being typed.
pub const MAX_EXPANSIONS: usize = 64;
/// How many characters of an unknown word's ending may be dropped to find a known form.
pub const MAX_STRIP: usize = 4;
/// How many words of the vocabulary a mistyped word may stand for.
pub const MAX_TYPOS: usize = 8;
/// The shortest word that is corrected when nothing has it, and the
/// shortest that may be two edits away from what was meant.
pub const TYPO_CHARS: usize = 5;
pub const TWO_TYPOS_CHARS: usize = 9;
/// What a match of a corrected word weighs beside an exact one.
pub const TYPO_WEIGHT: f32 = 0.5;
/// Bump when what is indexed, or how, changes: old caches are then rebuilt.
const FORMAT: &str = "gongkai-search-5";
/// The tokenizer of the text fields: their terms, as `analysis` found them.
const TERMS: &str = "gongkai_terms";

/// One language's index, open.
pub struct LangIndex {
    pub lang: LangCode,
    pub index: Index,
    reader: IndexReader,
    pub fields: Vec<Field>,
    pub ids: Field,
    /// The readings of Chinese titles (`fields::PINYIN_FIELD`).
    pub pinyin: Field,
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
/// stands for (one, or several when the last word is expanded as a prefix
/// or a mistyped word stands for the words of the vocabulary near it).
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub whole: String,
    pub clauses: Vec<Clause>,
    /// Each mistyped word of the query and the word shown in its place.
    pub corrected: Vec<(String, String)>,
    /// The quoted phrases: a page matches only where each occurs.
    pub phrases: Vec<Phrase>,
    /// The words of a query of several words and no quotes (the bigrams
    /// of one CJK run are one word): pages where they stand together, in
    /// order, come first.
    pub adjacent: Option<Phrase>,
    /// A query typed in pinyin, on an index of Chinese titles: the readings
    /// it looks up (`hanzi::query_terms`), all of them. The pages they find
    /// come after those the query's own terms find.
    pub pinyin: Vec<String>,
}

/// A phrase: its tokens' clauses, each with its distance in positions from
/// the first token (`analysis::analyze_with`), in order.
pub type Phrase = Vec<(usize, u32)>;

#[derive(Debug, Clone, PartialEq)]
pub struct Clause {
    pub terms: Vec<String>,
    /// The terms are corrections of a mistyped word: they weigh `TYPO_WEIGHT`.
    pub typo: bool,
}

/// One posting: the document's rank by date, the term's frequency, and the
/// field's length as tantivy encodes it (`fieldnorm_id`).
pub type Posting = (u32, u32, u8);

/// Where a term stands in each document of a field that has it, by document rank.
pub type Places = BTreeMap<u32, Vec<u32>>;

fn schema() -> Schema {
    let mut b = Schema::builder();
    let indexing = TextFieldIndexing::default()
        .set_index_option(IndexRecordOption::WithFreqs)
        .set_fieldnorms(true);
    // Positions in the text fields, for phrases; identifiers are matched whole.
    let text = TextOptions::default().set_indexing_options(
        indexing
            .clone()
            .set_index_option(IndexRecordOption::WithFreqsAndPositions)
            .set_tokenizer(TERMS),
    );
    for (name, _) in TEXT_FIELDS {
        b.add_text_field(name, text.clone());
    }
    for name in [IDS_FIELD.0, PINYIN_FIELD.0] {
        b.add_text_field(
            name,
            TextOptions::default().set_indexing_options(indexing.clone()),
        );
    }
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
        let index = match cached {
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
        let Fields {
            text, ids, pinyin, ..
        } = Fields::of(&index.schema())?;
        let reader = index.reader().map_err(err)?;
        Ok(LangIndex {
            lang,
            index,
            reader,
            fields: text,
            ids,
            pinyin,
            _lock: lock,
        })
    }

    fn open(dir: &Path) -> Result<Index, String> {
        Index::open_in_dir(dir).map_err(err)
    }

    fn build(dir: &Path, lang: LangCode, docs: &[Doc]) -> Result<Index, String> {
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
        Ok(index)
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

    /// Where a term stands in a field, in each document that has it.
    pub fn places(&self, field: Field, term: &str) -> Result<Places, String> {
        let mut out = Places::new();
        for seg in self.searcher().segment_readers() {
            let inv = seg.inverted_index(field).map_err(err)?;
            let Some(info) = inv
                .get_term_info(&Term::from_field_text(field, term))
                .map_err(err)?
            else {
                continue;
            };
            let mut postings = inv
                .read_postings_from_terminfo(&info, IndexRecordOption::WithFreqsAndPositions)
                .map_err(err)?;
            let ords = seg.fast_fields().u64("ord").map_err(err)?;
            let mut doc = postings.doc();
            while doc != TERMINATED {
                let ord = ords.first(doc).unwrap_or(u64::MAX) as u32;
                let mut at = Vec::new();
                postings.positions(&mut at);
                out.insert(ord, at);
                doc = postings.advance();
            }
        }
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

    /// The clauses of a query (see `search.js`, `plan`, for the same steps).
    /// A compound the index has (`2.3.4`) stands for its parts; one it lacks
    /// is left to them.
    pub fn plan(&self, query: &str) -> Result<Plan, String> {
        let mut stem = Stem::new(&self.lang);
        let mut tokens = analysis::analyze(query, &mut stem);
        let mut parts_of_known = Vec::new();
        for t in &tokens {
            if analysis::is_compound(&t.surface) && self.has_term(&t.term)? {
                parts_of_known.push(t.from..t.to);
            }
        }
        tokens.retain(|t| {
            let compound = analysis::is_compound(&t.surface);
            let inside = parts_of_known
                .iter()
                .any(|r| r.start <= t.from && t.to <= r.end);
            if compound { inside } else { !inside }
        });
        let pinyin = self.pinyin_terms(query);
        let mut clauses: Vec<Clause> = Vec::new();
        let mut corrected = Vec::new();
        // Each token's clause.
        let mut of_token = Vec::with_capacity(tokens.len());
        for (n, t) in tokens.iter().enumerate() {
            let last = n + 1 == tokens.len();
            let mut clause = Clause {
                terms: vec![t.term.clone()],
                typo: false,
            };
            if !self.has_term(&t.term)? {
                let expanded = if last && expandable(&t.surface) {
                    self.expand(&t.surface)?
                } else {
                    Vec::new()
                };
                // A word of a query in pinyin that no page has is completed
                // while typed, and otherwise left as it is: the readings are
                // what it means, not a mistyped word.
                if !expanded.is_empty() {
                    clause.terms = expanded;
                } else if pinyin.is_empty() {
                    if let Some((terms, shown)) = self.typos(&t.surface, &t.term)? {
                        corrected.push((t.surface.clone(), shown));
                        clause = Clause { terms, typo: true };
                    } else if let Some(shorter) = self.shorter(&t.surface, &mut stem)? {
                        clause.terms = vec![shorter];
                    }
                }
            }
            match clauses.iter().position(|c| *c == clause) {
                Some(k) => of_token.push(k),
                None => {
                    of_token.push(clauses.len());
                    clauses.push(clause);
                }
            }
        }
        let (phrases, adjacent) = phrases(query, &tokens, &of_token);
        Ok(Plan {
            whole: analysis::identifier(query),
            clauses,
            corrected,
            phrases,
            adjacent,
            pinyin,
        })
    }

    /// The readings a query in pinyin looks up, when this index has
    /// Chinese titles: none for a query that does not split into syllables.
    fn pinyin_terms(&self, query: &str) -> Vec<String> {
        if self.total_tokens(self.pinyin) == 0 {
            return Vec::new();
        }
        hanzi::split(query).map_or_else(Vec::new, |s| hanzi::query_terms(&s))
    }

    /// The terms a word being typed may stand for: every term that begins
    /// with it, the first few in order.
    fn expand(&self, prefix: &str) -> Result<Vec<String>, String> {
        let mut terms = BTreeSet::new();
        for &field in &self.fields {
            terms.extend(self.terms_with_prefix(field, prefix)?);
        }
        Ok(terms.into_iter().take(MAX_EXPANSIONS).collect())
    }

    /// For a word the vocabulary does not know (`optimiz`, being typed,
    /// where `optimiz` is not a term but `optim` is): the term of the longest
    /// form that begins it, at most `MAX_STRIP` characters shorter and at
    /// least 3 long, that the index has.
    fn shorter(&self, surface: &str, stem: &mut Stem) -> Result<Option<String>, String> {
        if analysis::is_cjk(surface) {
            return Ok(None);
        }
        let chars: Vec<char> = surface.chars().collect();
        let shortest = chars.len().saturating_sub(MAX_STRIP).max(3);
        for k in (shortest..chars.len()).rev() {
            let head: String = chars[..k].iter().collect();
            let term = stem.word(&head).0.to_string();
            if self.has_term(&term)? {
                return Ok(Some(term));
            }
        }
        Ok(None)
    }

    /// The words of the vocabulary a typo may be: for a word of letters at
    /// least `TYPO_CHARS` long, the terms nearest its term (one edit, two
    /// for a word of `TWO_TYPOS_CHARS`), the first `MAX_TYPOS` in order; and
    /// the one of them most documents have, to show.
    fn typos(&self, surface: &str, term: &str) -> Result<Option<(Vec<String>, String)>, String> {
        let chars = surface.chars().count();
        if chars < TYPO_CHARS || !correctable(surface) {
            return Ok(None);
        }
        let most = if chars >= TWO_TYPOS_CHARS { 2 } else { 1 };
        let want: Vec<char> = term.chars().collect();
        // The fewest edits found so far, at most `most`, and the words at it.
        let mut best = (most, Vec::new());
        for word in self.vocabulary()? {
            let have: Vec<char> = word.chars().collect();
            if have.len().abs_diff(want.len()) > best.0 {
                continue;
            }
            let d = edits(&want, &have, best.0);
            if d == 0 || d > best.0 {
                continue;
            }
            if d < best.0 {
                best = (d, Vec::new());
            }
            best.1.push(word);
        }
        let terms: Vec<String> = best.1.into_iter().take(MAX_TYPOS).collect();
        let mut shown: Option<(usize, &String)> = None;
        for t in &terms {
            let mut count = 0;
            for &field in &self.fields {
                count += self.postings(field, t)?.len();
            }
            if shown.is_none_or(|(c, _)| count > c) {
                shown = Some((count, t));
            }
        }
        Ok(shown.map(|(_, s)| (terms.clone(), s.clone())))
    }

    /// The words a typo may stand for: every term of the text fields made
    /// of letters only, in order.
    pub fn vocabulary(&self) -> Result<BTreeSet<String>, String> {
        let mut out = BTreeSet::new();
        for &field in &self.fields {
            out.extend(self.terms(field)?.into_iter().filter(|t| correctable(t)));
        }
        Ok(out)
    }

    /// Every matching document with its score, best first; equal scores in
    /// date order, newest first (the higher number first).
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
            let factor = if clause.typo { TYPO_WEIGHT } else { 1.0 };
            for term in &clause.terms {
                for &(field, boost, avg) in &weights {
                    self.add_scores(&mut scores, field, term, boost * factor, avg, n)?;
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
        if !plan.phrases.is_empty() {
            let places = self.clause_places(plan)?;
            total.retain(|&d, _| plan.phrases.iter().all(|p| occurs(p, &places, d)));
        }
        let together: std::collections::BTreeSet<u32> = match &plan.adjacent {
            Some(p) if !total.is_empty() => {
                let places = self.clause_places(plan)?;
                total
                    .keys()
                    .copied()
                    .filter(|&d| occurs(p, &places, d))
                    .collect()
            }
            _ => Default::default(),
        };
        if !plan.whole.is_empty() {
            let avg = self.average(self.ids, n);
            let mut ids = BTreeMap::new();
            self.add_scores(&mut ids, self.ids, &plan.whole, IDS_FIELD.1, avg, n)?;
            for (d, s) in ids {
                *total.entry(d).or_insert(0.0) += s;
            }
        }
        let mut out: Vec<(u32, f32)> = total.into_iter().collect();
        out.sort_by(|a, b| {
            together
                .contains(&b.0)
                .cmp(&together.contains(&a.0))
                .then(b.1.total_cmp(&a.1))
                .then(b.0.cmp(&a.0))
        });
        // Then the pages the readings find that the letters did not.
        let mut read: Option<BTreeMap<u32, f32>> = None;
        for term in &plan.pinyin {
            let avg = self.average(self.pinyin, n);
            let mut scores = BTreeMap::new();
            self.add_scores(&mut scores, self.pinyin, term, PINYIN_FIELD.1, avg, n)?;
            read = Some(match read {
                None => scores,
                Some(prev) => prev
                    .into_iter()
                    .filter_map(|(d, s)| scores.get(&d).map(|c| (d, s + c)))
                    .collect(),
            });
        }
        let direct: BTreeSet<u32> = out.iter().map(|&(d, _)| d).collect();
        let mut below: Vec<(u32, f32)> = read
            .unwrap_or_default()
            .into_iter()
            .filter(|(d, _)| !direct.contains(d))
            .collect();
        below.sort_by(|a, b| b.1.total_cmp(&a.1).then(b.0.cmp(&a.0)));
        out.extend(below);
        Ok(out)
    }

    /// Per clause of a plan, per text field: where its terms stand.
    fn clause_places(&self, plan: &Plan) -> Result<Vec<Vec<Places>>, String> {
        plan.clauses
            .iter()
            .map(|c| {
                self.fields
                    .iter()
                    .map(|&f| {
                        let mut all = Places::new();
                        for t in &c.terms {
                            for (d, at) in self.places(f, t)? {
                                all.entry(d).or_default().extend(at);
                            }
                        }
                        for at in all.values_mut() {
                            at.sort_unstable();
                            at.dedup();
                        }
                        Ok(all)
                    })
                    .collect()
            })
            .collect()
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

/// The quoted phrases of a query, and the words that should stand together
/// when there are none: each a list of (clause, distance from the first
/// token), from the tokens the plan kept and their clauses.
pub fn phrases(
    query: &str,
    tokens: &[analysis::Token],
    of_token: &[usize],
) -> (Vec<Phrase>, Option<Phrase>) {
    // Chinese and Japanese are written without spaces: a space typed
    // between two bigrams (`营商 环境`) stands for the bigram the text has
    // across it (`商环`), one position more.
    let spaced = |a: &analysis::Token, b: &analysis::Token| {
        let unspaced = |c: Option<char>| {
            c.is_some_and(|c| analysis::is_cjk(c.encode_utf8(&mut [0; 4])) && !is_hangul(c))
        };
        b.position == a.position + 1
            && a.to <= b.from
            && a.surface.chars().count() == 2
            && b.surface.chars().count() == 2
            && unspaced(a.surface.chars().last())
            && unspaced(b.surface.chars().next())
    };
    let of = |ks: &[usize]| -> Phrase {
        let mut off = 0;
        ks.iter()
            .enumerate()
            .map(|(i, &k)| {
                if i > 0 {
                    let (a, b) = (&tokens[ks[i - 1]], &tokens[k]);
                    off += b.position - a.position + u32::from(spaced(a, b));
                }
                (of_token[k], off)
            })
            .collect()
    };
    let spans = analysis::quoted(&analysis::normalize(query));
    let phrases: Vec<Phrase> = spans
        .iter()
        .map(|span| {
            (0..tokens.len())
                .filter(|&k| span.start <= tokens[k].from && tokens[k].to <= span.end)
                .collect::<Vec<usize>>()
        })
        .filter(|ks| ks.len() >= 2)
        .map(|ks| of(&ks))
        .collect();
    let all: Vec<usize> = (0..tokens.len()).collect();
    // Words as typed: the overlapping bigrams of one CJK run are one word
    // (its characters are in sequence on every page that has them all).
    let words = (0..tokens.len())
        .filter(|&k| k == 0 || tokens[k - 1].to <= tokens[k].from)
        .count();
    let adjacent = (spans.is_empty() && words >= 2).then(|| of(&all));
    (phrases, adjacent)
}

fn is_hangul(c: char) -> bool {
    matches!(c, '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' | '\u{AC00}'..='\u{D7AF}')
}

/// Whether a phrase occurs in document `d`, in one field: its first clause
/// somewhere, and every other clause at its distance from there.
pub fn occurs(phrase: &Phrase, places: &[Vec<Places>], d: u32) -> bool {
    let Some(&(first, _)) = phrase.first() else {
        return false;
    };
    (0..places[first].len()).any(|f| {
        let Some(starts) = places[first][f].get(&d) else {
            return false;
        };
        starts.iter().any(|&p| {
            phrase.iter().all(|&(c, off)| {
                places[c][f]
                    .get(&d)
                    .is_some_and(|at| at.binary_search(&(p + off)).is_ok())
            })
        })
    })
}

/// Whether a word may be a typo, or a typo's correction: letters only, of
/// no CJK script.
pub fn correctable(word: &str) -> bool {
    !word.is_empty()
        && word.chars().all(char::is_alphabetic)
        && !word
            .chars()
            .any(|c| analysis::is_cjk(c.encode_utf8(&mut [0; 4])))
}

/// The edits (insertions, deletions, substitutions, swaps of two neighbours)
/// from `a` to `b`; any number above `most` when their lengths differ by more.
pub fn edits(a: &[char], b: &[char], most: usize) -> usize {
    if a.len().abs_diff(b.len()) > most {
        return most + 1;
    }
    if a.is_empty() {
        return b.len();
    }
    // Three rows of the table: two back, one back, this one.
    let mut rows = vec![vec![0usize; b.len() + 1]; 3];
    rows[2] = (0..=b.len()).collect();
    for i in 1..=a.len() {
        rows.rotate_left(1);
        rows[2][0] = i;
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[1][j] + 1)
                .min(rows[2][j - 1] + 1)
                .min(rows[1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[0][j - 2] + 1);
            }
            rows[2][j] = d;
        }
    }
    rows[2][b.len()]
}

/// Whether a last word may be completed: two characters, or one CJK character.
pub fn expandable(surface: &str) -> bool {
    surface.chars().count() >= 2 || analysis::is_cjk(surface)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(analyzer: &mut TextAnalyzer, text: &str) -> Vec<(String, usize, usize, usize)> {
        let mut stream = analyzer.token_stream(text);
        let mut out = Vec::new();
        while stream.advance() {
            let t = stream.token();
            out.push((t.text.clone(), t.offset_from, t.offset_to, t.position));
        }
        out
    }

    #[test]
    fn the_terms_tokenizer_splits_as_tantivys_whitespace_tokenizer() {
        let mut ours = TextAnalyzer::from(Terms::default());
        let mut theirs = TextAnalyzer::from(tantivy::tokenizer::WhitespaceTokenizer::default());
        for text in [
            "",
            " ",
            "permit issu 2024",
            "  大连 连市  市政 x\r\x0cy  ",
            "Ｐermits\u{3000}大连 ΣΑΣ é",
            "a",
            "trailing ",
        ] {
            assert_eq!(all(&mut ours, text), all(&mut theirs, text), "{text:?}");
        }
        // The same analyzer, reused, starts each text afresh.
        assert_eq!(all(&mut ours, "x y")[1].3, 1);
    }

    #[test]
    fn the_separators_give_the_positions_analysis_found() {
        let mut stem = Stem::new("es");
        for text in [
            "Energía, 2.3.4 y «permiso de trabajo» 大连市，营商 第12号",
            "(a) b -- c   d. ¿e?",
            "",
        ] {
            let tokens = analysis::analyze(text, &mut stem);
            let mut terms = String::new();
            let mut expected = Vec::new();
            let mut before = 0;
            for t in &tokens {
                if !terms.is_empty() {
                    terms.push(super::super::fields::separator(before, t.position));
                }
                terms.push_str(&t.term);
                expected.push((t.term.clone(), t.position as usize));
                if let Some(also) = &t.also {
                    terms.push('\t');
                    terms.push_str(also);
                    expected.push((also.clone(), t.position as usize));
                }
                before = t.position;
            }
            let mut ours = TextAnalyzer::from(Terms::default());
            let got: Vec<(String, usize)> = all(&mut ours, &terms)
                .into_iter()
                .map(|(t, _, _, p)| (t, p))
                .collect();
            assert_eq!(got, expected, "{text:?}");
        }
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
            doc_no: None,
            text_lang: None,
            chinese: true,
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
