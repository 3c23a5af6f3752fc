//! Export: a language's tantivy index as static files for `search.js`, under
//! `search-index/<lang>/`. Only the entry file has a fixed name; every other
//! file is named by its content's hash, so a CDN may keep it forever.
//!
//! - `index.json`: counts and field statistics for BM25, tantivy's fieldnorm
//!   table, the first key of each dictionary shard, the hashes of the other files.
//! - `t/<hash>.jz`: the dictionary in sorted shards, rows of an index
//!   term and its postings per field. The browser stems and folds a query's
//!   words itself (`snowball.js`), so terms are all it needs.
//! - `p/<hash>.jz`: the same keys as the `t` shard of the same rank, each
//!   with where it stands in each document of its postings (for phrases,
//!   and to put the pages where a query's words stand together first),
//!   fetched only for a query of several words.
//! - `v/<k>.<hash>.jz`: the vocabulary of words made of letters, `k`
//!   characters long, in order: what a mistyped word is compared with,
//!   fetched only for a word nothing has.
//! - `m/<n>.<hash>.jz`: what a result shows (url, title, kind, date, …),
//!   `CHUNK` documents a file, in the documents' order; the entry file
//!   lists the chunks' hashes in order.
//! - `x/<hash>.jz`: the start of the text of `EXCERPTS` documents of one
//!   chunk, for the excerpts of shown results; a row of `m` names its file
//!   and its place in it.
//! - `f.<hash>.jz`: each document's kind, agency, topic, year, validity
//!   and date, fetched only when a filter is used.
//!
//! - `h.<hash>.jz`: the Traditional → Simplified pairs (`hanzi`), one
//!   string, fetched only for a query with a character no term has.
//! - `y/k.<hash>.jz` and `y/<n>.<hash>.jz`, where the edition has Chinese
//!   titles: the syllables of pinyin, the first key of each shard and their
//!   hashes; and the shards, rows of a reading (`dalian`) and its postings.
//!   Fetched only for a query of Latin letters, the shards only for one that
//!   splits into syllables.
//!
//! Postings are `(document delta, term frequency, fieldnorm id)` triples,
//! written as base-64 varints in a string: compact, and JSON all the same.
//!
//! Every file but the entry is that JSON packed with gzip (`pack`), and
//! `search.js` unpacks it (DecompressionStream). Most files are a few
//! kilobytes: precompressed copies beside each would triple the files a
//! host stores and uploads, and a host that compresses on the fly would
//! spend its time on every request. Packed once, each is published once,
//! at its compressed size, and served as it is by any host. The entry,
//! fetched first and revalidated, stays JSON with its `.gz`/`.br` copies.
//!
//! What an edit changes. A portal's build is uploaded again, and a CDN
//! caches anew every file whose name is new, so the layout is chosen for
//! what one record's edit, or a new record, rewrites (the same sources
//! still give the same bytes, whatever the previous output was):
//!
//! - Shards are cut where the keys say, not where the bytes add up: a
//!   shard ends before a key whose hash marks a boundary (the larger its
//!   row, the likelier, once the shard has `SHARD_MIN` bytes; at
//!   `SHARD_MAX` whatever the key), so a common term's long row tends to
//!   start a shard of its own. Cut by size alone, a key added or grown
//!   moved every boundary after it: on 10,000 records one digit changed in
//!   a body rewrote 327 shards. Shards are named by their bytes
//!   alone, not by their rank, so a shard split or merged renames no other.
//!   An edit rewrites the shards of the terms whose postings it changed
//!   (a digit: two terms) and their places, its record's chunk and excerpt
//!   file, and the entry.
//! - Documents are numbered oldest first (`search::documents`), so a new
//!   record, the newest, takes the next number: the postings of every
//!   other page stay as they were, and only the shards of the new record's
//!   terms, the last chunk, the facets and the entry are new. Numbered
//!   newest first, as before, every document moved on by one and every
//!   shard was new. A record removed, or an undated page added, still
//!   renumbers the pages after it.
//! - Documents partitioned into segments, each with its own dictionary,
//!   would keep an edit within one segment's files, but a query would
//!   fetch a shard of every segment: bytes fetched grow with the segments,
//!   and a segment of few shards is large. Term shards fetch one file
//!   for a word, and with boundaries that stay put they change only where
//!   the postings do.
//! - Excerpts went one to a file: 60,000 files of about 1 KB on 10,000
//!   records, most of the files of the index. Two to a file halve the
//!   files; a chunk of eight (the metadata's) would fetch four times the
//!   excerpt bytes a page of results shows.
//!
//! Measured with `benches/search.py` on the distinct-text corpus: on 2,000
//! records (16,681 pages) the index went from 40,956 files and 163.6 MB
//! published (its files and their copies) to 12,576 and 43.8 MB; on 10,000
//! records (about 82,000 pages), from 172,181 files and 853 MB to 46,867
//! and 207 MB with boundaries at fixed odds (one key in 64; the odds by
//! row size now make 17 % more shard files on 2,000 records, some 55,000
//! files on 10,000), where Pagefind 1.6's bundle for the same pages is
//! 62,631 files and 178 MB: fewer files, but more bytes, the bigrams of
//! Chinese, Japanese and Korean text and their places being most of them.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::Write;

