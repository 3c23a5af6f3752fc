// The Snowball stemmers of English ("english", Porter2), Spanish and Russian,
// for the browser: a query's words must be cut to the stems that the index
// holds, and the index is made by tantivy's Stemmer, which runs the stemmers
// that the Snowball compiler generates (the crate frostem, 1.20260821.8 in
// Cargo.lock, from Snowball 3.1.1). These functions follow the same
// algorithms (https://snowballstem.org/algorithms/), in the revision that
// frostem pins, and give the same stem for every word:
// tests/stemmers.rs checks that on every word of Debian's hunspell
// dictionaries of the three languages.
//
//   import { stem } from './snowball.js';
//   stem('en', 'publications')  // 'public'
//   stem('fr', 'publications')  // 'publications': no stemmer, no change
//
// A word is expected as the index sees it: NFKC-normalised and lowercased.
//
// How Snowball is followed here. A stemmer works on the end of the word:
// it looks for the longest of a set of suffixes (`suffix` below) and removes
// or replaces it when the suffix starts inside a region, a position from
// which on the word counts as "long enough": R1, R2 and RV, computed once on
// the word as it comes in. Positions are counted in UTF-16 units, which are
// Snowball's characters for every character below U+10000; `stem` makes the
// others one unit each while stemming (no stemmer moves or removes them).

/** A test for membership of one character (a UTF-16 unit) in `chars`. */
function charSet(chars) {
  return (c) => c !== undefined && chars.includes(c);
}

/**
 * A table of suffixes: each key of `groups` is a value, and its entry the
 * suffixes (separated by spaces) that have that value. `byLast` lists them by
 * their last character, longest first.
 */
function table(groups) {
  const t = new Map();
  for (const [value, suffixes] of Object.entries(groups)) {
    for (const s of suffixes.split(' ')) t.set(s, value);
  }
  t.byLast = new Map();
  for (const s of [...t.keys()].sort((a, b) => b.length - a.length)) {
    const last = s[s.length - 1];
    if (!t.byLast.has(last)) t.byLast.set(last, []);
    t.byLast.get(last).push(s);
  }
  return t;
}

/**
 * The longest suffix in table `t` that ends `w`, starting at `from` or later
 * (Snowball's `among` searching backwards with a limit); '' if none does.
 */
function suffix(w, t, from = 0) {
  const candidates = t.byLast.get(w[w.length - 1]);
  if (candidates === undefined) return '';
  const room = w.length - from;
  for (const s of candidates) {
    if (s.length <= room && w.endsWith(s)) return s;
  }
  return '';
}

/**
 * The position after the first non-vowel that follows a vowel, searching
 * from `i`; the word's length if there is none. From 0 it gives R1, and from
 * R1 it gives R2.
 */
function afterVowelConsonant(w, i, isVowel) {
  const n = w.length;
  while (i < n && !isVowel(w[i])) i++;
  if (i >= n) return n;
  i++;
  while (i < n && isVowel(w[i])) i++;
  return i < n ? i + 1 : n;
}

/** Whether `w` has a vowel before position `end`. */
function hasVowel(w, end, isVowel) {
  for (let i = 0; i < end; i++) if (isVowel(w[i])) return true;
  return false;
}

// ---------------------------------------------------------------- English

const enVowel = charSet('aeiouy');
const enVowelWXY = charSet('aeiouywxY');
const enValidLi = charSet('cdeghkmnrt');

// Whole words that have a stem of their own, or stay as they are.
const EN_EXCEPTIONS = new Map([
  ['skis', 'ski'], ['skies', 'sky'], ['idly', 'idl'], ['gently', 'gentl'],
  ['ugly', 'ugli'], ['early', 'earli'], ['only', 'onli'], ['singly', 'singl'],
  ['sky', 'sky'], ['news', 'news'], ['howe', 'howe'], ['atlas', 'atlas'],
  ['cosmos', 'cosmos'], ['bias', 'bias'], ['andes', 'andes'],
]);

// Beginnings after which R1 starts, whatever their vowels.
const EN_R1_PREFIXES = ['arsen', 'commun', 'emerg', 'gener', 'inter', 'later', 'organ', 'past', 'univers'];

