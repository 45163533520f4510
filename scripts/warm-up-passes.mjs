// What a fresh thread's first documents cost against the same documents once warm: annotate + serialize
// over every .txt of FOLDER, PASSES times in one process, wall and CPU time (all threads) per pass. The
// first pass pays V8's warm-up (interpreted code until the optimising compiler has seen enough) and empty
// caches; later passes show the steady speed.
//   node scripts/warm-up-passes.mjs FOLDER [DIST] [PASSES]      (defaults: dist/, 3 passes)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [folder, dist = 'dist', passes = '3'] = process.argv.slice(2);
if (!folder) {
  console.error('usage: node scripts/warm-up-passes.mjs FOLDER [DIST] [PASSES]');
  process.exit(2);
}
const texts = readdirSync(folder)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => readFileSync(join(folder, n), 'utf8'));
let wall = performance.now();
let cpu = process.cpuUsage();
const lap = (label) => {
  const c = process.cpuUsage(cpu);
  console.log(`${label.padEnd(28)} wall ${(performance.now() - wall).toFixed(0).padStart(6)} ms   cpu ${((c.user + c.system) / 1000).toFixed(0).padStart(6)} ms`);
  wall = performance.now();
  cpu = process.cpuUsage();
};
const { annotate, serialize } = await import(pathToFileURL(join(resolve(dist), 'index.js')).href);
lap('modules and models');
for (let pass = 1; pass <= Number(passes); pass++) {
  for (const text of texts) serialize(annotate(text, { path: 'x' }), 'pretty');
  lap(`pass ${pass} (${texts.length} texts)`);
}