use rayon::prelude::*;
use serde_json::{Value, json};
use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::Postings;
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, TERMINATED};

use super::Doc;
use super::analysis;
use super::fields::{IDS_FIELD, PINYIN_FIELD, TEXT_FIELDS};
use super::hanzi;
use super::index::{
    LangIndex, MAX_EXPANSIONS, MAX_STRIP, MAX_TYPOS, Posting, TWO_TYPOS_CHARS, TYPO_CHARS,
    TYPO_WEIGHT,
};

/// Documents per metadata file.
pub const CHUNK: usize = 8;
/// Documents per excerpt file, within a metadata file's.
const EXCERPTS: usize = 2;
/// A dictionary shard is at least this large before a boundary ends it…
const SHARD_MIN: usize = 6 * 1024;
/// …a key of a row of `r` bytes is a boundary with odds `r` in
/// `BOUNDARY_SPAN` (a row this large always is), so a shard runs on about
/// this many bytes past its least…
const BOUNDARY_SPAN: usize = 10 * 1024;
/// …and a shard this large ends before the next key whatever it is (a
/// single key may exceed it).
const SHARD_MAX: usize = 32 * 1024;
/// Characters of text kept for a result's excerpt.
const EXCERPT_CHARS: usize = 500;

/// One key of the dictionary.
#[derive(Default)]
struct Key {
    /// Postings per field: the text fields in order, then `ids`.
    fields: [Vec<Posting>; 5],
    /// Per text field, per posting: where the term stands in that document.
    places: [Vec<Vec<u32>>; 4],
}

/// The files of one language, as (path below the output root, bytes).
/// The folder of a language's index in the output: `search-index/<lang>`.
pub fn folder(lang: &str) -> String {
    format!("search-index/{lang}")
}

/// The packed files of one language as they are made, each named once.
struct Packed {
    dir: String,
    files: Vec<(String, Vec<u8>)>,
    /// Each name given so far, with the hash of its bytes.
    named: HashMap<String, blake3::Hash>,
}

impl Packed {
    /// Packs `json` as `<dir>/<prefix><hash>.jz`, the hash (`digits` hex
    /// digits) that of the packed bytes, and gives the hash. The same bytes
    /// twice are one file; two files whose hashes begin alike (one in four
    /// billion for a shard) get the next hash of their bytes in turn, so
    /// that no name stands for two files.
    fn put(&mut self, prefix: &str, json: &[u8], digits: usize) -> String {
        let bytes = pack(json);
        let full = blake3::hash(&bytes);
        let mut hasher = blake3::Hasher::new();
        let mut hash = full.to_hex()[..digits].to_string();
        loop {
            let name = format!("{}/{prefix}{hash}.jz", self.dir);
            match self.named.get(&name) {
                Some(seen) if *seen == full => return hash,
                Some(_) => {
                    hasher.update(full.as_bytes());
                    hash = hasher.finalize().to_hex()[..digits].to_string();
                }
                None => {
                    self.named.insert(name.clone(), full);
                    self.files.push((name, bytes));
                    return hash;
                }
            }
        }
    }
}

