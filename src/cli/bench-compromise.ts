// `npm run bench`'s comparison process: compromise out of the box over a folder of article files, as a
// whole process (start-up included), the way `onrecord extract DIR` is timed beside it. For each file:
// nlp(text), then .people(), .places() and .quotations(), each forced with .json().
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import nlp from 'compromise';

const folder = process.argv[2];
if (!folder) {
  console.error('usage: node dist/cli/bench-compromise.js FOLDER (annotates every .txt of FOLDER with compromise)');
  process.exit(2);
}
for (const name of (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()) {
  const doc = nlp(await readFile(join(folder, name), 'utf8'));
  doc.people().json();
  doc.places().json();
  doc.quotations().json();
}
