// Bad input never crashes a batch: each case below is either annotated (empty, white space, CRLF, huge)
// or reported as one "onrecord: <path>: <reason>" line and a failure in the summary, and the run goes on.
// Big and binary fixtures are generated here at run time, not committed.
import { symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../src/index.js';
import { article, LAST_RUN, listFiles, readJson, readSummary, runCli, tempDir, writeTree, type CliResult, type SummaryShape } from './batch-helpers.js';

type Json = Record<string, any>;

let dir: { path: string; cleanup: () => Promise<void> };
afterAll(async () => dir?.cleanup());

/** Every span with text in an annotation matches the text it points into. */
function expectSpansMatch(annotation: Json, text: string): void {
  const spans: Json[] = [
    ...annotation.paragraphs,
    ...annotation.sentences,
    ...annotation.people.flatMap((p: Json) => p.mentions),
    ...annotation.places.flatMap((p: Json) => p.mentions),
    ...annotation.quotes,
    ...annotation.quotes.flatMap((q: Json) => [q.speaker?.mention, q.cue].filter(Boolean)),
  ];
  for (const span of spans) {
    expect(0 <= span.start && span.start <= span.end && span.end <= text.length).toBe(true);
    if ('text' in span) expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

describe('a folder of bad inputs', () => {
  const crlf = 'Harbour plan approved.\r\n\r\n"It is overdue," said Mara Quillon.\r\nWork starts in spring.\r\n';
  let result: CliResult;
  let summary: SummaryShape;
  const out = (): string => join(dir.path, 'out');
  const reasonOf = (path: string): string | undefined => summary.failures.find((f) => f.path === path)?.reason;

  beforeAll(async () => {
    dir = await tempDir();
    await writeTree(dir.path, {
      'in/empty.txt': '',
      'in/blank.md': '  \n\n\t \n',
      'in/binary.txt': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]),
      'in/latin1.txt': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]),
      'in/utf16.txt': new Uint8Array([0xff, 0xfe, 0x48, 0x00, 0x69, 0x00]),
      'in/crlf.txt': crlf,
      'in/good.txt': article(1),
      'in/x.txt/inner.txt': article(2), // a folder named like an article is walked as a folder
      'in/feed.jsonl': [
        JSON.stringify({ id: 'ok', text: article(3) }),
        '{"id": "broken", "text": ',
        JSON.stringify({ id: 'no-text' }),
        JSON.stringify({ id: 'number', text: 42 }),
        JSON.stringify({ text: 'no id' }),
        JSON.stringify({ id: 'ok', text: 'same id again' }),
        '[1, 2]',
        '',
        JSON.stringify({ id: 'last', text: article(4) }),
      ].join('\n'),
      'in/latin1.jsonl': new Uint8Array([...Buffer.from('{"id":"a","text":"caf'), 0xe9, ...Buffer.from('"}\n')]),
    });
    await symlink('nowhere.txt', join(dir.path, 'in/dangling.txt'));
    await symlink('loop.txt', join(dir.path, 'in/loop.txt'));
    result = await runCli(['extract', 'in', '--out', 'out', '--workers', '1'], dir.path);
    summary = await readSummary(out());
  });

  it('finishes with exit 1, one stderr line per failure, and the good inputs written', async () => {
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(summary.failures.length);
    for (const line of lines) expect(line).toMatch(/^onrecord: \S[^:]*(:\d+)?: \S.*$/);
    expect(summary.articles.read).toBe(summary.articles.written + summary.articles.skipped + summary.articles.failed);
    const files = await listFiles(out());
    for (const written of ['good.json', 'crlf.json', 'empty.json', 'blank.json', 'x.txt/inner.json', 'feed/ok.json', 'feed/last.json']) expect(files).toContain(written);
  });

  it('annotates empty and white-space-only files as valid empty annotations', async () => {
    for (const [file, text] of [['empty.json', ''], ['blank.json', '  \n\n\t \n']] as const) {
      const annotation = await readJson(join(out(), file));
      expect(annotation.source).toMatchObject({ path: `in/${file.replace('.json', file === 'empty.json' ? '.txt' : '.md')}`, sha256: sha256Hex(text), length: text.length });
      expect([annotation.paragraphs, annotation.sentences, annotation.people, annotation.places, annotation.quotes]).toEqual([[], [], [], [], []]);
    }
  });

  it('annotates CRLF text with offsets into the text as read, CR included', async () => {
    const annotation = await readJson(join(out(), 'crlf.json'));
    expect(annotation.source.length).toBe(crlf.length);
    expect(annotation.paragraphs.length).toBeGreaterThanOrEqual(2);
    expect(crlf.slice(annotation.paragraphs[1].start, annotation.paragraphs[1].start + 1)).toBe('"');
    expectSpansMatch(annotation, crlf);
  });

  it('reports binary, invalid UTF-8, UTF-16, dangling and looping links', () => {
    expect(reasonOf('in/binary.txt')).toMatch(/binary data/);
    expect(reasonOf('in/latin1.txt')).toMatch(/invalid UTF-8 at byte 3/);
    expect(reasonOf('in/utf16.txt')).toMatch(/UTF-16/);
    expect(reasonOf('in/dangling.txt')).toMatch(/cannot read: no such file/);
    expect(reasonOf('in/loop.txt')).toMatch(/cannot read: .*ELOOP/);
    expect(reasonOf('in/latin1.jsonl:1')).toMatch(/invalid UTF-8 at byte 21/);
  });

  it('reports each bad JSON Lines record by line number and writes the good ones', () => {
    expect(reasonOf('in/feed.jsonl:2')).toMatch(/invalid JSON/);
    expect(reasonOf('in/feed.jsonl:3')).toMatch(/missing text field "text"/);
    expect(reasonOf('in/feed.jsonl:4')).toMatch(/text field "text" is a number/);
    expect(reasonOf('in/feed.jsonl:5')).toMatch(/missing id field "id"/);
    expect(reasonOf('in/feed.jsonl:6')).toMatch(/duplicate id "ok" \(first on line 1\)/);
    expect(reasonOf('in/feed.jsonl:7')).toMatch(/must be a JSON object/);
    expect(summary.failures.filter((f) => f.path.startsWith('in/feed.jsonl'))).toHaveLength(6);
  });
});

