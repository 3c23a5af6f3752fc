// Stems words with the search client an edition ships (its stemmer from
// src/search/snowball.js) and compares with the stems given.
// Run by tests/stemmers.rs:  node tests/stemmers.mjs en=SCRIPT=FILE …
// SCRIPT is the client of the language's edition (static/search.en.js as
// the theme ships it); each FILE holds lines `word<TAB>stem`, the stems
// from tantivy's stemmer of the language named before it. Prints a line per file ("en=FILE: 163053
// words, 0 mismatches"), then up to 20 mismatches of each as
// `lang<TAB>word<TAB>expected<TAB>got`; exits 1 if there is one.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

let failed = false;
const shown = [];
for (const arg of process.argv.slice(2)) {
  const [lang, script, file] = arg.split('=');
  const { stem } = await import(pathToFileURL(script).href);
  const lines = readFileSync(file, 'utf8').split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let mismatches = 0;
  for (const line of lines) {
    const tab = line.indexOf('\t');
    const word = line.slice(0, tab);
    const expected = line.slice(tab + 1);
    const got = stem(lang, word);
    if (got !== expected) {
      mismatches++;
      if (mismatches <= 20) shown.push(`${lang}\t${word}\t${expected}\t${got}`);
    }
  }
  console.log(`${arg}: ${lines.length} words, ${mismatches} mismatches`);
  failed ||= mismatches > 0;
}
for (const line of shown) console.log(line);
process.exitCode = failed ? 1 : 0;
