// The review site in a real browser: Debian's Chromium (never one a test tool downloads), driven by
// puppeteer-core. Pages are generated from the corpus's annotations and an article full of markup; the
// test checks every quote is highlighted with its speaker, nothing of the article runs, nothing is fetched
// from outside, the console stays clean, and takes the README's screenshot (written to
// docs/review-article.png only with UPDATE=1).
import { existsSync, readdirSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT, readJson, runCli, tempDir, writeTree } from './batch-helpers.js';

const corpusArticles = readdirSync(join(PROJECT, 'corpus')).filter((f) => f.endsWith('.txt')).length;

const CHROMIUM = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// In CI a missing browser is a failure (.ci/run installs it); elsewhere the test says why it skips.
const run = CHROMIUM !== undefined || process.env.CI ? describe : describe.skip;
if (!CHROMIUM && !process.env.CI) console.warn('review-browser.test.ts skipped: no Chromium at /usr/bin/chromium (apt-get install chromium, or set CHROMIUM_PATH)');

const MARKUP_ARTICLE = [
  'Council backs <script>window.__ran = "script"</script> filter after protest',
  '',
  '“Nobody should paste <img src=x onerror="window.__ran = \'img\'"> into a form,” said Dana Whitlow, the council’s web officer.',
  '',
  'The notice ended with </p></main><b>bold</b> & an &amp; entity.',
].join('\n');

interface QuoteJson {
  id: string;
  text: string;
  kind: string;
  speaker: { name: string } | null;
}

let dir: { path: string; cleanup: () => Promise<void> };
let browser: Browser | undefined;
const outside: string[] = [];
const consoleErrors: string[] = [];

