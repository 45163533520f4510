// Start-up by stage, in one fresh process: wall and CPU time (all threads) of Node's boot, the CLI's
// modules, the pipeline's modules and models, and the first two annotations of one article.
//   node scripts/startup-stages.mjs [DIST] [ARTICLE]      (defaults: dist/, the first corpus article)
// Run it several times, alternating builds, and compare medians: one process is one sample.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = pathToFileURL(resolve(process.argv[2] ?? 'dist')).href;
const article = process.argv[3] ?? `corpus/${readdirSync('corpus').filter((n) => n.endsWith('.txt')).sort()[0]}`;
const text = readFileSync(article, 'utf8');
const rows = [];
let wall = performance.now();
let cpu = process.cpuUsage();
rows.push(['boot', wall, (cpu.user + cpu.system) / 1000]);
const lap = (stage) => {
  const w = performance.now();
  const c = process.cpuUsage();
  rows.push([stage, w - wall, (c.user + c.system - cpu.user - cpu.system) / 1000]);
  wall = w;
  cpu = c;
};
await import(`${dist}/batch/engine.js`);
lap('CLI modules (batch/engine)');
const { annotate } = await import(`${dist}/index.js`);
lap('pipeline modules and models (index.js)');
annotate(text, { path: article });
lap('first annotate');
annotate(text, { path: article });
lap('second annotate');
for (const [stage, w, c] of rows) console.log(`${stage.padEnd(40)} wall ${w.toFixed(0).padStart(5)} ms   cpu ${c.toFixed(0).padStart(5)} ms`);
