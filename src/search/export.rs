//! Export: a language's tantivy index as static files for `search.js`, under
//! `search-index/<lang>/`. Only the entry file has a fixed name; every other
//! file is named by its content's hash, so a CDN may keep it forever.
//!
//! - `index.json`: counts and field statistics for BM25, tantivy's fieldnorm
//!   table, the first key of each dictionary shard, the hashes of the other files.
//! - `t/<n>.<hash>.json`: the dictionary in sorted shards, rows of an index
//!   term and its postings per field. The browser stems and folds a query's
//!   words itself (`snowball.js`), so terms are all it needs.
//! - `v/<k>.<hash>.json`: the vocabulary of words made of letters, `k`
//!   characters long, in order: what a mistyped word is compared with,
//!   fetched only for a word nothing has.
//! - `m/<n>.<hash>.json`: what a result shows (url, title, kind, date, …),
//!   `CHUNK` documents a file, in date order; the entry file lists the
//!   chunks' hashes in order, so an edit renames only its record's chunk.
//! - `f.<hash>.json`: each document's kind, agency, topic, year, validity
//!   and date, fetched only when a filter is used.
//! - `x/<hash>.json`: the start of a page's text, for the excerpt of a shown result.
//!
//! - `p/<n>.<hash>.json`: the same keys as `t/<n>`, each with where it
//!   stands in each document of its postings (for phrases, and to put the
//!   pages where a query's words stand together first), fetched only for a
//!   query of several words.
//!
//! - `h.<hash>.json`: the Traditional → Simplified pairs (`hanzi`), one
//!   string, fetched only for a query with a character no term has.
//! - `y/k.<hash>.json` and `y/<n>.<hash>.json`, where the edition has Chinese
//!   titles: the syllables of pinyin, the first key of each shard and their
//!   hashes; and the shards, rows of a reading (`dalian`) and its postings.
//!   Fetched only for a query of Latin letters, the shards only for one that
//!   splits into syllables.
//!
//! Postings are `(document delta, term frequency, fieldnorm id)` triples,
//! written as base-64 varints in a string: compact, and JSON all the same.

use std::collections::{BTreeMap, HashSet};

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
/// A dictionary shard closes once it is this large (a single key may exceed it).
const SHARD_BYTES: usize = 16 * 1024;
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

