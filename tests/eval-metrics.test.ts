// The metric on invented examples: name matching, quote cores, IoU matching one to one, speakers, kinds.
import { describe, expect, it } from 'vitest';
import { iou, quoteCore, quotedSegments, scoreDocument, speakerRight } from '../src/eval/metrics.js';
import { namesAgree, sameName } from '../src/eval/names.js';
import type { GoldQuote, GoldRecord, PredQuote } from '../src/eval/records.js';
import { figures, prf, summarize } from '../src/eval/summary.js';

describe('names', () => {
  it.each([
    ['Xi', 'Xi Jinping', true],
    ['Mr Blair', 'Tony Blair', true],
    ['Dr. Okafor', 'Ngozi Okafor', true],
    ['Okafor’s', 'Ngozi Okafor', true],
    ['John Smith', 'Jane Smith', false],
    ['Xi Jinping', 'Li Qiang', false],
    ['President', 'President Xi', false],
    ['', 'Xi', false],
  ])('sameName(%j, %j) is %s', (a, b, expected) => {
    expect(sameName(a, b)).toBe(expected);
    expect(sameName(b, a)).toBe(expected);
  });

  it.each([
    ['John Smith', 'Jane Smith', true], // the last words agree: the scorer's looser fallback
    ['Ngozi Okafor', 'the ministry', false],
    ['Ngozi Okafor', 'she', false], // a pronoun is matched by span only
    ['Ngozi Okafor', 'Okafor', true],
  ])('namesAgree(%j, gold %j) is %s', (predicted, gold, expected) => {
    expect(namesAgree(predicted, gold)).toBe(expected);
  });
});

