// The review site without a browser: span nesting and escaping, the annotation reader's keys and checks,
// quote kinds this version does not make (reported speech, kinds yet unknown), missing texts, the
// command's help and usage errors, and same input -> same bytes. The browser test is review-browser.test.ts.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAnnotationSet, recordId } from '../src/output/read-annotations.js';
import { markText, type Mark } from '../src/review/marked-text.js';
import { SPEAKER_COLOURS } from '../src/review/style.js';
import { article, listFiles, PROJECT, runCli, tempDir, writeTree } from './batch-helpers.js';

/** Opening and closing tags balance, innermost closed first: the HTML nests. */
function nests(html: string): boolean {
  const stack: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (!close) stack.push(name!);
    else if (stack.pop() !== name) return false;
  }
  return stack.length === 0;
}

describe('markText', () => {
  const mark = (start: number, end: number, rank: number, name: string): Mark => ({
    start, end, rank, open: (first) => `<span class="${name}${first ? '' : ' cont'}">`, close: '</span>',
  });

  it('escapes every character of the text that HTML gives a meaning', () => {
    expect(markText(`<b a="1">&'x'</b>`, 0, 17, [])).toBe('&lt;b a=&quot;1&quot;&gt;&amp;&#39;x&#39;&lt;/b&gt;');
  });

  it('closes and reopens a span that another one crosses, marking the later pieces', () => {
    const text = 'one two three four';
    const html = markText(text, 0, text.length, [mark(0, 13, 0, 'q'), mark(8, 18, 1, 'p')]);
    expect(html).toBe('<span class="q">one two <span class="p">three</span></span><span class="p cont"> four</span>');
    expect(nests(html)).toBe(true);
  });

  it('keeps a name inside its quote and clips spans to the range asked for', () => {
    const text = '“Hi,” said Ann. “Bye.”';
    const html = markText(text, 0, 15, [mark(0, 5, 0, 'q'), mark(1, 3, 1, 'p'), mark(16, 22, 0, 'q2'), mark(11, 14, 1, 'who')]);
    expect(html).toBe('<span class="q">“<span class="p">Hi</span>,”</span> said <span class="who">Ann</span>.');
  });
});

describe('speaker colours', () => {
  // WCAG 2 contrast ratio of two #rrggbb colours
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrast = (a: string, b: string): number => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (hi! + 0.05) / (lo! + 0.05);
  };

  it('text on the highlight and the white name on the label both reach 4.5:1', () => {
    for (const [background, strong] of SPEAKER_COLOURS) {
      expect(contrast('#1b1b1b', background), background).toBeGreaterThanOrEqual(4.5);
      expect(contrast('#ffffff', strong), strong).toBeGreaterThanOrEqual(4.5);
    }
  });
});

let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
  await writeTree(dir.path, { 'news/one.txt': article(1), 'news/two.txt': article(2), 'dump.jsonl': JSON.stringify({ id: 'r/1', text: article(3) }) + '\n' });
  for (const args of [['news'], ['dump.jsonl', '--format', 'jsonl']]) {
    const r = await runCli(['extract', ...args, '--out', 'ann', '--workers', '0', '--quiet'], dir.path);
    expect(r.code, r.stderr).toBe(0);
  }
}, 120_000);
afterAll(async () => dir.cleanup());

describe('readAnnotationSet', () => {
  it('keys articles by their path in the folder and records by id; passes over the run summary', async () => {
    const set = await readAnnotationSet([join(dir.path, 'ann')]);
    expect(set.problems).toEqual([]);
    expect([...set.articles.keys()]).toEqual(['dump/r/1', 'one', 'two']);
    expect(recordId('x/dump.jsonl#a#b')).toBe('a#b');
    expect(recordId('x/one.txt')).toBeNull();
  });

  it('names a file that is not an annotation and the field at fault, and reads the rest', async () => {
    await writeTree(dir.path, { 'bad/a.json': '{"source": {"path": null, "sha256": "x", "length": 1}, "people": [], "places": [], "quotes": [{"id": "q1", "start": 5, "end": 2, "kind": "direct", "speaker": null}]}', 'bad/b.json': '[1]' });
    const set = await readAnnotationSet([join(dir.path, 'bad'), join(dir.path, 'ann', 'one.json')]);
    expect(set.problems).toEqual([
      { where: join(dir.path, 'bad', 'a.json'), reason: 'not an annotation: quotes[0] has no valid start and end' },
      { where: join(dir.path, 'bad', 'b.json'), reason: 'not an annotation (a JSON object with source, people, places and quotes)' },
    ]);
    expect([...set.articles.keys()]).toEqual(['one']);
  });
});