run('onrecord review in Chromium', () => {
  beforeAll(async () => {
    if (!CHROMIUM) throw new Error('Chromium is missing at /usr/bin/chromium: in CI, .ci/run must install it (apt-get install chromium)');
    dir = await tempDir();
    await writeTree(dir.path, { 'markup/markup-article.txt': MARKUP_ARTICLE });
    const annotations = join(dir.path, 'annotations');
    for (const input of ['corpus', join(dir.path, 'markup')]) {
      const extract = await runCli(['extract', input, '--out', annotations, '--workers', '0', '--quiet'], PROJECT);
      expect(extract.code, extract.stderr).toBe(0);
    }
    const review = await runCli(['review', annotations, '--out', join(dir.path, 'site')], PROJECT);
    expect(review.code, review.stderr).toBe(0);
    const { launch } = await import('puppeteer-core');
    browser = await launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'] });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await dir?.cleanup();
  });

  async function open(relative: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await browser!.newPage();
    await page.setViewport(viewport);
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const url = request.url();
      if (url.startsWith('file:') || url.startsWith('data:')) void request.continue();
      else {
        outside.push(url);
        void request.abort();
      }
    });
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(`${relative}: ${message.text()}`);
    });
    page.on('pageerror', (err) => consoleErrors.push(`${relative}: ${String(err)}`));
    await page.goto(pathToFileURL(join(dir.path, 'site', relative)).href, { waitUntil: 'load' });
    return page;
  }

  it('shows every quote of every corpus annotation, highlighted and labelled with its speaker', async () => {
    const files = (await readdir(join(dir.path, 'annotations'))).filter((f) => f.endsWith('.json') && f !== 'run-summary.json');
    expect(files.length).toBe(corpusArticles + 1); // the corpus articles and the markup article
    let checked = 0;
    for (const file of files) {
      const annotation = await readJson<{ quotes: QuoteJson[] }>(join(dir.path, 'annotations', file));
      const page = await open(`articles/${file.replace(/\.json$/, '.html')}`);
      const shown = await page.$$eval('main [data-quote]', (elements) => {
        const byId: Record<string, { label: string; text: string; background: string; pieces: number }> = {};
        for (const el of elements as HTMLElement[]) {
          const id = el.dataset.quote!;
          const entry = (byId[id] ??= { label: '', text: '', background: '', pieces: 0 });
          entry.pieces++;
          const label = el.querySelector(':scope > .who [aria-hidden]');
          if (label) {
            entry.label = label.textContent ?? '';
            entry.background = getComputedStyle(el).backgroundColor + ' ' + getComputedStyle(el).backgroundImage;
          }
          // the quote's own words: its text without the label and without nested quotes' labels
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll('.who').forEach((w) => w.remove());
          entry.text += copy.textContent;
        }
        return byId;
      });
      for (const q of annotation.quotes) {
        const element = shown[q.id];
        expect(element, `${file} ${q.id} has no element`).toBeDefined();
        const expected = q.speaker
          ? q.speaker.name.slice(0, 20)
          : q.kind === 'scare'
            ? 'not speech'
            : q.method === 'reported-sourceless'
              ? 'no source named'
              : 'no speaker';
        expect(element!.label, `${file} ${q.id}`).toContain(expected);
        // white space aside: a quote over several paragraphs is shown in pieces, one per paragraph
        expect(element!.text.replace(/\s+/g, ''), `${file} ${q.id}`).toBe(q.text.replace(/\s+/g, ''));
        expect(element!.background, `${file} ${q.id} is not highlighted`).not.toBe('rgba(0, 0, 0, 0) none');
        checked++;
      }
      expect(Object.keys(shown).sort()).toEqual(annotation.quotes.map((q) => q.id).sort());
      await page.close();
    }
    expect(checked).toBeGreaterThan(150);
  }, 120_000);

  it('shows an article’s markup as text and runs none of it', async () => {
    const page = await open('articles/markup-article.html');
    const result = await page.evaluate(() => ({
      ran: (window as unknown as { __ran?: string }).__ran ?? null,
      scripts: document.querySelectorAll('main script').length,
      images: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('main b').length,
      // the article as a reader sees it, without the quotes' labels
      text: (() => {
        const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
        main.querySelectorAll('.who, h2').forEach((e) => e.remove());
        return main.textContent;
      })(),
      title: document.title,
    }));
    expect(result).toMatchObject({ ran: null, scripts: 0, images: 0, bold: 0 });
    expect(result.text).toContain('<script>window.__ran = "script"</script>');
    expect(result.text).toContain('<img src=x onerror="window.__ran = \'img\'">');
    expect(result.text).toContain('</p></main><b>bold</b> & an &amp; entity.');
    expect(result.title).toContain('<script>');
    await page.close();
  });

  it('sorts the index by a column, and shows a quote’s details on keyboard focus', async () => {
    const index = await open('index.html');
    expect(await index.$$eval('tbody tr', (rows) => rows.length)).toBe(corpusArticles + 1);
    await index.click('thead th:nth-child(4) button'); // Quotes: most first
    const quotes = await index.$$eval('tbody tr td:nth-child(4)', (cells) => cells.map((c) => Number(c.textContent)));
    expect(quotes).toEqual([...quotes].sort((a, b) => b - a));
    expect(await index.$eval('thead th:nth-child(4)', (th) => th.getAttribute('aria-sort'))).toBe('descending');
    await index.close();

    const page = await open('articles/leeds-hospital-waiting-lists.html', { width: 1280, height: 860 });
    const details = async (): Promise<string> => page.$eval('#q3-d', (d) => getComputedStyle(d).display);
    expect(await details()).toBe('none');
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.getAttribute('data-quote'))) !== 'q3'; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-quote'))).toBe('q3');
    expect(await details()).toBe('block');
    expect(await page.$eval('#q3-d', (d) => d.textContent)).toMatch(/Kind.*Cue.*Rule.*Confidence/);
    await page.keyboard.press('Escape');
    expect(await details()).toBe('none');
    await page.keyboard.press('Tab');
    await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    await page.keyboard.up('Shift');
    expect(await details()).toBe('block'); // back on q3: shown again
    // The README's picture is rewritten only on request (UPDATE=1), so a test run leaves the tree clean.
    const shot = Buffer.from(await page.screenshot());
    expect(shot.subarray(1, 4).toString('latin1')).toBe('PNG');
    if (process.env.UPDATE) await writeFile(join(PROJECT, 'docs', 'review-article.png'), shot);
    await page.close();
  });

  it('made no request outside the site and logged no error', () => {
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
