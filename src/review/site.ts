// `onrecord review`: annotation sets to a static site, index.html and articles/<name>.html, written
// atomically. Pages depend only on the annotations and their texts (no date, no absolute path), so the
// same inputs give the same bytes.
import { join } from 'node:path';
import { writeAtomic } from '../batch/atomic.js';
import { idToFileName } from '../batch/jsonl.js';
import { readAnnotations } from '../output/read-annotations.js';
import { sourceTextReader, type SourceTextOptions } from '../output/source-text.js';
import { articlePage, articleTitle } from './article-page.js';
import { indexPage, type IndexRow } from './index-page.js';
import { countsOf } from './speakers.js';

export interface ReviewOptions extends SourceTextOptions {
  inputs: string[];
  out: string;
}

export interface ReviewResult {
  pages: number;
  /** Annotations that could not be read (no page) and articles whose text was not found (a page without it). */
  problems: Array<{ where: string; reason: string }>;
  /** Articles whose page shows no text (missing or changed). */
  textsMissing: number;
}

export async function buildReviewSite(options: ReviewOptions): Promise<ReviewResult> {
  const textOf = sourceTextReader(options);
  const rows: IndexRow[] = [];
  const unreadable: ReviewResult['problems'] = [];
  const problems: ReviewResult['problems'] = [];
  const usedNames = new Map<string, string>();
  for await (const entry of readAnnotations(options.inputs, options.out)) {
    if (!entry.ok) {
      unreadable.push({ where: entry.where, reason: entry.reason });
      problems.push({ where: entry.where, reason: entry.reason });
      continue;
    }
    const name = idToFileName(entry.key);
    const holder = usedNames.get(name);
    if (holder !== undefined) {
      const reason = `article "${entry.key}" already read from ${holder}`;
      unreadable.push({ where: entry.where, reason });
      problems.push({ where: entry.where, reason });
      continue;
    }
    usedNames.set(name, entry.where);
    const source = await textOf(entry.annotation.source);
    const text = source.ok ? source.text : null;
    if (!source.ok) problems.push({ where: entry.where, reason: `text not shown: ${source.reason}` });
    const href = `articles/${name}.html`;
    const html = articlePage({ annotation: entry.annotation, text, where: entry.where, indexHref: '../index.html', ...(source.ok ? {} : { textProblem: source.reason }) });
    await writeAtomic(join(options.out, href), html);
    rows.push({
      key: entry.key,
      title: articleTitle(text, entry.key, 110),
      href,
      counts: countsOf(entry.annotation),
      ...(source.ok ? {} : { problem: 'text not found: quotes shown without it' }),
    });
  }
  await writeAtomic(join(options.out, 'index.html'), indexPage({ rows, unreadable }));
  return { pages: rows.length, problems, textsMissing: rows.filter((r) => r.problem).length };
}