pub fn export(ix: &LangIndex, docs: &[Doc]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let dir = folder(&ix.lang);
    let keys = dictionary(ix)?;
    let mut out = Packed {
        dir: dir.clone(),
        files: Vec::new(),
        named: HashMap::new(),
    };
    let (mut firsts, mut shard_hashes, mut place_hashes) =
        (Vec::new(), String::new(), String::new());
    let mut shard = String::from("[");
    // The same keys' places: fetched only for a query of several words.
    let mut places = String::from("[");
    let mut first = String::new();
    // A shard is named by its bytes alone, not by its rank: a shard split
    // or merged by an edit renames no other.
    let mut close = |shard: &mut String, places: &mut String, first: &str, out: &mut Packed| {
        for (text, folder, hashes) in [
            (shard, "t/", &mut shard_hashes),
            (places, "p/", &mut place_hashes),
        ] {
            text.push(']');
            let json = std::mem::replace(text, String::from("["));
            hashes.push_str(&out.put(folder, json.as_bytes(), 8));
        }
        firsts.push(first.to_string());
    };
    for (key, entry) in &keys {
        let row = row(key, entry);
        // A shard ends before a key that marks a boundary, wherever it
        // stands: an edit that adds, drops or changes a key moves no
        // boundary but its own, so the shards after it keep their bytes.
        if shard.len() > 1 && boundary(key, row.len(), shard.len()) {
            close(&mut shard, &mut places, &first, &mut out);
        }
        if shard.len() == 1 {
            first = key.clone();
        } else {
            shard.push(',');
        }
        shard.push_str(&row);
        if let Some(r) = places_row(key, entry) {
            if places.len() > 1 {
                places.push(',');
            }
            places.push_str(&r);
        }
    }
    if shard.len() > 1 {
        close(&mut shard, &mut places, &first, &mut out);
    }

    // What a result shows, `CHUNK` documents a file, each chunk named by
    // its own hash: a record's edit renames its chunk only. Excerpts, the
    // larger part, go `EXCERPTS` documents a file within a chunk, each
    // named by its hash in the rows of its documents.
    let mut meta_hashes = String::with_capacity(docs.len().div_ceil(CHUNK) * 8);
    for (n, chunk) in docs.chunks(CHUNK).enumerate() {
        let mut rows: Vec<Value> = Vec::with_capacity(chunk.len());
        for few in chunk.chunks(EXCERPTS) {
            let texts: Vec<String> = few.iter().map(excerpt).collect();
            let x = out.put("x/", &serde_json::to_vec(&texts).unwrap_or_default(), 12);
            for (i, d) in few.iter().enumerate() {
                rows.push(json!([
                    d.url,
                    d.title,
                    d.kind,
                    d.date,
                    d.agency,
                    d.topic,
                    d.validity,
                    d.text_lang,
                    format!("{x}{i}"),
                    d.doc_no
                ]));
            }
        }
        let json = serde_json::to_vec(&rows).unwrap_or_default();
        meta_hashes.push_str(&out.put(&format!("m/{n}."), &json, 8));
    }

    // The vocabulary by length in characters.
    let mut by_length: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    let vocabulary = ix.vocabulary()?;
    for word in &vocabulary {
        by_length
            .entry(word.chars().count())
            .or_default()
            .push(word);
    }
    let mut vocab = Vec::new();
    for (k, words) in by_length {
        let json = serde_json::to_vec(&words).unwrap_or_default();
        let hash = out.put(&format!("v/{k}."), &json, 8);
        vocab.push(json!([k, hash]));
    }

    let (facets, values) = facets(docs);
    let facet_hash = out.put("f.", &serde_json::to_vec(&facets).unwrap_or_default(), 8);

    // The Traditional → Simplified pairs this edition can use: those whose
    // Simplified character some term has (a Japanese edition's table is
    // what its own words need, not the whole of the 2,700 pairs).
    let han: HashSet<char> = keys.iter().flat_map(|(k, _)| k.chars()).collect();
    let fold_bytes = serde_json::to_vec(&hanzi::pairs(|c| han.contains(&c))).unwrap_or_default();
    let fold_hash = out.put("h.", &fold_bytes, 8);
    let pinyin = pinyin(ix, &mut out)?;

    let n = ix.num_docs();
    let mut fields: Vec<Value> = TEXT_FIELDS
        .iter()
        .zip(&ix.fields)
        .map(|(&(name, boost), &f)| json!([name, boost, ix.total_tokens(f)]))
        .collect();
    fields.push(json!([IDS_FIELD.0, IDS_FIELD.1, ix.total_tokens(ix.ids)]));
    let norms: Vec<u32> = (0..=255u8).map(FieldNormReader::id_to_fieldnorm).collect();
    let entry = json!({
        "version": 5,
        "lang": ix.lang,
        "n": n,
        "fields": fields,
        "norms": norms,
        "expand": MAX_EXPANSIONS,
        "strip": MAX_STRIP,
        "typo": [TYPO_CHARS, TWO_TYPOS_CHARS, MAX_TYPOS, TYPO_WEIGHT],
        "vocab": vocab,
        "keys": firsts,
        "shards": shard_hashes,
        "places": place_hashes,
        "meta": meta_hashes,
        "chunk": CHUNK,
        "facets": facet_hash,
        "values": values,
        "fold": fold_hash,
        "pinyin": pinyin,
    });
    let mut files = out.files;
    files.push((
        format!("{dir}/index.json"),
        serde_json::to_vec(&entry).unwrap_or_default(),
    ));
    files.sort();
    Ok(files)
}

