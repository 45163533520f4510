// One article's review page: the text with every quote highlighted in its speaker's colour and labelled
// with the speaker's name (colour is never the only signal), people and places marked, details of each
// quote on hover and keyboard focus, and a side list of speakers whose quotes link to the text.
import type { ReadAnnotation, ReadQuote } from '../output/read-annotations.js';
import type { Span } from '../document.js';
import { excerpt } from '../output/excerpt.js';
import { escapeHtml, page } from './html.js';
import { markText, type Mark } from './marked-text.js';
import { isSpeech, KIND_LABELS, kindLabel, shortKind, speakersOf, type ArticleSpeakers } from './speakers.js';

export interface ArticlePageInput {
  annotation: ReadAnnotation;
  /** The article as read; null when it could not be found (the page then lists the quotes alone). */
  text: string | null;
  /** Why the text is missing, shown on the page. */
  textProblem?: string;
  /** Where the annotation was read, shown under the title. */
  where: string;
  /** Link back to the list of articles. */
  indexHref: string;
}

/** An article's first line (its headline, in most news), or `fallback` when the text is missing. */
export function articleTitle(text: string | null, fallback: string, max: number): string {
  return text === null ? fallback : excerpt(text.split('\n').find((l) => l.trim() !== '') ?? fallback, max);
}

const RANK = { quote: 0, person: 1, place: 1 } as const;

export function articlePage(input: ArticlePageInput): string {
  const { annotation, text } = input;
  const speakers = speakersOf(annotation);
  const title = articleTitle(text, input.where, 140);
  const body = `<a class="skip" href="#article">Skip to the article</a>
<header class="top">
<nav aria-label="Site"><a href="${escapeHtml(input.indexHref)}">← All articles</a></nav>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${escapeHtml(annotation.source.path ?? input.where)} · ${summaryLine(annotation, speakers)}</p>
</header>
<div class="layout">
<main id="article" tabindex="-1">
<h2 class="sr-only">Article text</h2>
${text === null ? quotesWithoutText(annotation, speakers, input.textProblem) : articleText(annotation, text, speakers)}
</main>
${sidePanel(annotation, speakers)}
</div>`;
  return page({ title: `${title} – onrecord review`, body, script: DISMISS_SCRIPT });
}

/** Escape hides the details of the quote in focus or under the pointer, until focus or pointer leaves it. */
const DISMISS_SCRIPT = `document.addEventListener('keydown',function(e){if(e.key!=='Escape')return;
document.querySelectorAll('.q[data-quote]:hover,.q[data-quote]:focus').forEach(function(q){q.classList.add('quiet')});});
document.addEventListener('focusout',function(e){if(e.target.classList)e.target.classList.remove('quiet')});
document.addEventListener('mouseout',function(e){var q=e.target.closest&&e.target.closest('.q.quiet');if(q&&!q.contains(e.relatedTarget))q.classList.remove('quiet')});`;

function summaryLine(a: ReadAnnotation, s: ArticleSpeakers): string {
  const n = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
  return [
    `${n(a.quotes.length, 'quote')} by ${n(s.speakers.length, 'speaker')}`,
    `${s.unattributed.length} with no speaker`,
    n(a.people.length, 'person', 'people'),
    n(a.places.length, 'place'),
  ]
    .map(escapeHtml)
    .join(' · ');
}

function paragraphsOf(a: ReadAnnotation, text: string): Span[] {
  if (Array.isArray(a.paragraphs) && a.paragraphs.length > 0) return a.paragraphs;
  const found: Span[] = [];
  for (const m of text.matchAll(/\S(?:[^\n]|\n(?!\s*\n))*/g)) found.push({ start: m.index, end: m.index + m[0].length });
  return found;
}

function articleText(a: ReadAnnotation, text: string, s: ArticleSpeakers): string {
  const marks: Mark[] = [
    ...a.quotes.map((q) => quoteMark(q, s)),
    ...a.people.flatMap((p) =>
      p.mentions.map((m) => simpleMark(m, RANK.person, `<span class="person" data-person="${escapeHtml(p.id)}" title="${escapeHtml(`Person: ${p.name}`)}">`)),
    ),
    ...a.places.flatMap((p) =>
      p.mentions.map((m) => simpleMark(m, RANK.place, `<span class="place" data-place="${escapeHtml(p.id)}" title="${escapeHtml(`Place: ${p.name}${whereOnMap(p)}`)}">`)),
    ),
  ];
  return paragraphsOf(a, text)
    .map((p) => `<p>${markText(text, p.start, p.end, marks)}</p>`)
    .join('\n');
}

