// What changed between two annotation sets, article by article: quotes added, removed, or with a changed
// speaker, kind or span; people and places added or removed, and mentions of those in both. The onrecord
// version, messages, sentences, cues, rules and confidences are not compared: two runs agree when they
// say the same about who is named and who said what.
import type { AnnotationSet, ReadAnnotation, ReadQuote } from '../output/read-annotations.js';

export interface QuoteView {
  id: string;
  start: number;
  end: number;
  text: string;
  kind: string;
  /** The speaker's name; null when none was found. */
  speaker: string | null;
}

export type QuoteChangeKind = 'speaker' | 'kind' | 'span';

export interface QuoteChange {
  old: QuoteView;
  new: QuoteView;
  changes: QuoteChangeKind[];
}

export interface MentionView {
  start: number;
  end: number;
  text: string;
}

export interface EntityView {
  name: string;
  mentions: MentionView[];
}

export interface EntityDiff {
  added: EntityView[];
  removed: EntityView[];
  /** Entities in both sets whose mentions differ. */
  mentions: Array<{ name: string; added: MentionView[]; removed: MentionView[] }>;
}

export interface ArticleDiff {
  key: string;
  old: string;
  new: string;
  /** The texts differ (source.sha256): offsets are then not comparable, so spans may differ throughout. */
  textChanged: boolean;
  quotes: { added: QuoteView[]; removed: QuoteView[]; changed: QuoteChange[] };
  people: EntityDiff;
  places: EntityDiff;
}

export interface Totals {
  articles: number;
  differ: number;
  onlyOld: number;
  onlyNew: number;
  quotes: { added: number; removed: number; speaker: number; kind: number; span: number };
  people: { added: number; removed: number; mentions: number };
  places: { added: number; removed: number; mentions: number };
}

export interface SetDiff {
  same: boolean;
  /** Articles in both sets that differ, in key order. */
  articles: ArticleDiff[];
  onlyOld: Array<{ key: string; where: string }>;
  onlyNew: Array<{ key: string; where: string }>;
  totals: Totals;
}

const view = (q: ReadQuote): QuoteView => ({ id: q.id, start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null });

const overlap = (a: QuoteView, b: QuoteView): number => {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return inter <= 0 ? 0 : inter / (Math.max(a.end, b.end) - Math.min(a.start, b.start));
};

/** Quotes paired by identical span, then the rest by greatest overlap; what stays unpaired was added or removed. */
export function diffQuotes(oldQuotes: ReadQuote[], newQuotes: ReadQuote[]): ArticleDiff['quotes'] {
  const olds = oldQuotes.map(view);
  const news = newQuotes.map(view);
  const pairs: Array<[QuoteView, QuoteView]> = [];
  const taken = new Set<QuoteView>();
  const byStartEnd = new Map(news.map((q) => [`${q.start}:${q.end}`, q]));
  const unpairedOld: QuoteView[] = [];
  for (const o of olds) {
    const n = byStartEnd.get(`${o.start}:${o.end}`);
    if (n && !taken.has(n)) {
      pairs.push([o, n]);
      taken.add(n);
    } else unpairedOld.push(o);
  }
  const candidates = unpairedOld
    .flatMap((o) => news.filter((n) => !taken.has(n)).map((n) => ({ o, n, score: overlap(o, n) })))
    .filter((c) => c.score > 0)
    .sort((a, b) => b.score - a.score || a.o.start - b.o.start || a.n.start - b.n.start);
  const pairedOld = new Set<QuoteView>();
  for (const { o, n } of candidates) {
    if (pairedOld.has(o) || taken.has(n)) continue;
    pairs.push([o, n]);
    pairedOld.add(o);
    taken.add(n);
  }
  const changed: QuoteChange[] = [];
  for (const [o, n] of pairs) {
    const changes: QuoteChangeKind[] = [];
    if (o.speaker !== n.speaker) changes.push('speaker');
    if (o.kind !== n.kind) changes.push('kind');
    if (o.start !== n.start || o.end !== n.end) changes.push('span');
    if (changes.length) changed.push({ old: o, new: n, changes });
  }
  const byStart = (a: { start: number }, b: { start: number }): number => a.start - b.start;
  return {
    added: news.filter((n) => !taken.has(n)).sort(byStart),
    removed: unpairedOld.filter((o) => !pairedOld.has(o)).sort(byStart),
    changed: changed.sort((a, b) => a.old.start - b.old.start),
  };
}