/// The pinyin files of an index with Chinese titles (see above), and what
/// the entry says of them: `[boost, tokens, hash of the keys file]`.
fn pinyin(ix: &LangIndex, out: &mut Packed) -> Result<Value, String> {
    /// A shard of readings closes once it is this large.
    const SHARD_BYTES: usize = 16 * 1024;
    let tokens = ix.total_tokens(ix.pinyin);
    if tokens == 0 {
        return Ok(Value::Null);
    }
    let (mut firsts, mut hashes) = (Vec::new(), String::new());
    let mut shard = String::from("[");
    let mut close = |shard: &mut String, out: &mut Packed| {
        shard.push(']');
        let bytes = std::mem::replace(shard, String::from("[")).into_bytes();
        let hash = out.put(&format!("y/{}.", hashes.len() / 8), &bytes, 8);
        hashes.push_str(&hash);
    };
    for term in ix.terms(ix.pinyin)? {
        if shard.len() == 1 {
            firsts.push(term.clone());
        } else {
            shard.push(',');
        }
        let postings = ix.postings(ix.pinyin, &term)?;
        shard.push_str(&format!(
            "[{},\"{}\"]",
            serde_json::to_string(&term).unwrap_or_default(),
            encode(&postings)
        ));
        if shard.len() >= SHARD_BYTES {
            close(&mut shard, out);
        }
    }
    if shard.len() > 1 {
        close(&mut shard, out);
    }
    let keys = serde_json::to_vec(&json!({
        "syllables": hanzi::syllables().join(" "),
        "keys": firsts,
        "shards": hashes,
    }))
    .unwrap_or_default();
    let hash = out.put("y/k.", &keys, 8);
    Ok(json!([PINYIN_FIELD.1, tokens, hash]))
}

/// A dictionary row: `[term, postings of each field or 0, …]`, trailing
/// zeros left out.
fn row(key: &str, entry: &Key) -> String {
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let mut cells = vec![quote(key)];
    cells.extend(entry.fields.iter().map(|p| {
        if p.is_empty() {
            "0".to_string()
        } else {
            format!("\"{}\"", encode(p))
        }
    }));
    while cells.last().is_some_and(|c| c == "0") {
        cells.pop();
    }
    format!("[{}]", cells.join(","))
}

/// A row of places: `[term, places of each text field or 0, …]`, each
/// field's the positions of each of its postings in turn (as many as the
/// posting's frequency), delta-encoded within the document; none for a
/// term of no text field.
fn places_row(key: &str, entry: &Key) -> Option<String> {
    let mut cells = vec![serde_json::to_string(key).unwrap_or_default()];
    cells.extend(entry.places.iter().map(|per_doc| {
        if per_doc.is_empty() {
            "0".to_string()
        } else {
            format!("\"{}\"", encode_places(per_doc))
        }
    }));
    while cells.last().is_some_and(|c| c == "0") {
        cells.pop();
    }
    (cells.len() > 1).then(|| format!("[{}]", cells.join(",")))
}

/// Each document's positions of a term, deltas from the one before (the
/// first from 0), one after the other.
pub fn encode_places(per_doc: &[Vec<u32>]) -> String {
    let mut out = String::new();
    for at in per_doc {
        let mut prev = 0;
        for &p in at {
            push_varint(&mut out, p - prev);
            prev = p;
        }
    }
    out
}

