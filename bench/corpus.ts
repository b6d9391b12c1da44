/**
 * How well Parley reads transcripts it did not make: the corpus in test/fixtures/corpus, its
 * tuning part and its held-out part scored separately (turns and speakers per file, askers and
 * outlets found of the questions that name them, askers or outlets invented).
 *
 *   npm run bench:corpus            both parts
 *   npm run bench:corpus -- -v      and every difference from the expected result
 */
import { scorePart } from '../test/corpus/score.js';

const verbose = process.argv.includes('-v');
for (const part of ['tuning', 'held-out'] as const) {
  const s = scorePart(part);
  console.log(`\n${part}: ${s.files.length} files`);
  console.log('| file | turns right | speakers right | askers/outlets found | invented |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const f of s.files) {
    console.log(`| ${f.file} | ${f.turnsRight}/${f.turns} | ${f.speakersRight ? 'yes' : 'no'} | ${f.named ? `${f.namedFound}/${f.named}` : '–'} | ${f.invented.length || '–'} |`);
    if (verbose) for (const p of [...f.problems, ...f.invented.map((i) => `invented: ${i}`)]) console.log(`    ${p}`);
  }
  const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : 'n/a');
  console.log(`turns right ${s.turnsRight}/${s.turns} (${pct(s.turnsRight, s.turns)}); files with the right speakers ${s.speakersRight}/${s.files.length}; askers/outlets found ${s.namedFound}/${s.named} (${pct(s.namedFound, s.named)}); invented ${s.invented}`);
}