/** People or places matched by name; for those in both, their mentions matched by span. */
type Entity = ReadAnnotation['places'][number];

export function diffEntities(oldList: Entity[], newList: Entity[]): EntityDiff {
  const entityView = (e: Entity): EntityView => ({
    name: e.name,
    mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  });
  const byName = (list: Entity[]): Map<string, EntityView> => {
    const map = new Map<string, EntityView>();
    for (const e of list) {
      const known = map.get(e.name);
      if (known) known.mentions.push(...entityView(e).mentions); // one name, one entity for comparison
      else map.set(e.name, entityView(e));
    }
    return map;
  };
  const olds = byName(oldList);
  const news = byName(newList);
  const spanKey = (m: MentionView): string => `${m.start}:${m.end}`;
  const diff: EntityDiff = { added: [], removed: [], mentions: [] };
  for (const [name, o] of olds) {
    const n = news.get(name);
    if (!n) {
      diff.removed.push(o);
      continue;
    }
    const oldSpans = new Set(o.mentions.map(spanKey));
    const newSpans = new Set(n.mentions.map(spanKey));
    const added = n.mentions.filter((m) => !oldSpans.has(spanKey(m)));
    const removed = o.mentions.filter((m) => !newSpans.has(spanKey(m)));
    if (added.length || removed.length) diff.mentions.push({ name, added, removed });
  }
  for (const [name, n] of news) if (!olds.has(name)) diff.added.push(n);
  return diff;
}

export function diffArticle(key: string, old: { where: string; annotation: ReadAnnotation }, neu: { where: string; annotation: ReadAnnotation }): ArticleDiff {
  return {
    key,
    old: old.where,
    new: neu.where,
    textChanged: old.annotation.source.sha256 !== neu.annotation.source.sha256,
    quotes: diffQuotes(old.annotation.quotes, neu.annotation.quotes),
    people: diffEntities(old.annotation.people, neu.annotation.people),
    places: diffEntities(old.annotation.places, neu.annotation.places),
  };
}

export function articleDiffers(d: ArticleDiff): boolean {
  const { quotes, people, places } = d;
  return (
    d.textChanged ||
    [quotes.added, quotes.removed, quotes.changed, people.added, people.removed, people.mentions, places.added, places.removed, places.mentions].some(
      (list) => list.length > 0,
    )
  );
}

export function diffSets(oldSet: AnnotationSet, newSet: AnnotationSet): SetDiff {
  const keys = [...new Set([...oldSet.articles.keys(), ...newSet.articles.keys()])].sort();
  const result: SetDiff = { same: true, articles: [], onlyOld: [], onlyNew: [], totals: emptyTotals() };
  const t = result.totals;
  for (const key of keys) {
    const o = oldSet.articles.get(key);
    const n = newSet.articles.get(key);
    if (!n) result.onlyOld.push({ key, where: o!.where });
    else if (!o) result.onlyNew.push({ key, where: n.where });
    else {
      t.articles++;
      const d = diffArticle(key, o, n);
      if (!articleDiffers(d)) continue;
      result.articles.push(d);
      t.quotes.added += d.quotes.added.length;
      t.quotes.removed += d.quotes.removed.length;
      for (const c of d.quotes.changed) for (const what of c.changes) t.quotes[what]++;
      for (const [side, entities] of [['people', d.people], ['places', d.places]] as const) {
        t[side].added += entities.added.length;
        t[side].removed += entities.removed.length;
        t[side].mentions += entities.mentions.reduce((sum, m) => sum + m.added.length + m.removed.length, 0);
      }
    }
  }
  t.differ = result.articles.length;
  t.onlyOld = result.onlyOld.length;
  t.onlyNew = result.onlyNew.length;
  result.same = t.differ === 0 && t.onlyOld === 0 && t.onlyNew === 0;
  return result;
}

function emptyTotals(): Totals {
  return {
    articles: 0,
    differ: 0,
    onlyOld: 0,
    onlyNew: 0,
    quotes: { added: 0, removed: 0, speaker: 0, kind: 0, span: 0 },
    people: { added: 0, removed: 0, mentions: 0 },
    places: { added: 0, removed: 0, mentions: 0 },
  };
}
