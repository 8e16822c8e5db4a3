// Fingerprints the essay for the no-copying test: a hash of every run of eight words in it, so that the test
// can tell whether the story repeats the essay's sentences without the repository holding the essay itself.
//   node scripts/essay-fingerprint.mjs [../shared/seed/essay.txt]   (writes tests/fixtures/essay-8grams.txt)
import { readFileSync, writeFileSync } from 'node:fs';
import { runnerImport } from 'vite';

const { module } = await runnerImport('/tests/helpers/eight-words.ts');
const source = process.argv[2] ?? '../shared/seed/essay.txt';
const hashes = [...new Set(module.eightWordHashes(readFileSync(source, 'utf8')))].sort();
writeFileSync('tests/fixtures/essay-8grams.txt', `${hashes.join('\n')}\n`);
console.log(`Wrote ${hashes.length} eight-word fingerprints of ${source} to tests/fixtures/essay-8grams.txt`);