// Words that keep their -ing: "inning" is no form of "inn".
const EN_ING_KEPT = new Set(['inn', 'out', 'cann', 'herr', 'earr', 'even']);

const EN_DOUBLES = new Set(['bb', 'dd', 'ff', 'gg', 'mm', 'nn', 'pp', 'rr', 'tt']);

// Step 2 (in R1): suffix → replacement. "ogi" needs an l before it, and "li"
// a valid li-ending (one of cdeghkmnrt).
const EN_STEP2 = table({
  tion: 'tional', ence: 'enci', ance: 'anci', able: 'abli', ent: 'entli',
  ize: 'izer ization', ate: 'ational ation ator', al: 'alism aliti alli',
  ful: 'fulness fulli', ous: 'ousli ousness', ive: 'iveness iviti',
  ble: 'biliti bli', og: 'ogi ogist', less: 'lessli', '': 'li',
});

// Step 3 (in R1): suffix → replacement; "ative" only in R2.
const EN_STEP3 = table({
  tion: 'tional', ate: 'ational', al: 'alize', ic: 'icate iciti ical', '': 'ful ness ative',
});

// Step 4 (in R2): deleted; "ion" only after s or t.
const EN_STEP4 = table({
  '': 'al ance ence er ic able ible ant ement ment ent ism ate iti ous ive ize ion',
});

/**
 * Whether the word ends, before `e`, in a short syllable: a non-vowel other
 * than w, x or Y after a vowel after a non-vowel; or a vowel and a non-vowel
 * that are the whole word; or "past".
 */
function enShortSyllable(w, e) {
  return (e >= 3 && !enVowelWXY(w[e - 1]) && enVowel(w[e - 2]) && !enVowel(w[e - 3]))
    || (e === 2 && !enVowel(w[1]) && enVowel(w[0]))
    || w.endsWith('past', e);
}

function english(w) {
  const exception = EN_EXCEPTIONS.get(w);
  if (exception !== undefined) return exception;
  if (w.length < 3) return w;

  // Prelude: an apostrophe that begins the word goes; a y that begins it or
  // follows a vowel is a consonant, written Y while stemming.
  if (w[0] === "'") w = w.slice(1);
  let yFound = false;
  if (w.includes('y')) {
    let marked = '';
    for (let i = 0; i < w.length; i++) {
      let c = w[i];
      if (c === 'y' && (i === 0 || enVowel(marked[i - 1]))) {
        c = 'Y';
        yFound = true;
      }
      marked += c;
    }
    w = marked;
  }

  const prefix = EN_R1_PREFIXES.find((p) => w.startsWith(p));
  const p1 = prefix ? prefix.length : afterVowelConsonant(w, 0, enVowel);
  const p2 = afterVowelConsonant(w, p1, enVowel);

  // Step 0: the possessive.
  if (w.endsWith("'s'")) w = w.slice(0, -3);
  else if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);

  // Step 1a: plurals. sses → ss; ied, ies → i after two letters or more, else
  // ie; s goes if a vowel comes before the letter before it; ss and us stay.
  if (w.endsWith('sses')) {
    w = w.slice(0, -2);
  } else if (w.endsWith('ied') || w.endsWith('ies')) {
    w = w.slice(0, -3) + (w.length > 4 ? 'i' : 'ie');
  } else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us')) {
    if (hasVowel(w, w.length - 2, enVowel)) w = w.slice(0, -1);
  }

  // Step 1b: eed, eedly → ee in R1 (but succeed, proceed, exceed stay);
  // ed, edly, ing, ingly go if a vowel comes before them, and then the stem
  // gets its e back (at → ate, and a short word), or a double letter undone.
  const ending = ['eedly', 'ingly', 'edly', 'eed', 'ing', 'ed'].find((s) => w.endsWith(s));
  if (ending) {
    const start = w.length - ending.length;
    const before = w.slice(0, start);
    if (ending === 'eed' || ending === 'eedly') {
      if (start >= p1 && before !== 'succ' && before !== 'proc' && before !== 'exc') w = before + 'ee';
    } else if (ending === 'ing' && start === 2 && w[1] === 'y' && !enVowel(w[0])) {
      w = w[0] + 'ie'; // dying → die
    } else if (ending === 'ing' && EN_ING_KEPT.has(before)) {
      // inning, outing, evening … stay.
    } else if (hasVowel(w, start, enVowel)) {
      w = before;
      if (w.endsWith('at') || w.endsWith('bl') || w.endsWith('iz')) {
        w += 'e';
      } else if (EN_DOUBLES.has(w.slice(-2))) {
        if (!(w.length === 3 && 'aeo'.includes(w[0]))) w = w.slice(0, -1);
      } else if (w.length === p1 && enShortSyllable(w, w.length)) {
        w += 'e';
      }
    }
  }

  // Step 1c: y or Y after a non-vowel that is not the first letter → i.
  const last = w.length - 1;
  if (last >= 2 && (w[last] === 'y' || w[last] === 'Y') && !enVowel(w[last - 1])) {
    w = w.slice(0, last) + 'i';
  }

  // Steps 2 to 4: derivational suffixes.
  let s = suffix(w, EN_STEP2);
  if (s) {
    const start = w.length - s.length;
    const ok = s === 'ogi' ? w[start - 1] === 'l' : s === 'li' ? enValidLi(w[start - 1]) : true;
    if (start >= p1 && ok) w = w.slice(0, start) + EN_STEP2.get(s);
  }
  s = suffix(w, EN_STEP3);
  if (s) {
    const start = w.length - s.length;
    if (start >= p1 && (s !== 'ative' || start >= p2)) w = w.slice(0, start) + EN_STEP3.get(s);
  }
  s = suffix(w, EN_STEP4);
  if (s) {
    const start = w.length - s.length;
    if (start >= p2 && (s !== 'ion' || w[start - 1] === 's' || w[start - 1] === 't')) w = w.slice(0, start);
  }

  // Step 5: a final e in R2, or in R1 after no short syllable; l after l in R2.
  const end = w.length - 1;
  if (w[end] === 'e') {
    if (end >= p2 || (end >= p1 && !enShortSyllable(w, end))) w = w.slice(0, end);
  } else if (w[end] === 'l') {
    if (end >= p2 && w[end - 1] === 'l') w = w.slice(0, end);
  }

  return yFound ? w.replaceAll('Y', 'y') : w;
}

