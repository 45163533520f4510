// `npm run build`'s last step: the CLI (dist/cli/main.js) and the batch worker thread (dist/batch/worker.js)
// each become one file holding every module they load, written over tsc's output in place, so that the
// bin, the bench and the tests run them unchanged. Why: Node's ES module loader resolves, opens, reads and
// compiles each of the ~170 modules on its own; one file saves that (a one-article `onrecord extract`:
// ~0.75 -> ~0.6 s CPU, see README Start-up). Modules loaded with import() stay lazy inside the bundle.
// Left out: `onrecord queue` and `onrecord worker` (bullmq and ioredis, ~1.7 MB that esbuild would load
// at start as static imports): the CLI loads their tsc-compiled modules beside it when they run. With
// them cli/args.js, which both sides import, so that a UsageError they throw is the class main.js checks.
// Everything else in dist/ (the library, dist/index.js) stays as tsc wrote it.
//   node scripts/bundle.mjs [DIST]
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

const dist = resolve(process.argv[2] ?? 'dist');
/** Each bundle, and the modules it leaves apart, loaded from dist/ as tsc wrote them (see above). */
const ENTRIES = {
  'cli/main.js': ['cli/queue.js', 'cli/worker.js', 'cli/args.js'],
  'batch/worker.js': [],
};

/**
 * The modules left apart are imported from their own files. A module finds its data files from its own URL
 * (`new URL('../models/x.bin', import.meta.url)`); in a bundle import.meta.url is the bundle's, so each
 * module's is rebuilt from its path relative to the bundle.
 */
const distModules = (entryDir, apart) => ({
  name: 'dist-modules',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const target = resolve(args.resolveDir, args.path);
      return apart.has(target) ? { path: `./${relative(entryDir, target)}`, external: true } : undefined;
    });
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes('import.meta.url')) return undefined;
      const own = `new URL(${JSON.stringify(relative(entryDir, args.path))}, import.meta.url).href`;
      return { contents: source.replaceAll('import.meta.url', own), loader: 'js' };
    });
  },
});

/**
 * The bundle in ASCII: esbuild escapes strings but leaves the few dozen non-ASCII characters of regular
 * expression literals ("[’‘]", wink-nlp's "[\-\–\—]"), and one such character makes V8 hold the whole
 * source as a two-byte string, for as long as the thread lives: 3.2 MB instead of 1.6 for the CLI, and
 * again for each worker thread. Each becomes a \u escape, which means the same character in a string, a
 * template, a regular expression (a surrogate pair too, with or without the u flag) and an identifier;
 * an identity escape ("\–") becomes the escape alone.
 */
const ascii = (code) => {
  if (/\\\\[^\x00-\x7f]/.test(code)) throw new Error('bundle: an escaped backslash before a non-ASCII character: escape it by hand');
  return code.replace(/\\?([^\x00-\x7f])/g, (_, c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
};

for (const [entry, apart] of Object.entries(ENTRIES)) {
  const file = join(dist, entry);
  const { outputFiles } = await build({
    entryPoints: [file],
    outfile: file,
    allowOverwrite: true,
    write: false,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    plugins: [distModules(dirname(file), new Set(apart.map((f) => join(dist, f))))],
  });
  for (const out of outputFiles) await writeFile(out.path, ascii(out.text));
}