/// Every term of every field with its postings, by document rank.
fn dictionary(ix: &LangIndex) -> Result<BTreeMap<String, Key>, String> {
    let err = |e: tantivy::TantivyError| e.to_string();
    let searcher = ix.index.reader().map_err(err)?.searcher();
    let all_fields: Vec<_> = ix.fields.iter().copied().chain([ix.ids]).collect();
    type Lists = BTreeMap<String, Vec<(Posting, Vec<u32>)>>;
    let per_field: Vec<Result<Lists, String>> = all_fields
        .par_iter()
        .enumerate()
        .map(|(f, &field)| {
            let record = if f < ix.fields.len() {
                IndexRecordOption::WithFreqsAndPositions
            } else {
                IndexRecordOption::WithFreqs
            };
            let mut terms = Lists::new();
            for seg in searcher.segment_readers() {
                let column = seg.fast_fields().u64("ord").map_err(err)?;
                let ords: Vec<u32> = (0..seg.max_doc())
                    .map(|d| column.first(d).unwrap_or(u64::MAX) as u32)
                    .collect();
                let norms = seg.get_fieldnorms_reader(field).map_err(err)?;
                let inv = seg.inverted_index(field).map_err(err)?;
                let mut stream = inv.terms().stream().map_err(|e| e.to_string())?;
                while stream.advance() {
                    let key = String::from_utf8_lossy(stream.key()).into_owned();
                    let mut postings = inv
                        .read_postings_from_terminfo(stream.value(), record)
                        .map_err(|e| e.to_string())?;
                    let list = terms.entry(key).or_default();
                    let mut doc = postings.doc();
                    while doc != TERMINATED {
                        let mut at = Vec::new();
                        if record == IndexRecordOption::WithFreqsAndPositions {
                            postings.positions(&mut at);
                        }
                        list.push((
                            (
                                ords[doc as usize],
                                postings.term_freq(),
                                norms.fieldnorm_id(doc),
                            ),
                            at,
                        ));
                        doc = postings.advance();
                    }
                }
            }
            for list in terms.values_mut() {
                list.sort_unstable();
            }
            Ok(terms)
        })
        .collect();
    let mut keys: BTreeMap<String, Key> = BTreeMap::new();
    for (f, terms) in per_field.into_iter().enumerate() {
        for (term, list) in terms? {
            let key = keys.entry(term).or_default();
            let (postings, places): (Vec<Posting>, Vec<Vec<u32>>) = list.into_iter().unzip();
            key.fields[f] = postings;
            if let Some(slot) = key.places.get_mut(f) {
                *slot = places;
            }
        }
    }
    Ok(keys)
}

const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base-64 varint: five bits a character, low bits first, 32 marks "more".
fn push_varint(out: &mut String, mut v: u32) {
    loop {
        let low = (v & 31) as usize;
        v >>= 5;
        if v == 0 {
            out.push(DIGITS[low] as char);
            return;
        }
        out.push(DIGITS[low | 32] as char);
    }
}

/// A postings list: document deltas, frequencies and fieldnorm ids.
pub fn encode(postings: &[Posting]) -> String {
    let mut out = String::with_capacity(postings.len() * 3);
    let mut prev = 0;
    for (n, &(doc, tf, norm)) in postings.iter().enumerate() {
        push_varint(&mut out, if n == 0 { doc } else { doc - prev });
        push_varint(&mut out, tf);
        push_varint(&mut out, u32::from(norm));
        prev = doc;
    }
    out
}

/// Whether a shard of `len` bytes so far ends before `key`, whose row is
/// `row` bytes: by the key's own hash and row once the shard is
/// `SHARD_MIN` long, so that where shards end depends on the keys near the
/// end and not on every key before it.
fn boundary(key: &str, row: usize, len: usize) -> bool {
    if len >= SHARD_MAX {
        return true;
    }
    let h = blake3::hash(key.as_bytes());
    let b = h.as_bytes();
    let draw = u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64;
    len >= SHARD_MIN && draw * (BOUNDARY_SPAN as u64) < (row as u64) << 32
}

/// A file's JSON as published: gzip (level 9, no name, no time), which
/// `search.js` undoes itself, so a host serves it as it is and no `.gz`
/// or `.br` copy is needed beside it.
fn pack(json: &[u8]) -> Vec<u8> {
    let mut enc = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    // Writing to memory does not fail.
    let _ = enc.write_all(json);
    enc.finish().unwrap_or_default()
}

