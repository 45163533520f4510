// annotate's time by stage after warm-up, in this one thread, for this build and optionally another
// (a checkout of main, built), both loaded in one process and interleaved document by document, so that
// a shared, busy machine slows both alike. Also wink-nlp's readDoc alone (as npm run bench) on the same
// documents. Texts: corpus/ plus ../shared/eval/polnear_train.jsonl when present. Build first.
// --cpu times by the process's CPU time (process.cpuUsage: all its threads, so V8's compiler and
// collector threads too) instead of the clock: on a machine shared by more processes than cores, the clock
// also counts the time the process waited for a core, and that swamps the differences sought.
//   npx tsx scripts/bench-stages.ts [--base OTHER_CHECKOUT] [--docs N] [--cpu]
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

const PROJECT = fileURLToPath(new URL('..', import.meta.url));
const POLNEAR = join(PROJECT, '..', 'shared', 'eval', 'polnear_train.jsonl');
const { values } = parseArgs({ options: { base: { type: 'string' }, docs: { type: 'string', default: '400' }, cpu: { type: 'boolean', default: false } } });
/** Milliseconds of the clock, or of the process's CPU time with --cpu. */
const now = values.cpu
  ? () => {
      const { user, system } = process.cpuUsage();
      return (user + system) / 1000;
    }
  : () => performance.now();
const STAGE_NAMES = ['tokenize', 'token table', 'tagger', 'entity rules', 'mentions', 'link-places', 'quotes', 'attribution', 'reported', 'output'];

/* eslint-disable @typescript-eslint/no-explicit-any */
interface Build {
  name: string;
  m: Record<string, any>;
  times: Float64Array;
}

async function load(name: string, root: string): Promise<Build> {
  const m: Record<string, any> = {};
  for (const f of ['index', 'pipeline', 'document', 'output/annotation', 'entities/tagger/features', 'entities/tagger/tag', 'entities/rules/index', 'entities/rules/rule', 'entities/mentions', 'entities/grouping']) {
    Object.assign(m, await import(pathToFileURL(join(root, 'dist', `${f}.js`)).href));
  }
  return { name, m, times: new Float64Array(STAGE_NAMES.length) };
}

/** annotate, stage by stage as src/index.ts and src/stages/entities.ts run them, timing each. */
function staged({ m, times }: Build, text: string): void {
  const doc = m.emptyDocument(text);
  let t0 = now();
  const lap = (k: number) => {
    const t1 = now();
    times[k]! += t1 - t0;
    t0 = t1;
  };
  m.STAGES[0].run(doc);
  lap(0);
  const table = m.buildTokenTable(doc);
  lap(1);
  let runs = m.tagRuns(table);
  lap(2);
  const ctx = { table, names: m.NO_NAMES };
  runs = m.ENTITY_RULES.reduce((r: unknown, rule: (c: unknown, r: unknown) => unknown) => rule(ctx, r), runs).sort((a: any, b: any) => a.first - b.first);
  lap(3);
  const { people, places } = m.findMentions(doc, runs);
  doc.people = m.groupPeople(doc.text, people);
  doc.places = m.groupPlaces(doc.text, places);
  lap(4);
  for (let s = 2; s < m.STAGES.length; s++) {
    m.STAGES[s].run(doc);
    lap(s + 3);
  }
  m.toAnnotation(doc, { path: null });
  lap(9);
}

const texts = readdirSync(join(PROJECT, 'corpus')).filter((n) => /\.(txt|md)$/.test(n)).sort().map((n) => readFileSync(join(PROJECT, 'corpus', n), 'utf8'));
if (existsSync(POLNEAR)) for (const line of readFileSync(POLNEAR, 'utf8').split('\n')) if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
const builds = [await load('this', PROJECT)];
if (values.base) builds.unshift(await load('base', values.base));
const wink = winkNLP(model, ['sbd', 'pos']);
const readDoc = (text: string) => wink.readDoc(text).tokens().out(wink.its.pos);
const docs = Number(values.docs);
const WARM = 40;
if (texts.length < WARM + 2 * docs) console.log(`(only ${texts.length} texts: some documents come round again, warm from the caches)`);
for (let i = 0; i < WARM; i++) {
  readDoc(texts[i]!);
  for (const b of builds) staged(b, texts[i]!);
  for (const b of builds) b.times.fill(0);
}
// whole annotate beside readDoc, then stage by stage; the order of the runs turns with each document
const runners: Array<[string, (t: string) => unknown]> = [['wink readDoc', readDoc], ...builds.map((b): [string, (t: string) => unknown] => [b.name, (t) => b.m.annotate(t)])];
const whole = new Float64Array(runners.length);
for (let k = 0; k < docs; k++) {
  const text = texts[(WARM + k) % texts.length]!;
  for (let r = 0; r < runners.length; r++) {
    const g = (r + k) % runners.length;
    const started = now();
    runners[g]![1](text);
    whole[g]! += now() - started;
  }
}
// other documents than the whole runs read, so that words met there do not come back warm from a cache
for (let k = 0; k < docs; k++) {
  const text = texts[(WARM + docs + k) % texts.length]!;
  for (let r = 0; r < builds.length; r++) staged(builds[(r + k) % builds.length]!, text);
}
console.log(`${docs} documents after ${WARM} of warm-up, ${values.cpu ? 'CPU time' : 'clock time'}; annotate's speed as a fraction of wink readDoc's:`);
runners.forEach(([name], g) => console.log(`  ${name.padEnd(12)} ${whole[g]!.toFixed(0).padStart(7)} ms${g > 0 ? `   ${(whole[0]! / whole[g]!).toFixed(3)}x readDoc` : ''}`));
console.log(`\nstage          ${builds.map((b) => b.name.padStart(9)).join('')}${builds.length > 1 ? '   this/base' : ''}`);
const total = builds.map((b) => b.times.reduce((a, t) => a + t, 0));
STAGE_NAMES.forEach((name, s) => {
  const cells = builds.map((b, i) => `${b.times[s]!.toFixed(0).padStart(6)} ms ${((100 * b.times[s]!) / total[i]!).toFixed(0).padStart(2)}%`.padStart(9));
  console.log(`${name.padEnd(15)}${cells.join(' ')}${builds.length > 1 ? `   ${(builds[1]!.times[s]! / builds[0]!.times[s]!).toFixed(3)}` : ''}`);
});
console.log(`${'total'.padEnd(15)}${total.map((t) => `${t.toFixed(0).padStart(6)} ms`.padStart(9)).join('     ')}${builds.length > 1 ? `   ${(total[1]! / total[0]!).toFixed(3)}` : ''}`);
