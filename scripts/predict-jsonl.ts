// Runs analyze() over each line of a gold JSON Lines file and writes predictions in the format of
// ../shared/eval/score.mjs.   npx tsx scripts/predict-jsonl.ts GOLD.jsonl OUT.jsonl
import fs from 'node:fs';
import { analyze } from '../src/index.js';

const [gold, out] = process.argv.slice(2);
if (!gold || !out) {
  console.error('usage: predict-jsonl.ts GOLD.jsonl OUT.jsonl');
  process.exit(2);
}
const spans = (xs: { mentions: { start: number; end: number }[] }[]) =>
  xs.flatMap((x) => x.mentions.map(({ start, end }) => ({ start, end })));
const lines = fs.readFileSync(gold, 'utf8').split('\n').filter(Boolean);
const rows = lines.map((line) => {
  const { id, text } = JSON.parse(line) as { id: string; text: string };
  const doc = analyze(text);
  return JSON.stringify({ id, people: spans(doc.people), places: spans(doc.places) });
});
fs.writeFileSync(out, rows.join('\n') + '\n');
