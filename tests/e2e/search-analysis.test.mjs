// search.js's analysis against the vectors the Rust tests run too
// (tests/search-vectors.json), so the two analyzers cannot drift; and its
// postings decoder against the encoding the export writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, decode, cmp, edits, fold, correctedQuery } from '../../src/search/search.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { vectors } = JSON.parse(fs.readFileSync(path.join(here, '..', 'search-vectors.json'), 'utf8'));

test('search.js gives the tokens and the terms of every shared vector', () => {
  assert.ok(vectors.length >= 20);
  for (const v of vectors) {
    const tokens = analyze(v.text, v.lang);
    assert.deepEqual(tokens.map((t) => t.surface), v.tokens, `${v.lang}: ${v.text}`);
    assert.deepEqual(tokens.map((t) => t.term), v.terms, `${v.lang}: ${v.text}`);
  }
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

test('terms compare by code point, as Rust orders them', () => {
  assert.ok(cmp('\u{FFFD}', '\u{20000}') < 0, 'a supplementary character sorts after the BMP');
  assert.ok(cmp('ab', 'abc') < 0);
});