/// The first characters of a page's text, summary then body, cut where no
/// word is cut in two (`analysis::cut`).
fn excerpt(d: &Doc) -> String {
    let space = if d.summary.is_empty() { "" } else { " " };
    let mut out = String::new();
    let mut left = EXCERPT_CHARS;
    // The summary, a space, the body: their first characters, not a copy
    // of a whole page's text.
    for part in [d.summary.as_str(), space, d.body.as_str()] {
        let (end, chars) = part
            .char_indices()
            .take(left + 1)
            .fold((0, 0), |(_, n), (at, c)| (at + c.len_utf8(), n + 1));
        out.push_str(&part[..end]);
        left = left.saturating_sub(chars);
        if left == 0 {
            break;
        }
    }
    let end = analysis::cut(&out, EXCERPT_CHARS);
    out.truncate(end);
    out
}

/// Per facet, each document's value as an index into the facet's values
/// (0: none); and the values. Besides, each document's date (or null).
fn facets(docs: &[Doc]) -> (Value, Value) {
    let mut facets = serde_json::Map::new();
    let mut values = serde_json::Map::new();
    let columns: [(&str, Vec<Option<String>>); 5] = [
        (
            "kind",
            docs.iter().map(|d| Some(d.kind.to_string())).collect(),
        ),
        ("agency", docs.iter().map(|d| d.agency.clone()).collect()),
        ("topic", docs.iter().map(|d| d.topic.clone()).collect()),
        (
            "year",
            docs.iter().map(|d| d.year.map(|y| y.to_string())).collect(),
        ),
        (
            "validity",
            docs.iter()
                .map(|d| d.validity.map(str::to_string))
                .collect(),
        ),
    ];
    for (name, column) in columns {
        let mut distinct: Vec<String> = column.iter().flatten().cloned().collect();
        distinct.sort();
        distinct.dedup();
        let ids: Vec<usize> = column
            .iter()
            .map(|v| {
                v.as_ref()
                    .and_then(|v| distinct.binary_search(v).ok())
                    .map_or(0, |i| i + 1)
            })
            .collect();
        facets.insert(name.into(), json!(ids));
        values.insert(name.into(), json!(distinct));
    }
    // Dates are nearly all distinct: they stay in the facets file, as they
    // are, rather than as values in the entry file every query loads.
    let dates: Vec<Option<&str>> = docs.iter().map(|d| d.date.as_deref()).collect();
    facets.insert("date".into(), json!(dates));
    (Value::Object(facets), Value::Object(values))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_excerpt_is_the_start_of_the_summary_and_the_body() {
        let doc = |summary: &str, body: &str| Doc {
            ord: 0,
            url: "/a/".into(),
            title: "A".into(),
            kind: "page",
            date: None,
            year: None,
            agency: None,
            topic: None,
            validity: None,
            doc_no: None,
            text_lang: None,
            chinese: true,
            summary: summary.into(),
            body: body.into(),
            codes: String::new(),
            ids: Vec::new(),
        };
        let long = "大连市政府信息公开 Open government, 2024. ".repeat(40);
        for (summary, body) in [
            ("", ""),
            ("", "short body"),
            ("", long.as_str()),
            ("A summary.", "short body"),
            ("A summary.", long.as_str()),
            (long.as_str(), "the body"),
            (
                &long[..long.char_indices().nth(EXCERPT_CHARS - 1).unwrap().0],
                "x",
            ),
            (
                &long[..long.char_indices().nth(EXCERPT_CHARS).unwrap().0],
                "x",
            ),
        ] {
            let whole = if summary.is_empty() {
                body.to_string()
            } else {
                format!("{summary} {body}")
            };
            let expected = &whole[..analysis::cut(&whole, EXCERPT_CHARS)];
            assert_eq!(
                excerpt(&doc(summary, body)),
                expected,
                "{summary:?} {body:?}"
            );
        }
    }

    #[test]
    fn postings_encode_as_deltas_in_base64_varints() {
        assert_eq!(encode(&[(0, 1, 5), (2, 1, 40)]), "ABFCBoB");
    }

    #[test]
    fn places_encode_as_deltas_within_each_document() {
        assert_eq!(encode_places(&[vec![3, 5], vec![0], vec![40]]), "DCAoB");
    }
}
