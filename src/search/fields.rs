//! How a document becomes tantivy's: the text fields' terms, analysed on
//! every core beforehand and split again by a whitespace tokenizer that
//! works a byte at a time, and the identifier and filter fields beside them.

use tantivy::schema::document::{ReferenceValue, ReferenceValueLeaf};
use tantivy::schema::{Document, Field, Schema, Value};
use tantivy::tokenizer::{PreTokenizedString, Token as TantivyToken, TokenStream, Tokenizer};

use super::Doc;
use super::analysis::{self, Stem};
/// Scored text fields and their boosts, in the order scores are summed.
pub const TEXT_FIELDS: [(&str, f32); 4] = [
    ("title", 2.0),
    ("summary", 1.0),
    ("body", 1.0),
    ("codes", 1.0),
];
/// Identifiers indexed whole: a pasted document or index number ranks its record first.
pub const IDS_FIELD: (&str, f32) = ("ids", 10.0);
/// The readings of a Chinese title's pairs of characters (`hanzi::terms`):
/// a query in pinyin finds it, below the pages its letters find.
pub const PINYIN_FIELD: (&str, f32) = ("pinyin", 1.0);

pub(super) fn err(e: impl std::fmt::Display) -> String {
    e.to_string()
}

/// The tokenizer of the text fields (`TERMS`): terms as `analysis` found
/// them, each led by what tells its position from the one before: a space
/// the next position, a tab the same one (a second term of a word, a
/// compound), a line feed the one after next (`analysis::analyze_with`).
/// Terms have no ASCII white space, and no byte of a longer UTF-8 sequence
/// is ASCII, so the text splits a byte at a time.
#[derive(Clone, Default)]
pub(super) struct Terms {
    pub(super) token: TantivyToken,
}

pub(super) struct TermStream<'a> {
    pub(super) text: &'a str,
    /// Where the rest of the text starts.
    pub(super) at: usize,
    /// A term has been read.
    pub(super) started: bool,
    pub(super) token: &'a mut TantivyToken,
}

impl Tokenizer for Terms {
    type TokenStream<'a> = TermStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> TermStream<'a> {
        self.token.reset();
        TermStream {
            text,
            at: 0,
            started: false,
            token: &mut self.token,
        }
    }
}

/// What the separator before a term adds to the position of the term before.
pub(super) fn step(separator: &[u8]) -> usize {
    if separator.contains(&b'\t') {
        0
    } else if separator.contains(&b'\n') {
        2
    } else {
        1
    }
}

/// The separator that gives a term at `position` after one at `before`.
pub(super) fn separator(before: u32, position: u32) -> char {
    match position.saturating_sub(before) {
        0 => '\t',
        1 => ' ',
        _ => '\n',
    }
}

impl TokenStream for TermStream<'_> {
    fn advance(&mut self) -> bool {
        self.token.text.clear();
        let bytes = self.text.as_bytes();
        let Some(from) = bytes[self.at..]
            .iter()
            .position(|b| !b.is_ascii_whitespace())
            .map(|n| self.at + n)
        else {
            self.at = bytes.len();
            return false;
        };
        self.token.position = if self.started {
            self.token.position + step(&bytes[self.at..from])
        } else {
            0
        };
        self.started = true;
        let to = bytes[from..]
            .iter()
            .position(u8::is_ascii_whitespace)
            .map_or(bytes.len(), |n| from + n);
        self.token.offset_from = from;
        self.token.offset_to = to;
        self.token.text.push_str(&self.text[from..to]);
        self.at = to;
        true
    }

    fn token(&self) -> &TantivyToken {
        self.token
    }

    fn token_mut(&mut self) -> &mut TantivyToken {
        self.token
    }
}

/// How many documents are analysed together before they are added.
pub(super) const ANALYSED_AT_ONCE: usize = 256;

/// The fields of an index.
pub(super) struct Fields {
    pub(super) text: Vec<Field>,
    pub(super) ids: Field,
    pub(super) pinyin: Field,
    pub(super) ord: Field,
    pub(super) year: Field,
    pub(super) kind: Field,
    pub(super) agency: Field,
    pub(super) topic: Field,
    pub(super) validity: Field,
}

