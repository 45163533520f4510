// The corpus at a glance: who is quoted most, who and where is named most, and totals. A speaker, person
// or place is one row across articles, keyed by name: "Xi Jinping" quoted in three articles is one
// speaker with three articles. Built one annotation at a time; memory grows with the distinct names only.
import type { QuoteKind } from '../document.js';
import type { ReadAnnotation } from './read-annotations.js';

export interface SpeakerRow {
  name: string;
  /** Quotes attributed to this name, of every kind. */
  quotes: number;
  direct: number;
  partial: number;
  indirect: number;
  scare: number;
  /** Articles with at least one such quote. */
  articles: number;
}

export interface NamedRow {
  name: string;
  /** Places: ISO 3166-1 alpha-2 code where an annotation links the place to a country. */
  country?: string;
  mentions: number;
  articles: number;
}

export interface CorpusSummary {
  totals: {
    articles: number;
    quotes: number;
    direct: number;
    partial: number;
    indirect: number;
    scare: number;
    /** Speech (direct, partial and indirect quotes) without a speaker, and its share of all speech (0 to 1, two decimals). */
    unattributed: number;
    unattributedShare: number;
  };
  speakers: SpeakerRow[];
  people: NamedRow[];
  places: NamedRow[];
}

export class CorpusSummaryBuilder {
  private readonly totals = { articles: 0, quotes: 0, direct: 0, partial: 0, indirect: 0, scare: 0, unattributed: 0 };
  private readonly speakers = new Map<string, SpeakerRow>();
  private readonly people = new Map<string, NamedRow>();
  private readonly places = new Map<string, NamedRow>();

  /** Quotes of a kind this version does not know (written by a later one) count in `quotes` only. */
  add(a: ReadAnnotation): void {
    this.totals.articles++;
    const personName = new Map(a.people.map((p) => [p.id, p.name]));
    const seen = new Set<string>();
    for (const q of a.quotes) {
      this.totals.quotes++;
      const kind = isKnownKind(q.kind) ? q.kind : null;
      if (kind) this.totals[kind]++;
      if (!q.speaker) {
        if (q.kind !== 'scare') this.totals.unattributed++;
        continue;
      }
      // a person of the article is named by their entry's fullest name ("Xi" said -> "Xi Jinping")
      const name = (q.speaker.entity && personName.get(q.speaker.entity)) || q.speaker.name;
      const row = this.speakers.get(name) ?? { name, quotes: 0, direct: 0, partial: 0, indirect: 0, scare: 0, articles: 0 };
      this.speakers.set(name, row);
      row.quotes++;
      if (kind) row[kind]++;
      if (!seen.has(name)) row.articles++;
      seen.add(name);
    }
    const named = new Set<NamedRow>();
    for (const p of a.people) count(this.people, named, p.name, p.mentions.length);
    for (const p of a.places) count(this.places, named, p.name, p.mentions.length, p.country);
  }

  build(): CorpusSummary {
    const { unattributed, direct, partial, indirect } = this.totals;
    const speech = direct + partial + indirect;
    return {
      totals: { ...this.totals, unattributedShare: speech === 0 ? 0 : Math.round((unattributed / speech) * 100) / 100 },
      speakers: [...this.speakers.values()].sort((a, b) => b.quotes - a.quotes || b.articles - a.articles || byName(a, b)),
      people: sortNamed(this.people),
      places: sortNamed(this.places),
    };
  }
}

/** One article's entity: its mentions are added, and the article counted once per name (`named`: rows this article already counted). */
function count(rows: Map<string, NamedRow>, named: Set<NamedRow>, name: string, mentions: number, country?: string): void {
  const row = rows.get(name) ?? { name, mentions: 0, articles: 0 };
  rows.set(name, row);
  row.mentions += mentions;
  if (!named.has(row)) row.articles++;
  named.add(row);
  if (country && !row.country) row.country = country;
}

const KNOWN_KINDS: ReadonlySet<string> = new Set<QuoteKind>(['direct', 'partial', 'indirect', 'scare']);
const isKnownKind = (kind: string): kind is QuoteKind => KNOWN_KINDS.has(kind);

const byName = (a: { name: string }, b: { name: string }): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

const sortNamed = (rows: Map<string, NamedRow>): NamedRow[] =>
  [...rows.values()].sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || byName(a, b));