// ---------------------------------------------------------------- Spanish

const esVowel = charSet('aeiouáéíóúü');

// Step 0: pronouns attached to a gerund or an infinitive …
const ES_PRONOUNS = table({ '': 'me se sela selo selas selos la le lo las les los nos' });
// … which go after these endings (in RV), that lose their accent.
const ES_BEFORE_PRONOUN = table({
  iendo: 'iendo iéndo', ando: 'ando ándo', ar: 'ar ár', er: 'er ér', ir: 'ir ír', yendo: 'yendo',
});

// Step 1 (in R2, "amente" in R1), by what follows the suffix's removal.
const ES_STEP1 = table({
  delete: 'anza anzas ico ica icos icas ismo ismos able ables ible ibles ista istas oso osa osos osas amiento amientos imiento imientos',
  ic: 'adora ador ación acion adoras adores aciones ante antes ancia ancias', // and an ic before, in R2
  log: 'logía logías',
  u: 'ución ucion uciones',
  ente: 'encia encias',
  amente: 'amente', // and then ic, ad, os, or iv (and at before it), in R2
  mente: 'mente', // and then able, ible or ante, in R2
  idad: 'idad idades', // and then abil, ic or iv, in R2
  iv: 'iva ivo ivas ivos', // and then at, in R2
});

// Step 2a: verb forms in y (in RV), after a u.
const ES_Y_VERBS = table({ '': 'ya ye yan yen yeron yendo yo yó yas yes yais yamos' });

// Step 2b: other verb forms (in RV); "gu" marks those whose u goes too after g.
const ES_VERBS = table({
  gu: 'en es éis emos',
  '': 'arían arías arán arás aríais aría aréis aríamos aremos ará aré '
    + 'erían erías erán erás eríais ería eréis eríamos eremos erá eré '
    + 'irían irías irán irás iríais iría iréis iríamos iremos irá iré '
    + 'aba ada ida ía ara iera ad ed id ase iese aste iste an aban ían aran ieran asen iesen aron ieron '
    + 'ado ido ando iendo ió ar er ir as abas adas idas ías aras ieras ases ieses ís áis abais íais '
    + 'arais ierais aseis ieseis asteis isteis ados idos amos ábamos íamos imos áramos iéramos iésemos ásemos',
});

