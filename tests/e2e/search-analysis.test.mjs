// search.js's analysis against the vectors the Rust tests run too
// (tests/search-vectors.json), so the two analyzers cannot drift; and its
// postings decoder against the encoding the export writes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze, decode, cmp } from '../../src/search/search.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const { vectors } = JSON.parse(fs.readFileSync(path.join(here, '..', 'search-vectors.json'), 'utf8'));

test('search.js gives the tokens of every shared vector', () => {
  assert.ok(vectors.length >= 12);
  for (const v of vectors) {
    assert.deepEqual(analyze(v.text).map((t) => t.surface), v.tokens, `${v.lang}: ${v.text}`);
  }
});

test('postings decode from deltas in base-64 varints, as src/search/export.rs encodes them', () => {
  assert.deepEqual(decode('ABFCBoB'), [[0, 1, 5], [2, 1, 40]]);
});

test('terms compare by code point, as Rust orders them', () => {
  assert.ok(cmp('\u{FFFD}', '\u{20000}') < 0, 'a supplementary character sorts after the BMP');
  assert.ok(cmp('ab', 'abc') < 0);
});
