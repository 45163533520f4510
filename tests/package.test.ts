// What a library user installs: the package's file list (npm pack, scripts not run), its exports, and
// that everything the shipped code imports at run time is a dependency (compromise and the data
// packages the build scripts read are not).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT } from './batch-helpers.js';

const pkg = JSON.parse(readFileSync(join(PROJECT, 'package.json'), 'utf8')) as {
  license: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const packed = (JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: PROJECT, encoding: 'utf8' })) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path);

describe('the npm package', () => {
  it('ships the schema, the licence and the data attribution, and no source maps or bench', () => {
    for (const file of ['schema/annotation.schema.json', 'LICENSE', 'NOTICE.md', 'README.md', 'dist/index.js', 'dist/cli/main.js', 'dist/lexicons/world-places.json', 'dist/models/entities.bin', 'dist/models/wink-core.bin', 'dist/lexicons/geo-index.bin']) expect(packed).toContain(file);
    expect(packed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(packed.filter((f) => f.startsWith('dist/cli/bench'))).toEqual([]);
    expect(readFileSync(join(PROJECT, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(PROJECT, 'NOTICE.md'), 'utf8')).toMatch(/GeoNames[\s\S]*Creative Commons Attribution 4\.0/);
  });

  it('exports the schema as onrecord/schema', () => {
    const require = createRequire(join(PROJECT, 'package.json'));
    expect(require.resolve('onrecord/schema')).toBe(join(PROJECT, 'schema', 'annotation.schema.json'));
    expect((require('onrecord/schema') as { title: string }).title).toBe('onrecord annotation');
  });

  it('lists every package the shipped code imports as a dependency, and only those', () => {
    const imported = new Set<string>();
    for (const file of packed.filter((f) => f.endsWith('.js'))) {
      const code = readFileSync(join(PROJECT, file), 'utf8');
      for (const [, spec] of code.matchAll(/(?:from\s+|import\(\s*)'([^'.][^']*)'/g)) {
        if (spec!.startsWith('node:') || builtinModules.includes(spec!)) continue;
        imported.add(spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!);
      }
    }
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
    expect(pkg.devDependencies).toHaveProperty('compromise');
  });
});