describe('big and odd articles', () => {
  let big: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    big = await tempDir();
  });
  afterAll(async () => big.cleanup());

  const annotateOne = async (name: string, text: string): Promise<Json> => {
    await writeFile(join(big.path, name), text);
    const { code, stderr } = await runCli(['extract', name, '--out', 'out', '--workers', '1', '--quiet', '--max-chars', String(text.length)], big.path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const annotation = await readJson(join(big.path, 'out', name.replace(/\.\w+$/, '.json')));
    expect(annotation.source).toMatchObject({ sha256: sha256Hex(text), length: text.length });
    expectSpansMatch(annotation, text);
    return annotation;
  };

  it('annotates a 20 MB article', async () => {
    // Long words keep the token count (and so the time) moderate; the point is the size in bytes.
    const paragraph = 'Internationalisation commissioners deliberated extraordinarily comprehensive infrastructure appropriations yesterday. '.repeat(8);
    const text = `${paragraph}\n\n`.repeat(Math.ceil((20 * 1024 * 1024) / (paragraph.length + 2)));
    const annotation = await annotateOne('huge.txt', text);
    expect(annotation.paragraphs.length).toBe(text.split('\n\n').length - 1);
  }, 240_000);

  it('annotates a 1 MB line without spaces', async () => {
    const text = 'x'.repeat(1024 * 1024);
    await writeTree(big.path, { 'line/line.txt': text, 'line/other.txt': article(1) });
    const { code } = await runCli(['extract', 'line', '--out', 'out-line', '--workers', '1', '--timeout', '60', '--quiet'], big.path);
    const summary = await readSummary(join(big.path, 'out-line'));
    expect(summary.articles.failed).toBe(0);
    expect(code).toBe(0);
    expect((await readJson(join(big.path, 'out-line/other.json'))).source.sha256).toBe(sha256Hex(article(1)));
    expectSpansMatch(await readJson(join(big.path, 'out-line/line.json')), text);
  }, 120_000);

  it('annotates thousands of quotation marks', async () => {
    const marks = ['"', '\u201c', '\u201d', "'", '\u2018', '\u2019', '\u00ab', '\u00bb'];
    let text = '';
    for (let i = 0; i < 6000; i++) text += marks[i % marks.length]! + (i % 5 === 0 ? ' Quillon said ' : i % 11 === 0 ? '\n\n' : ' ');
    await annotateOne('quotes.md', text);
  }, 120_000);
});

describe('an output folder that cannot be written', () => {
  let tmp: { path: string; cleanup: () => Promise<void> };
  beforeAll(async () => {
    tmp = await tempDir();
    await writeTree(tmp.path, { 'corpus/a.txt': article(1), 'corpus/x/b.txt': article(2), 'corpus/z.txt': article(3), 'file-not-folder': 'x' });
  });
  afterAll(async () => tmp.cleanup());

  it('--out naming a regular file: one clear error line, exit 1, no stack trace', async () => {
    const { code, stderr } = await runCli(['extract', 'corpus', '--out', 'file-not-folder'], tmp.path);
    expect(code).toBe(1);
    expect(stderr.trim()).toMatch(/^onrecord: file-not-folder: cannot create the output folder: .*\((EEXIST|ENOTDIR)\)$/);
  });

  it('a sub-folder of the output blocked by a file: that article fails, the others are written', async () => {
    await writeTree(tmp.path, { 'out/x': 'a file where the folder x should go' });
    const { code, stderr } = await runCli(['extract', 'corpus', '--out', 'out', '--workers', '1'], tmp.path);
    expect(code).toBe(1);
    expect(stderr).toMatch(/^onrecord: corpus\/x\/b\.txt: cannot write out\/x\/b\.json: .*\((EEXIST|ENOTDIR)\)$/m);
    const files = await listFiles(join(tmp.path, 'out'));
    expect(files).toEqual([LAST_RUN, 'a.json', 'x', 'z.json']);
    expect((await readSummary(join(tmp.path, 'out'))).articles).toEqual({ read: 3, written: 2, skipped: 0, failed: 1 });
  });
});