describe('onrecord review', () => {
  it('renders kinds a later version may add: reported speech in its own style, an unknown kind by name, a group', async () => {
    const file = join(dir.path, 'ann', 'one.json');
    const annotation = JSON.parse(await readFile(file, 'utf8'));
    expect(annotation.quotes.length).toBeGreaterThanOrEqual(2);
    annotation.quotes[0].kind = 'indirect';
    annotation.quotes[0].group = 'g1';
    annotation.quotes[1].kind = 'sung<b>';
    annotation.quotes[1].group = 'q1';
    await writeFile(join(dir.path, 'future.json'), JSON.stringify(annotation));
    const r = await runCli(['review', 'future.json', '--out', 'site-future'], dir.path);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(join(dir.path, 'site-future', 'articles', 'future.html'), 'utf8');
    expect(html).toMatch(/<span class="q s\d k-indirect" id="q1" data-quote="q1" data-kind="indirect"/);
    expect(html).toMatch(/· reported<\/span>/);
    expect(html).toContain('<span class="k">Group</span> g1');
    expect(html).toContain('<span class="tag">continues <a href="#q1">q1</a></span>'); // a running quote's later segment, in the side list
    expect(html).toMatch(/<span class="q [a-z0-9]+ k-other" id="q2" data-quote="q2" data-kind="sung&lt;b&gt;"/);
    expect(html).not.toContain('sung<b>');
  });

  it('labels an attribution with no source named apart from speech whose speaker was not found', async () => {
    const annotation = JSON.parse(await readFile(join(dir.path, 'ann', 'one.json'), 'utf8'));
    Object.assign(annotation.quotes[0], { kind: 'indirect', speaker: null, method: 'reported-sourceless' });
    await writeFile(join(dir.path, 'sourceless.json'), JSON.stringify(annotation));
    const r = await runCli(['review', 'sourceless.json', '--out', 'site-sourceless'], dir.path);
    expect(r.code, r.stderr).toBe(0);
    const html = await readFile(join(dir.path, 'site-sourceless', 'articles', 'sourceless.html'), 'utf8');
    const label = /id="q1"[^>]*>(?:<[^>]+>)*?<span class="sr-only">([^<]*)<\/span><span aria-hidden="true">([^<]*)<\/span>/.exec(html);
    expect(label?.slice(1)).toEqual(['Attribution with no source named, reported speech: ', 'no source named · reported']);
  });

  it('writes index.html and one page per article, the same bytes on a second run', async () => {
    const first = await runCli(['review', 'ann', '--out', 'site'], dir.path);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('3 article pages written');
    const files = await listFiles(join(dir.path, 'site'));
    expect(files.slice(1)).toEqual(['articles/one.html', 'articles/two.html', 'index.html']);
    expect(files[0]).toMatch(/^articles\/dump_r_1-[0-9a-f]{12}\.html$/); // "dump/r/1" made a safe file name
    const before = await Promise.all(files.map((f) => readFile(join(dir.path, 'site', f), 'utf8')));
    await runCli(['review', 'ann', '--out', 'site'], dir.path);
    const after = await Promise.all((await listFiles(join(dir.path, 'site'))).map((f) => readFile(join(dir.path, 'site', f), 'utf8')));
    expect(after).toEqual(before);
    const index = before[3]!;
    expect(index).toContain('Total: 3 articles');
    expect(index).toContain('content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; script-src &#39;sha256-');
  });

  it('an article whose text is gone still gets a page with its quotes; the run says so and exits 1', async () => {
    const r = await runCli(['review', join(dir.path, 'ann', 'two.json'), '--out', 'site-gone', '--root', join(dir.path, 'nowhere')], dir.path);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/two\.json: text not shown: .*nowhere.*two\.txt: cannot read/);
    const html = await readFile(join(dir.path, 'site-gone', 'articles', 'two.html'), 'utf8');
    expect(html).toContain('The article text could not be shown.');
    const quotes = JSON.parse(await readFile(join(dir.path, 'ann', 'two.json'), 'utf8')).quotes as Array<{ id: string }>;
    for (const q of quotes) expect(html).toContain(`data-quote="${q.id}"`);
  });

  it('a text changed since it was annotated is not shown under the old offsets', async () => {
    await writeTree(dir.path, { 'changed/one.txt': article(1) + '\n\nA line added later.' });
    const annotation = JSON.parse(await readFile(join(dir.path, 'ann', 'one.json'), 'utf8'));
    annotation.source.path = 'changed/one.txt';
    await writeFile(join(dir.path, 'changed.json'), JSON.stringify(annotation));
    const r = await runCli(['review', 'changed.json', '--out', 'site-changed'], dir.path);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('changed/one.txt has changed since it was annotated');
    expect(r.stderr).toContain('1 text not shown; relative source paths are read from the current folder (--root DIR');
  });

  const usage: Array<[string[], RegExp]> = [
    [['review', 'ann'], /--out DIR is required/],
    [['review', 'ann', '--out'], /--out/],
    [['review', 'ann', '--out', 'x', '--colour'], /colour/],
    [['review', 'ann', '--out', 'x', '--root', ''], /--root needs a value/],
  ];
  for (const [args, message] of usage) {
    it(`${args.join(' ')}: exit 2 with one line`, async () => {
      const { code, stderr } = await runCli(args, dir.path);
      expect(code).toBe(2);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(message);
    });
  }

  it('--help says what goes in, what comes out, where texts come from, and the exit codes', async () => {
    const { code, stdout } = await runCli(['review', '--help'], PROJECT);
    expect(code).toBe(0);
    for (const topic of ['--out DIR', 'index.html', 'articles/', '.jsonl', 'source.path', 'SHA-256', '--root', '--text-field', 'no outside request', 'Exit codes', 'Examples']) {
      expect(stdout).toContain(topic);
    }
  });
});
