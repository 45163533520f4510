// The house rules of src/: what the README promises a newcomer about where things live.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTITY_RULES } from '../src/entities/rules/index.js';
import { CLOSING_CLASS, CLOSING_MARKS, CLOSING_OF, OPENING_MARKS, QUOTE_MARKS } from '../src/lexicons/quote-marks.js';
import { SPEECH_VERB_FORMS } from '../src/lexicons/speech-verbs.js';

const SRC = join(import.meta.dirname, '../src');
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('layout', () => {
  it('only the pipeline and the public API import the stages', () => {
    const importers = sources(SRC)
      .filter((f) => /from '[^']*\bstages\//.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f));
    expect(importers).toContain('pipeline.ts');
    expect(importers.filter((f) => f !== 'pipeline.ts' && f !== 'index.ts')).toEqual([]);
  });

  it('every rule file of src/entities/rules/ runs from ENTITY_RULES, once', async () => {
    const dir = join(SRC, 'entities/rules');
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'rule.ts');
    const listed = new Set<unknown>(ENTITY_RULES);
    for (const file of files) {
      const mod = (await import(join(dir, file))) as Record<string, unknown>;
      expect(Object.values(mod).filter((v) => listed.has(v)), file).toHaveLength(1);
    }
    expect(ENTITY_RULES).toHaveLength(files.length);
    expect(new Set(ENTITY_RULES).size).toBe(ENTITY_RULES.length);
  });
});

describe('quotation marks: one table, everything derived', () => {
  it('every opening mark has its closing one, and the sets follow the table', () => {
    for (const [mark, m] of QUOTE_MARKS) {
      expect(OPENING_MARKS.has(mark), mark).toBe(m.opens);
      expect(CLOSING_MARKS.has(mark), mark).toBe(m.closes);
      if (m.opens) expect(QUOTE_MARKS.has(CLOSING_OF.get(mark)!), mark).toBe(true);
    }
    expect(CLOSING_OF.get('„')).toBe('“');
    expect(CLOSING_OF.get('‹')).toBe('›');
  });

  it('the closing class matches each closing mark and nothing else', () => {
    const closing = new RegExp(`^[${CLOSING_CLASS}]$`);
    for (const mark of QUOTE_MARKS.keys()) expect(closing.test(mark), mark).toBe(CLOSING_MARKS.has(mark));
    expect(closing.test('-')).toBe(false);
  });
});

describe('speech verbs: one table', () => {
  it.each([
    ['said', 'say', false, true, false, true],
    ['told', 'tell', false, true, true, true],
    ['telling', 'tell', false, false, true, true],
    ['called', 'call', true, false, false, false],
    ['characterises', 'characterize', true, false, false, false],
    ['wrote', 'write', false, true, false, true],
  ])('%s: verb %s, weak %s, always a cue %s, hearer %s, reports a clause %s', (form, verb, weak, always, hearer, reportsClause) => {
    expect(SPEECH_VERB_FORMS.get(form)).toEqual({ verb, weak, always, hearer, reportsClause, thatOnly: false, topic: [], topicOnly: false });
  });

  it('"topic" verbs: "referring" is a cue before "to" only, "complained" also before "about"', () => {
    expect(SPEECH_VERB_FORMS.get('referring')).toMatchObject({ verb: 'refer', topic: ['to'], topicOnly: true });
    expect(SPEECH_VERB_FORMS.get('complained')).toMatchObject({ verb: 'complain', topic: ['about'], topicOnly: false });
  });

  it('"that-only" verbs: "found" is a cue before "that" only', () => {
    expect(SPEECH_VERB_FORMS.get('found')).toMatchObject({ verb: 'find', thatOnly: true, reportsClause: true });
  });

  it('knows no non-verb', () => expect(SPEECH_VERB_FORMS.has('table')).toBe(false));
});