// Step 3: residual vowels (in RV); after e or é, the u of gu goes too.
const ES_RESIDUAL = table({ '': 'os a o á í ó', e: 'e é' });

const ES_PLAIN = { á: 'a', é: 'e', í: 'i', ó: 'o', ú: 'u' };

/**
 * Spanish RV: after the next vowel if the second letter is a consonant; after
 * the next consonant if the first two letters are vowels; else (consonant and
 * vowel) after the third letter. The word's length if there is no such place.
 */
function esRV(w) {
  const n = w.length;
  if (n < 2) return n;
  let i = 2;
  if (!esVowel(w[1])) {
    while (i < n && !esVowel(w[i])) i++;
    return i < n ? i + 1 : n;
  }
  if (!esVowel(w[0])) return n > 2 ? 3 : n;
  while (i < n && esVowel(w[i])) i++;
  return i < n ? i + 1 : n;
}

function spanish(w) {
  const pV = esRV(w);
  const p1 = afterVowelConsonant(w, 0, esVowel);
  const p2 = afterVowelConsonant(w, p1, esVowel);

  // Step 0: an attached pronoun: cómpralo → compra(r)lo → comprar.
  const pronoun = suffix(w, ES_PRONOUNS);
  if (pronoun) {
    const verbEnd = w.length - pronoun.length;
    const verb = suffix(w.slice(0, verbEnd), ES_BEFORE_PRONOUN);
    const verbStart = verbEnd - verb.length;
    if (verb && verbStart >= pV && (verb !== 'yendo' || w[verbStart - 1] === 'u')) {
      w = w.slice(0, verbStart) + ES_BEFORE_PRONOUN.get(verb);
    }
  }

  // Step 1: standard suffixes; only when none goes, step 2a, then 2b.
  let removed = false;
  const s = suffix(w, ES_STEP1);
  if (s) {
    const start = w.length - s.length;
    const kind = ES_STEP1.get(s);
    if (start >= (kind === 'amente' ? p1 : p2)) {
      removed = true;
      w = w.slice(0, start);
      // Removes `end` if `w` ends in it, starting in R2.
      const drop = (end) => {
        const ok = w.endsWith(end) && w.length - end.length >= p2;
        if (ok) w = w.slice(0, -end.length);
        return ok;
      };
      switch (kind) {
        case 'ic': drop('ic'); break;
        case 'log': w += 'log'; break;
        case 'u': w += 'u'; break;
        case 'ente': w += 'ente'; break;
        case 'amente':
          if (drop('iv')) drop('at');
          else drop('ic') || drop('ad') || drop('os');
          break;
        case 'mente': drop('able') || drop('ible') || drop('ante'); break;
        case 'idad': drop('abil') || drop('ic') || drop('iv'); break;
        case 'iv': drop('at'); break;
      }
    }
  }
  if (!removed) {
    const y = suffix(w, ES_Y_VERBS, pV);
    if (y && w[w.length - y.length - 1] === 'u') {
      w = w.slice(0, -y.length);
      removed = true;
    }
  }
  if (!removed) {
    const v = suffix(w, ES_VERBS, pV);
    if (v) {
      w = w.slice(0, -v.length);
      if (ES_VERBS.get(v) === 'gu' && w.endsWith('gu')) w = w.slice(0, -1);
    }
  }

  // Step 3: a residual vowel.
  const r = suffix(w, ES_RESIDUAL);
  if (r && w.length - r.length >= pV) {
    w = w.slice(0, -r.length);
    if (ES_RESIDUAL.get(r) === 'e' && w.endsWith('gu') && w.length - 1 >= pV) w = w.slice(0, -1);
  }

  // Acute accents go (ü stays).
  return /[áéíóú]/.test(w) ? w.replace(/[áéíóú]/g, (c) => ES_PLAIN[c]) : w;
}

// ---------------------------------------------------------------- Russian

const ruVowel = charSet('аеиоуыэюя');