/** " (city, GB)": what the map says of a place, when the annotation links it. */
function whereOnMap(place: ReadAnnotation['places'][number]): string {
  const said = [place.kind, place.country].filter((v): v is NonNullable<typeof v> => typeof v === 'string' && v !== '');
  return said.length ? ` (${said.join(', ')})` : '';
}

const simpleMark = (span: Span, rank: number, open: string): Mark => ({ start: span.start, end: span.end, rank, open: () => open, close: '</span>' });

function quoteMark(q: ReadQuote, s: ArticleSpeakers): Mark {
  return {
    start: q.start,
    end: q.end,
    rank: RANK.quote,
    open: (first) => (first ? quoteOpen(q, s) : `<span class="${quoteClasses(q, s)} cont" data-quote="${escapeHtml(q.id)}">`),
    close: '</span>',
  };
}

/** Classes of a quote: its speaker's colour (or none/notspeech), its kind (known kinds only: a class name is code). */
function quoteClasses(q: ReadQuote, s: ArticleSpeakers): string {
  const speaker = s.speakerOf(q);
  const who = speaker ? `s${speaker.colour}` : isSpeech(q) ? 'none' : 'notspeech';
  const kind = Object.hasOwn(KIND_LABELS, q.kind) ? `k-${q.kind}` : 'k-other';
  return `q ${who} ${kind}`;
}

/** The label on a quote: who said it, and what kind of quote it is when not a plain direct quote. */
function labelOf(q: ReadQuote): { visible: string; spoken: string } {
  if (q.speaker) {
    const kind = q.kind === 'direct' ? '' : ` · ${shortKind(q.kind)}`;
    return { visible: excerpt(q.speaker.name, 36) + kind, spoken: `Quote by ${q.speaker.name}${kind ? `, ${kindLabel(q.kind)}` : ''}: ` };
  }
  if (!isSpeech(q)) return { visible: 'not speech', spoken: 'Not speech, in quotation marks: ' };
  const kind = q.kind === 'direct' ? '' : ` · ${shortKind(q.kind)}`;
  // "is expected to", "Asked whether …": the text names no source, so none was missed.
  if (q.method === 'reported-sourceless') return { visible: `no source named${kind}`, spoken: `Attribution with no source named${kind ? `, ${kindLabel(q.kind)}` : ''}: ` };
  return { visible: `no speaker${kind}`, spoken: `Quote with no speaker found${kind ? `, ${kindLabel(q.kind)}` : ''}: ` };
}

function quoteOpen(q: ReadQuote, s: ArticleSpeakers): string {
  const id = escapeHtml(q.id);
  const label = labelOf(q);
  return `<span class="${quoteClasses(q, s)}" id="${id}" data-quote="${id}" data-kind="${escapeHtml(q.kind)}" tabindex="0" aria-describedby="${id}-d"><span class="who"><span class="sr-only">${escapeHtml(label.spoken)}</span><span aria-hidden="true">${escapeHtml(label.visible)}</span>${details(q)}</span>`;
}

/** Shown on hover and focus, and read as the quote's description by screen readers. */
function details(q: ReadQuote): string {
  const rows: Array<[string, string]> = [
    ['Speaker', q.speaker ? `${q.speaker.name}${q.speaker.mention && q.speaker.mention.text !== q.speaker.name ? ` (as “${q.speaker.mention.text}”)` : ''}` : isSpeech(q) ? 'none found' : 'none (not speech)'],
    ['Kind', kindLabel(q.kind)],
    ['Cue', q.cue ? `“${q.cue.text}”` : 'none'],
    ['Rule', q.method],
    ['Confidence', typeof q.confidence === 'number' ? q.confidence.toFixed(2) : 'unknown'],
  ];
  if (q.group !== undefined && q.group !== null) rows.push(['Group', String(q.group)]);
  rows.push(['Quote', q.id]);
  return `<span class="details" role="tooltip" id="${escapeHtml(q.id)}-d">${rows
    .map(([k, v]) => `<span class="row"><span class="k">${k}</span> ${escapeHtml(v)}</span>`)
    .join('')}</span>`;
}