pub fn export(ix: &LangIndex, docs: &[Doc]) -> Result<Vec<(String, Vec<u8>)>, String> {
    let dir = folder(&ix.lang);
    let keys = dictionary(ix)?;
    let mut files = Vec::new();
    let (mut firsts, mut shard_hashes, mut place_hashes) = (Vec::new(), Vec::new(), Vec::new());
    let mut shard = String::from("[");
    // The same keys' places: fetched only for a query of several words.
    let mut places = String::from("[");
    let mut first = String::new();
    let mut close = |shard: &mut String,
                     places: &mut String,
                     first: &str,
                     files: &mut Vec<(String, Vec<u8>)>| {
        for (text, folder, hashes) in [
            (shard, "t", &mut shard_hashes),
            (places, "p", &mut place_hashes),
        ] {
            text.push(']');
            let bytes = std::mem::replace(text, String::from("[")).into_bytes();
            let hash = short_hash(&bytes);
            files.push((
                format!("{dir}/{folder}/{}.{hash}.json", firsts.len()),
                bytes,
            ));
            hashes.push(hash);
        }
        firsts.push(first.to_string());
    };
    for (key, entry) in &keys {
        if shard.len() == 1 {
            first = key.clone();
        } else {
            shard.push(',');
        }
        shard.push_str(&row(key, entry));
        if let Some(r) = places_row(key, entry) {
            if places.len() > 1 {
                places.push(',');
            }
            places.push_str(&r);
        }
        if shard.len() >= SHARD_BYTES {
            close(&mut shard, &mut places, &first, &mut files);
        }
    }
    if shard.len() > 1 {
        close(&mut shard, &mut places, &first, &mut files);
    }

    let mut chunks = Vec::new();
    // Pages with the same start share one excerpt file, written once.
    let mut excerpts = HashSet::new();
    for chunk in docs.chunks(CHUNK) {
        let rows: Vec<Value> = chunk
            .iter()
            .map(|d| {
                let excerpt = serde_json::to_vec(&excerpt(d)).unwrap_or_default();
                let name = short_hash(&excerpt);
                if excerpts.insert(name.clone()) {
                    files.push((format!("{dir}/x/{name}.json"), excerpt));
                }
                json!([
                    d.url,
                    d.title,
                    d.kind,
                    d.date,
                    d.agency,
                    d.topic,
                    d.validity,
                    d.text_lang,
                    name,
                    d.doc_no
                ])
            })
            .collect();
        chunks.push(serde_json::to_vec(&rows).unwrap_or_default());
    }
    // Each chunk named by its own hash: a record's edit renames its chunk
    // only, not every chunk of the language.
    let mut meta_hashes = String::with_capacity(chunks.len() * 8);
    for (n, bytes) in chunks.into_iter().enumerate() {
        let hash = short_hash(&bytes);
        files.push((format!("{dir}/m/{n}.{hash}.json"), bytes));
        meta_hashes.push_str(&hash);
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
        let bytes = serde_json::to_vec(&words).unwrap_or_default();
        let hash = short_hash(&bytes);
        files.push((format!("{dir}/v/{k}.{hash}.json"), bytes));
        vocab.push(json!([k, hash]));
    }

    let (facets, values) = facets(docs);
    let facet_bytes = serde_json::to_vec(&facets).unwrap_or_default();
    let facet_hash = short_hash(&facet_bytes);
    files.push((format!("{dir}/f.{facet_hash}.json"), facet_bytes));

    let fold_bytes = serde_json::to_vec(&hanzi::pairs()).unwrap_or_default();
    let fold_hash = short_hash(&fold_bytes);
    files.push((format!("{dir}/h.{fold_hash}.json"), fold_bytes));
    let pinyin = pinyin(ix, &dir, &mut files)?;

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
        "shards": shard_hashes.concat(),
        "places": place_hashes.concat(),
        "meta": meta_hashes,
        "chunk": CHUNK,
        "facets": facet_hash,
        "values": values,
        "fold": fold_hash,
        "pinyin": pinyin,
    });
    files.push((
        format!("{dir}/index.json"),
        serde_json::to_vec(&entry).unwrap_or_default(),
    ));
    files.sort();
    Ok(files)
}

/// The pinyin files of an index with Chinese titles (see above), and what
/// the entry says of them: `[boost, tokens, hash of the keys file]`.
fn pinyin(ix: &LangIndex, dir: &str, files: &mut Vec<(String, Vec<u8>)>) -> Result<Value, String> {
    let tokens = ix.total_tokens(ix.pinyin);
    if tokens == 0 {
        return Ok(Value::Null);
    }
    let (mut firsts, mut hashes) = (Vec::new(), String::new());
    let mut shard = String::from("[");
    let mut close = |shard: &mut String, files: &mut Vec<(String, Vec<u8>)>| {
        shard.push(']');
        let bytes = std::mem::replace(shard, String::from("[")).into_bytes();
        let hash = short_hash(&bytes);
        files.push((format!("{dir}/y/{}.{hash}.json", hashes.len() / 8), bytes));
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
            close(&mut shard, files);
        }
    }
    if shard.len() > 1 {
        close(&mut shard, files);
    }
    let keys = serde_json::to_vec(&json!({
        "syllables": hanzi::syllables().join(" "),
        "keys": firsts,
        "shards": hashes,
    }))
    .unwrap_or_default();
    let hash = short_hash(&keys);
    files.push((format!("{dir}/y/k.{hash}.json"), keys));
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

fn short_hash(bytes: &[u8]) -> String {
    blake3::hash(bytes).to_hex()[..8].to_string()
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
