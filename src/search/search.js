// Search in the browser: the static index under /search-index/<lang>/ read
// with no server, no dependency and no WebAssembly. The analysis and the
// ranking mirror gongkai's Rust side (src/text/analysis.rs, src/search/index.rs) step
// by step, so a reader gets what `gongkai search` gets: NFKC + lowercase,
// bigrams for CJK runs, words stemmed by the same Snowball algorithms
// (snowball.js: the theme ships each edition's client with its own
// language's stemmer before this file, src/theme/script.rs) and
// folded, Traditional Chinese folded to Simplified (the table fetched when a
// query needs it), pinyin queries read as Chinese titles, compounds such as `2.3.4` whole, corrections of mistyped words
// from the vocabulary, tantivy's BM25 in 32-bit floats, ties in date order.

import { stem } from './snowball.js';

const f = Math.fround;
const K1 = f(1.2);
const B = f(0.75);
const MAX_WORD_CHARS = 64;
const LETTER = /[\p{Alphabetic}\p{N}]/u;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}]/u;
const ALPHABETIC = /^\p{Alphabetic}+$/u;
const JOINERS = ['.', '-', '/', '_'];
const WHITE = /\p{White_Space}/u;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/u;
const DIGIT_CHAR = /^[0-9]$/;

// --- Analysis --------------------------------------------------------------

export function normalize(text) {
  return text.normalize('NFKC').toLowerCase();
}

// Folding (analysis.rs, `fold_char`): Latin letters lose their diacritics,
// ё becomes е; one character for one.
const LATIN = [[0x00c0, 0x024f], [0x1e00, 0x1eff]];
const FOLD_SPECIAL = new Map([['ё', 'е'], ['Ё', 'Е'], ['ø', 'o'], ['Ø', 'o'], ['đ', 'd'], ['Đ', 'd'], ['ł', 'l'], ['Ł', 'l'], ['ħ', 'h'], ['Ħ', 'h']]);
const MARKS = /^[\u0300-\u036f]+$/;
const ASCII = /^[\x00-\x7f]*$/;

export function foldChar(c) {
  const special = FOLD_SPECIAL.get(c);
  if (special !== undefined) return special;
  const code = c.codePointAt(0);
  if (!LATIN.some(([lo, hi]) => code >= lo && code <= hi)) return c;
  const d = c.normalize('NFD');
  if (!(d.length > 1 && MARKS.test(d.slice(1)))) return c;
  return FOLD_SPECIAL.get(d[0]) ?? d[0];
}

export function fold(text) {
  if (ASCII.test(text)) return text;
  let out = '';
  for (const c of text) out += foldChar(c);
  return out;
}

// Traditional → Simplified (`hanzi`): the pairs of the index's `h.` file,
// fetched when a query has a character no term has. Until then text is left
// as it is: the index's terms are folded already, so a query whose every
// CJK token is a term folds to itself. Each edition's file holds the pairs
// its own terms need; a page that opens several editions (the hint of
// other editions' results) adds each one's pairs to the one table: they are
// all pairs of the same mapping.
let T2S = null;

/** Adds the pairs of a string of pairs (`hanzi::pairs`) to the table. */
export function setFolding(pairs) {
  const cs = [...pairs];
  T2S ??= new Map();
  for (let i = 0; i + 1 < cs.length; i += 2) T2S.set(cs[i], cs[i + 1]);
}

/** A text with each Traditional character folded (`hanzi::fold`): the same length. */
export function foldHan(text) {
  if (!T2S) return text;
  let out = '';
  for (const c of text) out += T2S.get(c) ?? c;
  return out;
}