// In each table, "а" marks the endings that go only after а or я (which
// stay), in RV.
const RU_PERFECTIVE_GERUNDS = table({ а: 'в вши вшись', '': 'ив ивши ившись ыв ывши ывшись' });
const RU_REFLEXIVES = table({ '': 'ся сь' });
const RU_ADJECTIVES = table({
  '': 'ее ие ые ое ими ыми ей ий ый ой ем им ым ом его ого ему ому их ых ую юю ая яя ою ею',
});
const RU_PARTICIPLES = table({ а: 'ем нн вш ющ щ', '': 'ивш ывш ующ' });
const RU_VERBS = table({
  а: 'ла на ете йте ли й л ем н ло но ет ют ны ть ешь нно',
  '': 'ила ыла ена ейте уйте ите или ыли ей уй ил ыл им ым ен ило ыло ено ят ует уют ит ыт ены ить ыть ишь ую ю',
});
const RU_NOUNS = table({
  '': 'а ев ов ие ье е иями ями ами еи ии и ией ей ой ий й иям ям ием ем ам ом о у ах иях ях ы ь ию ью ю ия ья я',
});
const RU_DERIVATIONAL = table({ '': 'ост ость' });
const RU_SUPERLATIVES = table({ '': 'ейш ейше' });

function russian(w) {
  if (w.includes('ё')) w = w.replaceAll('ё', 'е');
  const n = w.length;
  // RV: after the first vowel. Every ending below lies in it.
  let pV = 0;
  while (pV < n && !ruVowel(w[pV])) pV++;
  pV = pV < n ? pV + 1 : n;
  const p2 = afterVowelConsonant(w, afterVowelConsonant(w, 0, ruVowel), ruVowel);

  // Removes the longest ending of `t` that `w` has, if it may go.
  const drop = (t) => {
    const s = suffix(w, t, pV);
    const start = w.length - s.length;
    const ok = s !== '' && (t.get(s) === '' || (start > pV && (w[start - 1] === 'а' || w[start - 1] === 'я')));
    if (ok) w = w.slice(0, start);
    return ok;
  };

  // Step 1: a perfective gerund; or else a reflexive ending if any, and then
  // an adjectival ending (an adjective's, perhaps after a participle's), a
  // verb's or a noun's.
  if (!drop(RU_PERFECTIVE_GERUNDS)) {
    drop(RU_REFLEXIVES);
    if (drop(RU_ADJECTIVES)) drop(RU_PARTICIPLES);
    else drop(RU_VERBS) || drop(RU_NOUNS);
  }

  // Step 2: и.
  if (w.endsWith('и') && w.length - 1 >= pV) w = w.slice(0, -1);

  // Step 3: ост, ость in R2.
  const d = suffix(w, RU_DERIVATIONAL, pV);
  if (d && w.length - d.length >= p2) w = w.slice(0, -d.length);

  // Step 4: a superlative's ending, and then нн → н; or нн → н; or ь.
  const undouble = () => {
    if (w.endsWith('нн') && w.length - 2 >= pV) w = w.slice(0, -1);
  };
  if (drop(RU_SUPERLATIVES)) undouble();
  else if (w.endsWith('н')) undouble();
  else if (w.endsWith('ь') && w.length - 1 >= pV) w = w.slice(0, -1);

  return w;
}

// ---------------------------------------------------------------- API

/** The stemmers by language code. */
export const stemmers = Object.freeze({ __proto__: null, en: english, es: spanish, ru: russian });

const SURROGATE = /[\uD800-\uDFFF]/;
const SUPPLEMENTARY = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[\uD800-\uDFFF]/g;

/** The stem of `word` in language `lang`; the word itself where there is no stemmer. */
export function stem(lang, word) {
  const stemmer = stemmers[lang];
  if (stemmer === undefined) return word;
  if (!SURROGATE.test(word)) return stemmer(word);
  // Snowball counts a character beyond U+FFFF as one, JavaScript as two
  // units: let one unit stand for each such character while stemming.
  const saved = [];
  const stemmed = stemmer(word.replace(SUPPLEMENTARY, (c) => (saved.push(c), '\uD800')));
  let k = 0;
  return stemmed.replace(/\uD800/g, () => saved[k++]);
}