impl Fields {
    /// The fields of `schema` (the one `schema()` makes).
    pub(super) fn of(schema: &Schema) -> Result<Fields, String> {
        let f = |n: &str| schema.get_field(n).map_err(err);
        Ok(Fields {
            text: TEXT_FIELDS
                .iter()
                .map(|(n, _)| f(n))
                .collect::<Result<_, _>>()?,
            ids: f(IDS_FIELD.0)?,
            pinyin: f(PINYIN_FIELD.0)?,
            ord: f("ord")?,
            year: f("year")?,
            kind: f("kind")?,
            agency: f("agency")?,
            topic: f("topic")?,
            validity: f("validity")?,
        })
    }

    /// A document as the index takes it.
    pub(super) fn doc(&self, d: &Doc, stem: &mut Stem) -> IndexDoc {
        let mut doc = IndexDoc(Vec::with_capacity(12));
        for (field, text) in self.text.iter().zip(d.texts()) {
            let mut terms = String::with_capacity(text.len());
            let mut before = 0;
            analysis::analyze_with(text, stem, |_, term, also, _, _, position| {
                if !terms.is_empty() {
                    terms.push(separator(before, position));
                }
                terms.push_str(term);
                if let Some(also) = also {
                    terms.push('\t');
                    terms.push_str(also);
                }
                before = position;
            });
            doc.0.push((*field, Val::Text(terms)));
        }
        let whole = d
            .ids
            .iter()
            .map(|s| analysis::identifier(s))
            .filter(|s| !s.is_empty());
        doc.0.push((self.ids, Val::Tokens(pretokenized(whole))));
        if d.chinese {
            let title = super::hanzi::fold(&analysis::normalize(&d.title)).into_owned();
            let terms = super::hanzi::terms(&title).into_iter();
            doc.0.push((self.pinyin, Val::Tokens(pretokenized(terms))));
        }
        doc.0.push((self.ord, Val::U64(u64::from(d.ord))));
        doc.0.push((self.kind, Val::Text(d.kind.to_string())));
        for (field, value) in [
            (self.agency, d.agency.as_deref()),
            (self.topic, d.topic.as_deref()),
            (self.validity, d.validity),
        ] {
            if let Some(v) = value {
                doc.0.push((field, Val::Text(v.to_string())));
            }
        }
        if let Some(y) = d.year {
            doc.0.push((self.year, Val::U64(u64::from(y))));
        }
        doc
    }
}

/// Terms as tantivy takes them pre-tokenized. Only the terms are indexed
/// (no positions, nothing stored), so the text and offsets are left out.
pub(super) fn pretokenized(terms: impl Iterator<Item = String>) -> PreTokenizedString {
    PreTokenizedString {
        text: String::new(),
        tokens: terms
            .enumerate()
            .map(|(position, text)| TantivyToken {
                offset_from: 0,
                offset_to: 0,
                position,
                text,
                position_length: 1,
            })
            .collect(),
    }
}

/// A document as the index takes it. tantivy's own document type keeps
/// pre-tokenized text as JSON, written when the field is added and parsed
/// again when it is indexed (an eighth of a cold build's time); this one
/// hands the tokens over as they are.
#[derive(Debug)]
pub(super) struct IndexDoc(Vec<(Field, Val)>);

#[derive(Debug)]
pub(super) enum Val {
    Tokens(PreTokenizedString),
    Text(String),
    U64(u64),
}

impl<'a> Value<'a> for &'a Val {
    type ArrayIter = std::iter::Empty<&'a Val>;
    type ObjectIter = std::iter::Empty<(&'a str, &'a Val)>;

    fn as_value(&self) -> ReferenceValue<'a, Self> {
        ReferenceValue::Leaf(match *self {
            Val::Tokens(t) => ReferenceValueLeaf::PreTokStr(Box::new(t.clone())),
            Val::Text(s) => ReferenceValueLeaf::Str(s),
            Val::U64(n) => ReferenceValueLeaf::U64(*n),
        })
    }
}

pub(super) type FieldValues<'a> =
    std::iter::Map<std::slice::Iter<'a, (Field, Val)>, fn(&'a (Field, Val)) -> (Field, &'a Val)>;

impl Document for IndexDoc {
    type Value<'a> = &'a Val;
    type FieldsValuesIter<'a> = FieldValues<'a>;

    fn iter_fields_and_values(&self) -> FieldValues<'_> {
        self.0.iter().map(|(f, v)| (*f, v))
    }
}
