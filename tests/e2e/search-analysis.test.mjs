// search.js's analysis against the vectors the Rust tests run too
// (tests/search-vectors.json), so the two analyzers cannot drift; and its
// postings decoder against the encoding the export writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, decode, decodePlaces, cmp, edits, fold, correctedQuery, phrasesOf, occurs, highlight, cut, setFolding, splitPinyin, pinyinTerms } from '../../src/search/search.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { vectors, phrases, cuts, pinyin } = JSON.parse(fs.readFileSync(path.join(here, '..', 'search-vectors.json'), 'utf8'));
// The tables as the export writes them: the pairs (`hanzi::pairs`, here every pair, where an edition keeps those its terms need) and the syllables.
const table = (name) => fs.readFileSync(path.join(here, '..', '..', 'src', 'text', name), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
setFolding(table('t2s.txt').join(''));
const syllables = new Set(table('pinyin.txt').map((l) => l.split(' ')[0]));

test('search.js gives the tokens and the terms of every shared vector', () => {
  assert.ok(vectors.length >= 20);
  for (const v of vectors) {
    const tokens = analyze(v.text, v.lang);
    assert.deepEqual(tokens.map((t) => t.surface), v.tokens, `${v.lang}: ${v.text}`);
    assert.deepEqual(tokens.map((t) => t.term), v.terms, `${v.lang}: ${v.text}`);
    assert.deepEqual(tokens.map((t) => t.position), v.positions, `${v.lang}: ${v.text}`);
  }
});

test('search.js splits and reads the pinyin queries of the shared vectors', () => {
  assert.ok(pinyin.length >= 10);
  for (const v of pinyin) {
    const got = splitPinyin(v.query, syllables);
    assert.deepEqual(got, v.syllables, v.query);
    assert.deepEqual(got ? pinyinTerms(got) : [], v.terms, v.query);
  }
});

test('search.js finds the quoted phrases and the words to stand together of every shared vector', () => {
  assert.ok(phrases.length >= 10);
  for (const v of phrases) {
    const tokens = analyze(v.query, v.lang);
    const terms = [];
    const ofToken = tokens.map((t) => {
      if (!terms.includes(t.term)) terms.push(t.term);
      return terms.indexOf(t.term);
    });
    const got = phrasesOf(v.query, tokens, ofToken);
    assert.deepEqual(got.phrases, v.phrases, v.query);
    assert.deepEqual(got.adjacent, v.adjacent, v.query);
  }
});

test('excerpts end where the shared vectors say no word is cut', () => {
  assert.ok(cuts.length >= 5);
  for (const v of cuts) assert.equal(v.text.slice(0, cut(v.text, v.chars)), v.head, `${v.text} at ${v.chars}`);
});

test('a highlighted window cuts no word in two at either end', () => {
  const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliett kilo lima mike november oscar papa quebec';
  const text = `${words} permiso ${words}`;
  for (const width of [30, 41, 57, 80]) {
    const pieces = highlight(text, ['permiso'], width, 'es');
    const shown = pieces.map(([t]) => t).join('').replace(/^…|…$/g, '');
    assert.ok(shown.includes('permiso'), shown);
    const start = text.indexOf(shown);
    assert.ok(start >= 0, shown);
    const end = start + shown.length;
    assert.ok(start === 0 || !/\p{L}/u.test(text[start - 1]) || !/\p{L}/u.test(text[start]), `starts mid-word: ${shown}`);
    assert.ok(end === text.length || !/\p{L}/u.test(text[end - 1]) || !/\p{L}/u.test(text[end]), `ends mid-word: ${shown}`);
  }
});

test('a phrase occurs where its clauses stand at their distances, in one field', () => {
  // Clause 0 in field 0 at 3 and 9, clause 1 at 4 in field 0 and 10 in field 1.
  const places = [
    [new Map([[7, [3, 9]]]), new Map()],
    [new Map([[7, [4]]]), new Map([[7, [10]]])],
  ];
  assert.equal(occurs([[0, 0], [1, 1]], places, 7), true);
  assert.equal(occurs([[0, 0], [1, 2]], places, 7), false);
  assert.equal(occurs([[1, 0], [0, 5]], places, 7), true);
  assert.equal(occurs([[0, 0], [1, 1]], places, 8), false);
});

test('a phrase is marked whole with its little words, and scattered words are not', () => {
  const want = (...xs) => new Set(xs);
  const marks = { surfaces: [], phrases: [[[want('permiso'), 0], [want('de'), 1], [want('trabajo'), 2]]] };
  const text = 'El trabajo de hoy. Solicite el permiso de trabajo aquí.';
  const marked = highlight(text, marks, 220, 'es').filter(([, m]) => m).map(([t]) => t);
  assert.deepEqual(marked, ['permiso de trabajo']);
  const words = highlight(text, ['trabajo'], 220, 'es').filter(([, m]) => m).map(([t]) => t);
  assert.deepEqual(words, ['trabajo', 'trabajo']);
});

test('folding takes accents off Latin letters and ё to е, one character for one', () => {
  assert.equal(fold('Ñandú çøłđ ǿ ß æ ёлка й'), 'Nandu cold o ß æ елка й');
});

test('edits count insertions, deletions, substitutions and swaps of neighbours', () => {
  const e = (a, b, most = 2) => edits([...a], [...b], most);
  assert.equal(e('govern', 'govern'), 0);
  assert.equal(e('goverm', 'govern'), 1);
  assert.equal(e('gvoern', 'govern'), 1);
  assert.equal(e('gover', 'govern'), 1);
  assert.equal(e('govenrment', 'government'), 1);
  assert.equal(e('gobermant', 'government'), 3);
  assert.equal(e('a', 'abcd', 2), 3, 'more than `most` apart by length alone');
  assert.equal(e('', 'ab'), 2);
});

test('the corrected query puts the shown word in place of the mistyped one', () => {
  assert.equal(correctedQuery('Foreign Investmnet rules', [{ from: 8, to: 18, shown: 'invest' }]), 'foreign invest rules');
});

test('postings decode from deltas in base-64 varints, as src/search/export.rs encodes them', () => {
  assert.deepEqual(decode('ABFCBoB'), [[0, 1, 5], [2, 1, 40]]);
});

test('places decode as deltas within each document, as many as each posting\'s frequency', () => {
  const got = decodePlaces('DCAoB', [[0, 2, 1], [4, 1, 1], [9, 1, 3]]);
  assert.deepEqual([...got], [[0, [3, 5]], [4, [0]], [9, [40]]]);
});

test('terms compare by code point, as Rust orders them', () => {
  assert.ok(cmp('\u{FFFD}', '\u{20000}') < 0, 'a supplementary character sorts after the BMP');
  assert.ok(cmp('ab', 'abc') < 0);
});