function quotesWithoutText(a: ReadAnnotation, s: ArticleSpeakers, problem: string | undefined): string {
  return `<p class="notice" role="note"><strong>The article text could not be shown.</strong> ${escapeHtml(problem ?? 'It was not found.')} The quotes are listed below from the annotation, without their context.</p>
<ol class="quote-list">
${a.quotes.map((q) => `<li>${quoteOpen(q, s)}${escapeHtml(q.text)}</span></li>`).join('\n')}
</ol>`;
}

/** A later segment of a running quote says which quote it continues. */
const runsOnFrom = (q: ReadQuote): string =>
  typeof q.group === 'string' && q.group !== q.id ? ` <span class="tag">continues <a href="#${escapeHtml(q.group)}">${escapeHtml(q.group)}</a></span>` : '';

function sidePanel(a: ReadAnnotation, s: ArticleSpeakers): string {
  const quoteLinks = (quotes: ReadQuote[]): string =>
    `<ol>${quotes.map((q) => `<li><a href="#${escapeHtml(q.id)}">${escapeHtml(excerpt(q.text, 90))}</a>${q.kind === 'direct' ? '' : ` <span class="tag">${escapeHtml(shortKind(q.kind))}</span>`}${runsOnFrom(q)}</li>`).join('')}</ol>`;
  const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const group = (cls: string, name: string, quotes: ReadQuote[]): string =>
    `<li class="speaker ${cls}"><h3><span class="swatch" aria-hidden="true"></span>${escapeHtml(name)} <span class="count">${count(quotes.length, 'quote', 'quotes')}</span></h3>${quoteLinks(quotes)}</li>`;
  const entities = (list: Array<{ name: string; mentions: unknown[]; kind?: string; country?: string }>, cls: string): string =>
    list.length === 0
      ? '<p class="empty">None found.</p>'
      : `<ul class="entities">${list.map((e) => `<li><span class="${cls}">${escapeHtml(e.name)}</span>${e.country ? ` <abbr class="tag" title="${escapeHtml(`country: ${e.country}`)}">${escapeHtml(e.country)}</abbr>` : ''} <span class="count">${count(e.mentions.length, 'mention', 'mentions')}</span></li>`).join('')}</ul>`;
  return `<aside class="side" aria-label="Speakers, people and places">
<section aria-labelledby="speakers-h">
<h2 id="speakers-h">Speakers</h2>
${s.speakers.length === 0 ? '<p class="empty">No quote is attributed.</p>' : `<ul class="speakers">${s.speakers.map((sp) => group(`s${sp.colour}`, sp.name, sp.quotes)).join('\n')}</ul>`}
${s.unattributed.length ? `<h2>No speaker found</h2><ul class="speakers">${group('none', 'Unattributed', s.unattributed)}</ul>` : ''}
${s.notSpeech.length ? `<h2>Not speech</h2><ul class="speakers">${group('notspeech', 'Scare quotes, titles, terms', s.notSpeech)}</ul>` : ''}
</section>
<section aria-labelledby="people-h"><h2 id="people-h">People</h2>${entities(a.people, 'person')}</section>
<section aria-labelledby="places-h"><h2 id="places-h">Places</h2>${entities(a.places, 'place')}</section>
<section aria-labelledby="key-h" class="key"><h2 id="key-h">Key</h2>
<ul>
<li><span class="q s0 k-direct"><span class="who">Name</span>“quoted words”</span> a quote, in its speaker’s colour, with the speaker’s name</li>
<li><span class="q s0 k-indirect"><span class="who">Name · reported</span>reported words</span> reported speech, without quotation marks</li>
<li><span class="q none k-direct"><span class="who">no speaker</span>“…”</span> speech with no speaker found</li>
<li><span class="q none k-indirect"><span class="who">no source named · reported</span>…</span> an attribution whose text names no source (“is expected to”, “Asked whether …”)</li>
<li><span class="q notspeech k-scare"><span class="who">not speech</span>“…”</span> scare quotes, a title or a term</li>
<li><span class="person">Person</span> a person, underlined</li>
<li><span class="place">Place</span> a place, dotted underline</li>
</ul>
<p>Hover over or tab to a quote for its kind, cue, rule and confidence; Escape hides them.</p>
</section>
</aside>`;
}