/** The syllables of a query in pinyin (`hanzi::split`), or null; `known` a Set of syllables. */
export function splitPinyin(query, known) {
  const t = fold(normalize(query)).trim();
  if (!t || !/^[a-z' ]+$/.test(t)) return null;
  const words = t.split(/[ ']/).filter((w) => w).map((w) => w.replaceAll('v', 'u'));
  const word = (w, first) => {
    if (!w) return [];
    for (let len = Math.min(first, 6, w.length); len >= 1; len--) {
      if (!known.has(w.slice(0, len))) continue;
      const rest = word(w.slice(len), 6);
      if (rest) return [w.slice(0, len), ...rest];
    }
    return null;
  };
  let out = [];
  for (const w of words) {
    const got = word(w, 6);
    if (!got) return null;
    out.push(...got);
  }
  if (out.length === 1) out = word(words[0], words[0].length - 1);
  return out && out.length >= 2 ? out : null;
}

/** The readings a query's syllables look up (`hanzi::query_terms`). */
export function pinyinTerms(syllables) {
  const out = [];
  for (let i = 0; i + 1 < syllables.length; i++) {
    const term = syllables[i] + syllables[i + 1];
    if (!out.includes(term)) out.push(term);
  }
  return out;
}

function charClass(c) {
  if (!LETTER.test(c)) return 0;
  return CJK.test(c) ? 1 : 2;
}

/**
 * The end (UTF-16) of the longest start of `text` at most `chars` characters
 * long that cuts no word in two, CJK text between any two characters
 * (`analysis::cut`); a word longer than the whole start is cut where it ends.
 */
export function cut(text, chars) {
  const cs = [...text];
  if (cs.length <= chars) return text.length;
  const units = (k) => cs.slice(0, k).join('').length;
  if (charClass(cs[chars]) !== 2) return units(chars);
  let k = chars;
  while (k > 0 && charClass(cs[k - 1]) === 2) k--;
  return units(k > 0 ? k : chars);
}

/** Whether a cut at `i` (UTF-16) would split a word: word characters on both sides. */
function inWord(text, i) {
  if (i <= 0 || i >= text.length) return false;
  const before = String.fromCodePoint(text.codePointAt(i - 1 - (/[\udc00-\udfff]/.test(text[i - 1]) ? 1 : 0)));
  const after = String.fromCodePoint(text.codePointAt(i));
  return charClass(before) === 2 && charClass(after) === 2;
}

export function isCjk(surface) {
  const c = [...surface][0];
  return c !== undefined && charClass(c) === 1;
}

/** Whether a surface is a compound (`2.3.4`). */
export function isCompound(surface) {
  return JOINERS.some((j) => surface.includes(j));
}

/** Whether a word may be a typo or a correction: letters only, no CJK. */
export function correctable(word) {
  return ALPHABETIC.test(word) && ![...word].some((c) => charClass(c) === 1);
}

/**
 * The tokens of a text, each {surface, term, from, to, position} (UTF-16
 * offsets of the normalised text): `analysis::analyze` step by step. `lang`
 * picks the stemmer; the index's second terms (`also`) are the index's
 * business. Positions as `analysis::analyze_with` gives them: the next for
 * each token, one more skipped across anything but white space, a compound
 * at its last part's.
 */
export function analyze(text, lang = '') {
  const norm = foldHan(normalize(text));
  const tokens = [];
  let gap = false;
  const out = {
    push(t) {
      const last = tokens[tokens.length - 1];
      if (!last) t.position = 0;
      else if (isCompound(t.surface)) t.position = last.position;
      else t.position = last.position + (gap ? 2 : 1);
      gap = false;
      tokens.push(t);
    },
  };
  let run = [];
  let runClass = 0;
  // Words joined by single joiners with a digit beside each joint.
  const chain = { from: 0, to: 0, parts: 0, reading: false };
  const flushChain = () => {
    const t = norm.slice(chain.from, chain.to);
    if (chain.parts >= 2 && [...t].length <= MAX_WORD_CHARS) {
      const surface = fold(t);
      out.push({ surface, term: surface, from: chain.from, to: chain.to });
    }
    chain.parts = 0;
    chain.reading = false;
  };
  const chainWord = (from, to) => {
    if (chain.parts > 0 && chain.reading && from === chain.to + 1) {
      chain.to = to;
      chain.parts += 1;
      chain.reading = false;
    } else {
      flushChain();
      Object.assign(chain, { from, to, parts: 1 });
    }
  };
  const nextChar = (at, c, cl) => {
    if (chain.parts === 0) return;
    let goesOn;
    if (at === chain.to) {
      goesOn = JOINERS.includes(c);
    } else if (at === chain.to + 1) {
      chain.reading = cl === 2 && (DIGIT_CHAR.test(c) || DIGIT_CHAR.test(norm[chain.to - 1] ?? ''));
      goesOn = chain.reading;
    } else {
      goesOn = chain.reading && cl === 2;
    }
    if (!goesOn) flushChain();
  };
  const endRun = (end) => {
    if (runClass === 1 && run.length === 1) {
      out.push({ surface: run[0][1], term: run[0][1], from: run[0][0], to: end });
    } else if (runClass === 1) {
      for (let i = 0; i + 1 < run.length; i++) {
        const pair = run[i][1] + run[i + 1][1];
        out.push({ surface: pair, term: pair, from: run[i][0], to: run[i + 1][0] + run[i + 1][1].length });
      }
    } else if (runClass === 2 && run.length > 0 && run.length <= MAX_WORD_CHARS) {
      const word = run.map((r) => r[1]).join('');
      out.push({ surface: fold(word), term: fold(stem(lang, word)), from: run[0][0], to: end });
      chainWord(run[0][0], end);
    }
    run = [];
  };
  let at = 0;
  for (const c of norm) {
    const cl = charClass(c);
    if (cl !== runClass && run.length > 0) endRun(at);
    runClass = cl;
    nextChar(at, c, cl);
    if (cl !== 0) run.push([at, c]);
    else if (!WHITE.test(c)) gap = true;
    at += c.length;
  }
  endRun(norm.length);
  flushChain();
  return tokens;
}

// Quotation marks that open a phrase, each with those that close it (`analysis::QUOTES`).
const QUOTES = new Map([['"', '"”“'], ['“', '”"“'], ['„', '“”"'], ['«', '»'], ['「', '」'], ['『', '』']]);

/** The quoted parts of a normalised query as [from, to] (UTF-16), a phrase left open to the end. */
export function quoted(norm) {
  const out = [];
  let open = null;
  let at = 0;
  for (const c of norm) {
    if (open) {
      if (open[1].includes(c)) {
        out.push([open[0], at]);
        open = null;
      }
    } else if (QUOTES.has(c)) {
      open = [at + c.length, QUOTES.get(c)];
    }
    at += c.length;
  }
  if (open) out.push([open[0], norm.length]);
  return out;
}

/**
 * The quoted phrases of a query and, when there are none, the words that
 * should stand together (`index::phrases`): each [[clause, distance], …].
 */
export function phrasesOf(query, tokens, ofToken) {
  // A space typed between two Chinese or Japanese bigrams (`营商 环境`)
  // stands for the bigram the text has across it, one position more.
  const unspaced = (c) => c !== undefined && isCjk(c) && !HANGUL.test(c);
  const spaced = (a, b) => b.position === a.position + 1 && a.to <= b.from && [...a.surface].length === 2
    && [...b.surface].length === 2 && unspaced([...a.surface][1]) && unspaced([...b.surface][0]);
  const of = (ks) => {
    let off = 0;
    return ks.map((k, i) => {
      if (i > 0) off += tokens[k].position - tokens[ks[i - 1]].position + (spaced(tokens[ks[i - 1]], tokens[k]) ? 1 : 0);
      return [ofToken[k], off];
    });
  };
  const spans = quoted(normalize(query));
  const phrases = spans
    .map(([a, b]) => tokens.map((t, k) => k).filter((k) => a <= tokens[k].from && tokens[k].to <= b))
    .filter((ks) => ks.length >= 2)
    .map(of);
  // Words as typed: the overlapping bigrams of one CJK run are one word.
  const words = tokens.filter((t, k) => k === 0 || tokens[k - 1].to <= t.from).length;
  const adjacent = !spans.length && words >= 2 ? of(tokens.map((t, k) => k)) : null;
  const quotedTokens = tokens.map((t, k) => k).filter((k) => spans.some(([a, b]) => a <= tokens[k].from && tokens[k].to <= b));
  return { phrases, adjacent, quotedTokens };
}

/** Whether a phrase occurs in document `d` in one field (`index::occurs`); places[clause][field] is a Map doc → sorted positions. */
export function occurs(phrase, places, d) {
  if (!phrase.length) return false;
  const [first] = phrase[0];
  for (let fi = 0; fi < places[first].length; fi++) {
    const starts = places[first][fi].get(d);
    if (!starts) continue;
    for (const p of starts) {
      if (phrase.every(([c, off]) => places[c][fi].get(d)?.includes(p + off))) return true;
    }
  }
  return false;
}

/** The edits from `a` to `b` (arrays of characters), as `index::edits` counts them. */
export function edits(a, b, most) {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  if (a.length === 0) return b.length;
  // Three rows of the table: two back, one back, this one.
  let rows = [new Array(b.length + 1).fill(0), new Array(b.length + 1).fill(0), [...Array(b.length + 1).keys()]];
  for (let i = 1; i <= a.length; i++) {
    rows = [rows[1], rows[2], rows[0]];
    rows[2][0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[1][j] + 1, rows[2][j - 1] + 1, rows[1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[0][j - 2] + 1);
      rows[2][j] = d;
    }
  }
  return rows[2][b.length];
}

/** An identifier as indexed whole. */
export function identifier(text) {
  return normalize(text).trim();
}

/** Compares strings by code point, as Rust orders its terms. */
export function cmp(a, b) {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0) - y[i].codePointAt(0);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}

// --- The index --------------------------------------------------------------

const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DIGIT = new Map([...DIGITS].map((c, i) => [c, i]));

/** Base-64 varints, as numbers. */
function varints(s) {
  const nums = [];
  let v = 0;
  let shift = 0;
  for (const c of s) {
    const d = DIGIT.get(c);
    v += (d & 31) * 2 ** shift;
    if (d & 32) {
      shift += 5;
    } else {
      nums.push(v);
      v = 0;
      shift = 0;
    }
  }
  return nums;
}

/**
 * Where a term stands in each document of its postings (`export::encode_places`):
 * a Map doc → positions, the frequencies telling how many each has.
 */
export function decodePlaces(s, postings) {
  const nums = varints(s);
  const out = new Map();
  let i = 0;
  for (const [doc, tf] of postings) {
    const at = [];
    let p = 0;
    for (let k = 0; k < tf; k++) at.push((p += nums[i++]));
    out.set(doc, at);
  }
  return out;
}

/** Postings `[[doc, tf, normId], …]` from base-64 varints of deltas. */
export function decode(s) {
  const out = [];
  const nums = varints(s);
  let doc = 0;
  for (let i = 0; i + 2 < nums.length; i += 3) {
    doc = i === 0 ? nums[i] : doc + nums[i];
    out.push([doc, nums[i + 1], nums[i + 2]]);
  }
  return out;
}

const expandable = (s) => [...s].length >= 2 || isCjk(s);

/** One language's index; `load(path)` fetches a file below the index folder and parses its JSON. */
export class Index {
  constructor(entry, load) {
    this.entry = entry;
    this.load = load;
    this.shards = new Map();
    this.chunks = new Map();
    // Whether this edition's Traditional → Simplified pairs are in the table.
    this.folded = false;
    this.fields = entry.fields.map(([name, boost, tokens]) => {
      const avg = f(f(tokens) / f(entry.n));
      const cache = entry.norms.map((norm) => f(K1 * f(f(1 - B) + f(f(B * f(norm)) / avg))));
      return { name, boost: f(boost), cache };
    });
    if (entry.pinyin) {
      const [boost, tokens] = entry.pinyin;
      const avg = f(f(tokens) / f(entry.n));
      this.pinyinField = { name: 'pinyin', boost: f(boost), cache: entry.norms.map((norm) => f(K1 * f(f(1 - B) + f(f(B * f(norm)) / avg)))) };
    }
  }

  /** Fetches the Traditional → Simplified table, once. */
  async folding() {
    if (!this.entry.fold || this.folded) return;
    this.foldData ??= this.load(`h.${this.entry.fold}.jz`);
    const pairs = await this.foldData;
    if (!this.folded) setFolding(pairs);
    this.folded = true;
  }

  /** The pinyin keys file: syllables, shard keys and hashes. */
  async pinyinKeys() {
    this.pinyinData ??= this.load(`y/k.${this.entry.pinyin[2]}.jz`).then((k) => ({ ...k, known: new Set(k.syllables.split(' ')) }));
    return this.pinyinData;
  }

  /** The readings a query in pinyin looks up (`LangIndex::pinyin_terms`). */
  async pinyinOf(query) {
    if (!this.entry.pinyin) return [];
    const text = fold(normalize(query)).trim();
    if (!/^[a-z' ]+$/.test(text)) return [];
    const keys = await this.pinyinKeys();
    const syllables = splitPinyin(query, keys.known);
    return syllables ? pinyinTerms(syllables) : [];
  }

  /** The postings of a reading, from its shard. */
  async pinyinRow(term) {
    const keys = await this.pinyinKeys();
    let lo = 0;
    let hi = keys.keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cmp(keys.keys[mid], term) <= 0) lo = mid;
      else hi = mid - 1;
    }
    this.pinyinShards ??= new Map();
    if (!this.pinyinShards.has(lo)) {
      const hash = keys.shards.substr(lo * 8, 8);
      this.pinyinShards.set(lo, this.load(`y/${lo}.${hash}.jz`).then((rows) => new Map(rows.map((r) => [r[0], r]))));
    }
    return (await this.pinyinShards.get(lo)).get(term);
  }

  static async open(url, fetchJson = defaultFetch) {
    const base = url.slice(0, url.lastIndexOf('/') + 1);
    const entry = await fetchJson(url);
    return new Index(entry, (path) => fetchJson(base + path));
  }

  shardOf(key) {
    const keys = this.entry.keys;
    let lo = 0;
    let hi = keys.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cmp(keys[mid], key) <= 0) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  async shard(i) {
    if (!this.shards.has(i)) {
      const hash = this.entry.shards.substr(i * 8, 8);
      this.shards.set(i, this.load(`t/${hash}.jz`).then((rows) => new Map(rows.map((r) => [r[0], r]))));
    }
    return this.shards.get(i);
  }

  async row(key) {
    return (await this.shard(this.shardOf(key))).get(key);
  }

  /** The dictionary keys that begin with `prefix`, in order. */
  async keysWithPrefix(prefix) {
    const keys = this.entry.keys;
    const out = [];
    for (let i = this.shardOf(prefix); i < keys.length; i++) {
      if (i > this.shardOf(prefix) && !keys[i].startsWith(prefix)) break;
      for (const [key, row] of await this.shard(i)) if (key.startsWith(prefix)) out.push([key, row]);
    }
    return out;
  }

  async hasTerm(term) {
    const row = await this.row(term);
    return !!row && row.slice(1, 5).some((p) => p);
  }

  /** The terms that begin with a word being typed, the first few in order (`LangIndex::expand`). */
  async expand(prefix) {
    const terms = [];
    for (const [key, row] of await this.keysWithPrefix(prefix)) if (row.slice(1, 5).some((p) => p)) terms.push(key);
    return terms.sort(cmp).slice(0, this.entry.expand);
  }

  /** An unknown word's stand-in: the longest known form that begins it (`LangIndex::shorter`). */
  async shorter(surface) {
    if (isCjk(surface)) return null;
    const chars = [...surface];
    const shortest = Math.max(chars.length - this.entry.strip, 3);
    for (let k = chars.length - 1; k >= shortest; k--) {
      const term = fold(stem(this.entry.lang, chars.slice(0, k).join('')));
      if (await this.hasTerm(term)) return term;
    }
    return null;
  }

  /** The vocabulary's words of `k` characters. */
  async vocabulary(k) {
    const found = this.entry.vocab.find(([len]) => len === k);
    if (!found) return [];
    this.vocabs ??= new Map();
    if (!this.vocabs.has(k)) this.vocabs.set(k, this.load(`v/${k}.${found[1]}.jz`));
    return this.vocabs.get(k);
  }

  /** The words a typo may be, and the one to show (`LangIndex::typos`). */
  async typos(surface, term) {
    const [least, twoFrom, max] = this.entry.typo;
    const chars = [...surface].length;
    if (chars < least || !correctable(surface)) return null;
    const most = chars >= twoFrom ? 2 : 1;
    const want = [...term];
    const found = [];
    for (let k = Math.max(1, want.length - most); k <= want.length + most; k++) {
      for (const word of await this.vocabulary(k)) {
        const d = edits(want, [...word], most);
        if (d >= 1 && d <= most) found.push([d, word]);
      }
    }
    if (!found.length) return null;
    const best = Math.min(...found.map(([d]) => d));
    const terms = found.filter(([d]) => d === best).map(([, w]) => w).sort(cmp).slice(0, max);
    let shown = null;
    let top = -1;
    for (const t of terms) {
      const row = await this.row(t);
      let count = 0;
      for (let i = 1; i <= 4; i++) if (row?.[i]) count += decode(row[i]).length;
      if (count > top) [top, shown] = [count, t];
    }
    return { terms, shown };
  }

  /**
   * The clauses of a query, as `LangIndex::plan` makes them: {whole, clauses:
   * [{terms, typo}], corrected: [{surface, shown, from, to}], surfaces (the
   * words looked up, to highlight)}.
   */
  async plan(query) {
    let tokens = analyze(query, this.entry.lang);
    if (this.entry.fold && !this.folded) {
      let unknown = false;
      for (const t of tokens) if (isCjk(t.surface) && !(await this.hasTerm(t.term))) unknown = true;
      if (unknown) {
        await this.folding();
        tokens = analyze(query, this.entry.lang);
      }
    }
    const pinyin = await this.pinyinOf(query);
    const known = [];
    for (const t of tokens) if (isCompound(t.surface) && (await this.hasTerm(t.term))) known.push([t.from, t.to]);
    tokens = tokens.filter((t) => {
      const inside = known.some(([a, b]) => a <= t.from && t.to <= b);
      return isCompound(t.surface) ? inside : !inside;
    });
    const clauses = [];
    const corrected = [];
    const ofToken = [];
    for (let n = 0; n < tokens.length; n++) {
      const t = tokens[n];
      const last = n + 1 === tokens.length;
      let clause = { terms: [t.term], typo: false };
      if (!(await this.hasTerm(t.term))) {
        // A word of a query in pinyin is completed while typed, and not corrected.
        const expanded = last && expandable(t.surface) ? await this.expand(t.surface) : [];
        const typos = expanded.length || pinyin.length ? null : await this.typos(t.surface, t.term);
        const shorter = expanded.length || typos || pinyin.length ? null : await this.shorter(t.surface);
        if (expanded.length) clause = { terms: expanded, typo: false };
        else if (typos) {
          corrected.push({ surface: t.surface, shown: typos.shown, from: t.from, to: t.to });
          clause = { terms: typos.terms, typo: true };
        } else if (shorter) clause = { terms: [shorter], typo: false };
      }
      const same = (c) => c.typo === clause.typo && c.terms.length === clause.terms.length && c.terms.every((x, i) => x === clause.terms[i]);
      const k = clauses.findIndex(same);
      if (k >= 0) ofToken.push(k);
      else {
        ofToken.push(clauses.length);
        clauses.push(clause);
      }
    }
    const { phrases, adjacent, quotedTokens } = phrasesOf(query, tokens, ofToken);
    return { whole: identifier(query), clauses, corrected, phrases, adjacent, pinyin, surfaces: tokens.map((t) => t.surface), tokens, ofToken, quotedTokens };
  }

  /** The places row of a term (see `export::places_row`). */
  async placesRow(key) {
    const i = this.shardOf(key);
    this.places ??= new Map();
    if (!this.places.has(i)) {
      const hash = this.entry.places.substr(i * 8, 8);
      this.places.set(i, this.load(`p/${hash}.jz`).then((rows) => new Map(rows.map((r) => [r[0], r]))));
    }
    return (await this.places.get(i)).get(key);
  }

  /** Per clause, per text field: a Map doc → where the clause's terms stand (`LangIndex::clause_places`). */
  async clausePlaces(plan) {
    const out = [];
    for (const clause of plan.clauses) {
      const perField = [new Map(), new Map(), new Map(), new Map()];
      for (const term of clause.terms) {
        const row = await this.row(term);
        if (!row) continue;
        const prow = await this.placesRow(term);
        for (let fi = 0; fi < 4; fi++) {
          if (!row[1 + fi] || !prow?.[1 + fi]) continue;
          for (const [d, at] of decodePlaces(prow[1 + fi], decode(row[1 + fi]))) {
            const all = perField[fi].get(d);
            perField[fi].set(d, all ? [...new Set([...all, ...at])].sort((a, b) => a - b) : at);
          }
        }
      }
      out.push(perField);
    }
    return out;
  }

  async addScores(scores, fieldNo, term, factor = 1) {
    const row = fieldNo === 'pinyin' ? await this.pinyinRow(term) : await this.row(term);
    const encoded = row && row[fieldNo === 'pinyin' ? 1 : 1 + fieldNo];
    if (!encoded) return;
    const postings = decode(encoded);
    const field = fieldNo === 'pinyin' ? this.pinyinField : this.fields[fieldNo];
    const n = this.entry.n;
    const x = f(f(f(n - postings.length) + 0.5) / f(postings.length + 0.5));
    const idf = f(Math.log(f(1 + x)));
    let weight = f(idf * f(1 + K1));
    const boost = f(field.boost * factor);
    if (boost !== 1) weight = f(weight * boost);
    for (const [doc, tf, norm] of postings) {
      const s = f(weight * f(tf / f(tf + field.cache[norm])));
      scores.set(doc, f((scores.get(doc) ?? 0) + s));
    }
  }

  /** Every match as [doc, score], best first, equal scores in date order. */
  async run(plan) {
    let matched = null;
    for (const clause of plan.clauses) {
      const scores = new Map();
      const factor = clause.typo ? this.entry.typo[3] : 1;
      for (const term of clause.terms) for (let fi = 0; fi < 4; fi++) await this.addScores(scores, fi, term, factor);
      if (matched === null) {
        matched = scores;
      } else {
        const next = new Map();
        for (const [d, s] of matched) if (scores.has(d)) next.set(d, f(s + scores.get(d)));
        matched = next;
      }
    }
    const total = matched ?? new Map();
    if (plan.phrases.length && total.size) {
      const places = await this.clausePlaces(plan);
      for (const d of [...total.keys()]) if (!plan.phrases.every((p) => occurs(p, places, d))) total.delete(d);
    }
    const together = new Set();
    if (plan.adjacent && total.size) {
      const places = await this.clausePlaces(plan);
      for (const d of total.keys()) if (occurs(plan.adjacent, places, d)) together.add(d);
    }
    if (plan.whole) {
      const ids = new Map();
      await this.addScores(ids, 4, plan.whole);
      for (const [d, s] of ids) total.set(d, f((total.get(d) ?? 0) + s));
    }
    const out = [...total].sort((a, b) => together.has(b[0]) - together.has(a[0]) || b[1] - a[1] || b[0] - a[0]);
    // Then the pages the readings of a query in pinyin find that its letters did not.
    let read = null;
    for (const term of plan.pinyin ?? []) {
      const scores = new Map();
      await this.addScores(scores, 'pinyin', term);
      if (read === null) {
        read = scores;
      } else {
        const next = new Map();
        for (const [d, s] of read) if (scores.has(d)) next.set(d, f(s + scores.get(d)));
        read = next;
      }
    }
    const below = [...(read ?? [])].filter(([d]) => !total.has(d)).sort((a, b) => b[1] - a[1] || b[0] - a[0]);
    return out.concat(below);
  }

  async search(query) {
    return this.run(await this.plan(query));
  }

  /** The plan of a query and its matches. */
  async query(query) {
    const plan = await this.plan(query);
    return { plan, hits: await this.run(plan) };
  }

  async facets() {
    this.facetData ??= this.load(`f.${this.entry.facets}.jz`);
    return this.facetData;
  }

  /**
   * Keeps the matches whose facets equal every set filter ({kind: 'record',
   * year: '2024', …}) and, given `from` or `to` (YYYY-MM-DD), whose date is
   * in that range (a page without a date is then left out).
   */
  async filter(hits, filters) {
    const { from, to, ...rest } = filters;
    const set = Object.entries(rest).filter(([, v]) => v);
    if (!set.length && !from && !to) return hits;
    const facets = await this.facets();
    const values = this.entry.values;
    const dateOf = (d) => facets.date[d] ?? undefined;
    return hits.filter(([d]) => {
      if (!set.every(([k, v]) => values[k][facets[k][d] - 1] === v)) return false;
      if (!from && !to) return true;
      const date = dateOf(d);
      return date !== undefined && (!from || date >= from) && (!to || date <= to);
    });
  }

  /** What a result shows: {url, title, kind, date, agency, topic, validity, lang, excerpt (see `excerpt`), docNo}. */
  async meta(doc) {
    const size = this.entry.chunk;
    const c = Math.floor(doc / size);
    if (!this.chunks.has(c)) this.chunks.set(c, this.load(`m/${c}.${this.entry.meta.substr(c * 8, 8)}.jz`));
    const [url, title, kind, date, agency, topic, validity, lang, excerpt, docNo] = (await this.chunks.get(c))[doc % size];
    return { url, title, kind, date, agency, topic, validity, lang, excerpt, docNo };
  }

  /** The start of a result's text, by the `excerpt` of its meta: a file's hash (12 digits), then the place in it. */
  async excerpt(ref) {
    const name = ref.slice(0, 12);
    this.excerpts ??= new Map();
    if (!this.excerpts.has(name)) this.excerpts.set(name, this.load(`x/${name}.jz`));
    return (await this.excerpts.get(name))[Number(ref.slice(12))];
  }

}

/**
 * A file of the index as JSON. The files other than the entry are gzip
 * (`export::pack`), which the browser's DecompressionStream undoes; bytes a
 * host has already decoded (or plain JSON) are read as they are.
 */
async function defaultFetch(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status} ${url}`);
  const bytes = new Uint8Array(await r.arrayBuffer());
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return JSON.parse(new TextDecoder().decode(bytes));
  const text = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text();
  return JSON.parse(text);
}

// --- Highlighting -------------------------------------------------------------

/**
 * What a plan marks in a result: the surfaces of its words outside quotes,
 * and its phrases (quoted, or the words standing together), each
 * [[Set of the terms and surfaces that may stand there, distance], …].
 */
export function marksOf(plan) {
  const quotedSet = new Set(plan.quotedTokens ?? []);
  const partsOf = (phrase) => phrase.map(([c, off]) => {
    const want = new Set(plan.clauses[c].terms);
    plan.tokens.forEach((t, k) => { if (plan.ofToken[k] === c) want.add(t.surface); });
    return [want, off];
  });
  return {
    surfaces: plan.tokens.filter((t, k) => !quotedSet.has(k)).map((t) => t.surface),
    phrases: [...plan.phrases, ...(plan.adjacent ? [plan.adjacent] : [])].map(partsOf),
  };
}

/**
 * Splits `text` into [text, marked] pieces around each phrase where it
 * occurs whole (its little words with it) and the tokens whose surface is a
 * query surface (or begins with the last one), keeping about `width`
 * characters around the first phrase, else the first word. `marks` is
 * `marksOf(plan)`, or a list of surfaces; `lang` stems the text's words.
 */
export function highlight(text, marks, width = 220, lang = '') {
  const { surfaces = [], phrases = [] } = Array.isArray(marks) ? { surfaces: marks } : marks;
  const norm = normalize(text);
  const same = norm.length === text.length;
  const tokens = analyze(text, lang);
  const at = new Map();
  for (const t of tokens) {
    if (!at.has(t.position)) at.set(t.position, []);
    at.get(t.position).push(t);
  }
  const fits = (want, t) => want.has(t.surface) || want.has(t.term);
  const spans = [];
  for (const phrase of phrases) {
    for (const t of tokens) {
      if (!fits(phrase[0][0], t)) continue;
      const found = phrase.map(([want, off]) => (at.get(t.position + off) ?? []).find((u) => fits(want, u)));
      if (found.every(Boolean)) {
        spans.push({ from: Math.min(...found.map((u) => u.from)), to: Math.max(...found.map((u) => u.to)), phrase: true });
      }
    }
  }
  const inSpan = (t) => spans.some((s) => s.from <= t.from && t.to <= s.to);
  const wanted = new Set(surfaces);
  const last = surfaces[surfaces.length - 1];
  const found = tokens.filter((t) => !inSpan(t) && (wanted.has(t.surface) || (last && t.surface.startsWith(last))));
  // A number found whole is marked whole, not digit by digit.
  const wholes = found.filter((t) => isCompound(t.surface));
  const hits = found
    .filter((t) => isCompound(t.surface) || !wholes.some((w) => w.from <= t.from && t.to <= w.to))
    .concat(spans)
    .sort((a, b) => a.from - b.from || b.to - a.to);
  if (!same || hits.length === 0) {
    const head = cut(text, width);
    return [[text.slice(0, head) + (head < text.length ? '…' : ''), false]];
  }
  const anchor = spans.length ? Math.min(...spans.map((s) => s.from)) : hits[0].from;
  // A window of about `width` around the anchor, that cuts no word in two.
  let start = text.length <= width ? 0 : Math.max(0, anchor - Math.floor(width / 4));
  const low = (i) => /[\udc00-\udfff]/.test(text[i] ?? '');
  while (inWord(text, start)) start--;
  if (low(start)) start--;
  let end = Math.min(text.length, start + width);
  let back = end;
  while (back > start && inWord(text, back)) back--;
  if (low(back)) back--;
  if (back > start) end = back;
  const pieces = [];
  let pos = start;
  if (start > 0) pieces.push(['…', false]);
  for (const h of hits) {
    if (h.from < pos || h.to > end) continue;
    pieces.push([text.slice(pos, h.from), false], [text.slice(h.from, h.to), true]);
    pos = h.to;
  }
  pieces.push([text.slice(pos, end) + (end < text.length ? '…' : ''), false]);
  return pieces.filter(([t]) => t);
}

/** The query as normalised, each corrected word replaced by the word shown for it. */
export function correctedQuery(query, corrected) {
  let text = normalize(query);
  for (const c of [...corrected].sort((a, b) => b.from - a.from)) text = text.slice(0, c.from) + c.shown + text.slice(c.to);
  return text.trim();
}

// --- The search page ------------------------------------------------------------

const PAGE = 10;
/** Fewer results than this, and the other editions are searched too. */
const FEW = 3;

function ui(root) {
  const form = root.querySelector('form');
  const input = form.querySelector('input[name=q]');
  const status = root.querySelector('[role=status]');
  const list = root.querySelector('.search-results');
  const selects = [...form.querySelectorAll('select, input[type=date]')];
  const label = (name, value) => (value ? form.querySelector(`select[name=${name}] option[value="${CSS.escape(value)}"]`)?.textContent ?? '' : '');
  const plural = new Intl.PluralRules(root.dataset.lang);
  const count = (n) => (root.dataset[`count${plural.select(n)[0].toUpperCase()}${plural.select(n).slice(1)}`] ?? root.dataset.countOther).replace('{n}', n.toLocaleString(root.dataset.lang));
  const more = root.querySelector('.search-more');
  const corrected = root.querySelector('.search-corrected');
  const elsewhere = root.querySelector('.search-elsewhere');
  const editions = new Map();
  let index = null;
  let opening = null;
  let run = 0;
  let hits = [];
  let words = { surfaces: [], phrases: [] };

  async function go(typing) {
    const mine = ++run;
    const q = input.value.trim();
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    history.replaceState(null, '', `${location.pathname}${params.size ? '?' + params : ''}`);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      corrected.hidden = true;
      elsewhere.hidden = true;
      return;
    }
    try {
      // One index for the typing and the Enter that may both be under way.
      opening ??= Index.open(root.dataset.searchIndex).catch((e) => {
        opening = null;
        throw e;
      });
      index = await opening;
      const { plan, hits: all } = await index.query(q);
      let found = all;
      const filters = Object.fromEntries(selects.filter((s) => s.name !== 'sort').map((s) => [s.name, s.value]));
      found = await index.filter(found, filters);
      if (form.querySelector('select[name=sort]')?.value === 'date') found = [...found].sort((a, b) => b[0] - a[0]);
      words = marksOf(plan);
      const items = await page(found, 0);
      if (mine !== run) return;
      hits = found;
      corrected.hidden = !(plan.corrected.length && found.length);
      corrected.textContent = corrected.hidden ? '' : (root.dataset.corrected ?? '{q}').replace('{q}', correctedQuery(q, plan.corrected));
      list.replaceChildren(...items);
      more.hidden = hits.length <= PAGE;
      status.textContent = hits.length ? count(hits.length) : root.dataset.none;
      elsewhere.hidden = true;
      if (hits.length < FEW) hint(q, mine);
    } catch (e) {
      if (mine === run) status.textContent = root.dataset.error;
      if (!typing) console.warn(e);
    }
  }

  /** Names the other editions where the query finds pages, with links to their results. */
  async function hint(q, mine) {
    let any = false;
    for (const li of elsewhere.querySelectorAll('li')) {
      const a = li.querySelector('a');
      const url = root.dataset[`index${a.dataset.code[0].toUpperCase()}${a.dataset.code.slice(1)}`];
      let n = 0;
      try {
        if (!editions.has(url)) editions.set(url, Index.open(url));
        n = (await (await editions.get(url)).search(q)).length;
      } catch {
        n = 0;
      }
      if (mine !== run) return;
      const target = new URL(a.href, location.href);
      target.search = new URLSearchParams({ q }).toString();
      a.href = target.pathname + target.search;
      li.querySelector('.search-elsewhere-count').textContent = `(${n.toLocaleString(root.dataset.lang)})`;
      li.hidden = n === 0;
      any ||= n > 0;
    }
    if (mine === run) elsewhere.hidden = !any;
  }

  /** The list items of results `from`…`from + PAGE`. */
  async function page(found, from) {
    const shown = await Promise.all(found.slice(from, from + PAGE).map(([d]) => index.meta(d)));
    const excerpts = await Promise.all(shown.map((m) => index.excerpt(m.excerpt).catch(() => '')));
    return shown.map((m, i) => item(m, excerpts[i], words));
  }

  more.addEventListener('click', async () => {
    const items = await page(hits, list.children.length);
    list.append(...items);
    more.hidden = list.children.length >= hits.length;
    items[0]?.querySelector('a')?.focus();
  });

  function item(m, excerpt, surfaces) {
    const li = document.createElement('li');
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = m.url;
    if (m.lang) a.lang = m.lang;
    for (const [text, mark] of highlight(m.title, surfaces, Infinity, index.entry.lang)) a.append(mark ? markOf(text) : text);
    h.append(a);
    const meta = document.createElement('p');
    meta.className = 'search-meta';
    meta.textContent = [
      label('kind', m.kind),
      m.date && new Date(m.date + 'T00:00:00Z').toLocaleDateString(root.dataset.lang, { timeZone: 'UTC', dateStyle: 'long' }),
      label('agency', m.agency),
      m.docNo && `${root.dataset.docNo} ${m.docNo}`,
      label('validity', m.validity),
    ].filter(Boolean).join(' · ');
    if (m.lang) {
      const fallback = document.createElement('span');
      fallback.className = 'search-fallback';
      fallback.textContent = root.dataset.fallback;
      meta.append(' · ', fallback);
    }
    const p = document.createElement('p');
    p.className = 'search-excerpt';
    if (m.lang) p.lang = m.lang;
    for (const [text, mark] of highlight(excerpt, surfaces, 220, index.entry.lang)) p.append(mark ? markOf(text) : text);
    li.append(h, meta, p);
    return li;
  }

  const markOf = (text) => {
    const m = document.createElement('mark');
    m.textContent = text;
    return m;
  };

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) if (params.get(s.name)) s.value = params.get(s.name);
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => go(true), 150);
  });
  for (const s of selects) s.addEventListener('change', () => go(false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    go(false);
  });
  if (input.value) go(false);
}

if (typeof document !== 'undefined') {
  const root = document.querySelector('[data-search-index]');
  if (root) ui(root);
}