describe('spans', () => {
  it('trims marks, spaces and edge punctuation to the core of a quote', () => {
    const text = 'She said: “We will, we must.” Then left.';
    const q = { start: text.indexOf('“'), end: text.indexOf('”') + 1 };
    expect(text.slice(q.start, q.end)).toBe('“We will, we must.”');
    const c = quoteCore(text, q);
    expect(text.slice(c.start, c.end)).toBe('We will, we must');
  });

  it('computes intersection over union', () => {
    expect(iou({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(1 / 3);
    expect(iou({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1);
    expect(iou({ start: 0, end: 4 }, { start: 6, end: 9 })).toBe(0);
    expect(iou({ start: 3, end: 3 }, { start: 3, end: 3 })).toBe(0);
  });

  it('splits a mixed gold quote into its quoted runs', () => {
    const text = 'He called the plan “reckless” and “a gamble” in a letter.';
    const q: GoldQuote = { start: 0, end: text.length, type: 'mixed' };
    expect(quotedSegments(text, q).map((s) => text.slice(s.start, s.end))).toEqual(['“reckless”', '“a gamble”']);
    const british = 'She called it \'a gamble\' on Monday.';
    expect(quotedSegments(british, { ...q, end: british.length }).map((s) => british.slice(s.start, s.end))).toEqual(['\'a gamble\'']);
  });
});

// An invented article: two direct quotes, one scare quote, two people.
const TEXT = '“We will rebuild the bridge,” Mayor Ana Ruiz said. “It will take a year,” she added. Critics call it a “vanity project”.';
const at = (s: string, from = 0): { start: number; end: number } => {
  const start = TEXT.indexOf(s, from);
  if (start < 0) throw new Error(`not in the text: ${s}`);
  return { start, end: start + s.length };
};
const Q1 = at('“We will rebuild the bridge,”');
const Q2 = at('“It will take a year,”');
const RUIZ = at('Ana Ruiz');
const SHE = at('she');
const SCARE = at('“vanity project”');
const GOLD: GoldRecord = {
  id: 'bridge',
  text: TEXT,
  people: [RUIZ],
  quotes: [
    { ...Q1, type: 'direct', kind: 'direct', speaker: 'Ana Ruiz', speakerStart: RUIZ.start, speakerEnd: RUIZ.end, speakerMention: 'Ana Ruiz' },
    { ...Q2, type: 'direct', kind: 'direct', speaker: 'Ana Ruiz', speakerStart: SHE.start, speakerEnd: SHE.end, speakerMention: 'she' },
  ],
  nonSpeech: [{ ...SCARE, kind: 'scare' }],
};
const pq = (span: { start: number; end: number }, speaker: PredQuote['speaker'] = null, kind = 'direct'): PredQuote => ({ ...span, kind, speaker });
const score = (quotes: PredQuote[], people = [RUIZ]) => {
  const { counts, misses } = scoreDocument(GOLD, { id: 'bridge', people, places: [], quotes });
  return { counts, misses, scores: summarize([counts], { project: true }) };
};

describe('quote matching', () => {
  it('matches quotes with their marks or without, at IoU >= 0.5 of the cores', () => {
    const inner = at('We will rebuild the bridge'); // no marks: same core
    const half = at('It will take'); // core "It will take" against "It will take a year": 12/19 >= 0.5
    const { counts } = score([pq(inner), pq(half)]);
    expect(counts.quotes).toMatchObject({ gold: 2, pred: 2, tpLenient: 2, tpExact: 1 });
  });

  it('does not match below IoU 0.5', () => {
    const { counts, misses } = score([pq(at('It will'))]); // 7/19
    expect(counts.quotes).toMatchObject({ tpLenient: 0, pred: 1 });
    expect(misses.map((m) => m.kind).sort()).toEqual(['quote-extra', 'quote-missed', 'quote-missed']);
  });

  it('matches one to one: a second copy of a quote is a false positive', () => {
    const { scores } = score([pq(Q1), pq(Q1)]);
    expect(scores.quotes!.quotesLenient).toMatchObject({ tp: 1, pred: 2, gold: 2 });
  });

  it('does not let one long prediction cover two quotes', () => {
    const both = { start: Q1.start, end: Q2.end };
    expect(score([pq(both)]).counts.quotes!.tpLenient).toBe(0);
  });

  it('leaves scare quotes out of speech, and counts scare text predicted as speech', () => {
    expect(score([pq(SCARE, null, 'scare')]).counts).toMatchObject({ quotes: { pred: 0 }, nonSpeech: { gold: 1, asSpeech: 0 } });
    const wrong = score([pq(SCARE, null, 'partial')]);
    expect(wrong.counts).toMatchObject({ quotes: { pred: 1, tpLenient: 0 }, nonSpeech: { asSpeech: 1 } });
    expect(figures(wrong.scores).nonSpeechAvoided).toBe(0);
  });

  it('judges kinds on matched quotes', () => {
    const { scores, misses } = score([pq(Q1), pq(Q2, null, 'partial')]);
    expect(scores.project).toMatchObject({ kindAccuracy: 0.5, kindJudged: 2 });
    expect(misses.filter((m) => m.kind === 'kind-wrong')).toHaveLength(1);
  });
});

describe('speakers', () => {
  const gq = GOLD.quotes![1]!; // "she added": mention is a pronoun
  it.each([
    ['the pronoun span itself', { name: 'Ana Ruiz', ...SHE }, true],
    ['the name, without a span', { name: 'Ana Ruiz' }, true],
    ['the surname with a title', { name: 'Mayor Ruiz' }, true],
    ['another person', { name: 'Ben Ode' }, false],
    ['a span elsewhere and no name', { ...RUIZ }, false],
    ['no speaker', null, false],
  ])('%s: %s', (_label, speaker, expected) => {
    expect(speakerRight(speaker as PredQuote['speaker'], gq)).toBe(expected);
  });

  it('counts speaker accuracy on matched quotes and attributed quotes over all', () => {
    const { scores } = score([pq(Q1, { name: 'Ana Ruiz', ...RUIZ }), pq(Q2, { name: 'Ben Ode' })]);
    expect(scores.quotes!.speakerAccuracy).toBe(0.5);
    expect(scores.quotes!.attributedQuotes).toMatchObject({ tp: 1, pred: 2, gold: 2 });
    const missed = score([pq(Q1, { name: 'Ruiz' })]).scores.quotes!;
    expect(missed.speakerAccuracy).toBe(1);
    expect(missed.attributedQuotes).toMatchObject({ tp: 1, pred: 1, gold: 2 });
  });
});

describe('entities and totals', () => {
  it('counts exact spans only, each once', () => {
    const { scores, misses } = score([], [RUIZ, RUIZ, at('Ruiz')]);
    expect(scores.people!.exact).toMatchObject({ tp: 1, pred: 2, gold: 1 });
    expect(misses.filter((m) => m.kind === 'person-extra').map((m) => m.text)).toEqual(['Ruiz']);
  });

  it('computes P, R and F1', () => {
    expect(prf(3, 4, 6)).toEqual({ p: 0.75, r: 0.5, f1: 0.6, tp: 3, pred: 4, gold: 6 });
    expect(prf(0, 0, 5)).toMatchObject({ p: 0, r: 0, f1: 0 });
  });

  it('scores no layer the gold lacks', () => {
    const { counts } = scoreDocument({ id: 'x', text: 'Ana Ruiz spoke.' }, { id: 'x', people: [{ start: 0, end: 8 }], places: [], quotes: [] });
    expect(summarize([counts])).toEqual({ people: null, places: null, placeLinks: null, quotes: null, reported: null, allQuotes: null, project: null });
  });
});

describe('place countries', () => {
  const text = 'Rain hit Cork, Leeds, Perth and Kandy.';
  const place = (name: string, country?: string): { start: number; end: number; country?: string } => {
    const start = text.indexOf(name);
    return { start, end: start + name.length, ...(country ? { country } : {}) };
  };
  const gold: GoldRecord = { id: 'x', text, places: [place('Cork', 'IE'), place('Leeds', 'GB'), place('Perth', 'AU'), place('Kandy', 'LK')] };

  it('counts each gold place with a country as right, wrong, unlinked or not found at its span', () => {
    const pred = { id: 'x', people: [], quotes: [], places: [place('Cork', 'IE'), place('Leeds', 'IE'), place('Perth')] };
    const { counts, misses } = scoreDocument(gold, pred);
    expect(counts.placeLinks).toEqual({ judged: 4, right: 1, wrong: 1, unlinked: 1, notFound: 1 });
    expect(misses.filter((m) => m.kind.startsWith('place-') && m.kind !== 'place-missed').map((m) => [m.kind, m.text])).toEqual([
      ['place-country-wrong', 'Leeds'], ['place-unlinked', 'Perth'],
    ]);
    expect(figures(summarize([counts]))).toMatchObject({ placeCountryRight: 25, placeCountryWrong: 25 });
  });

  it('judges no link when the gold gives no country', () => {
    const { counts } = scoreDocument({ ...gold, places: [place('Cork')] }, { id: 'x', people: [], quotes: [], places: [place('Cork', 'GB')] });
    expect(counts.placeLinks).toBeUndefined();
  });
});
