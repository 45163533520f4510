// Text with marked spans as well-nested HTML. Spans may overlap in any way (a person's name inside a quote,
// a quote over two paragraphs): where one span crosses another's edge it is closed and reopened, so the
// HTML stays valid, and each span says whether a piece is its first (where its label goes).
import { escapeHtml } from './html.js';

export interface Mark {
  start: number;
  end: number;
  /** Lower ranks enclose higher ones where both cover the same text (a quote encloses a name). */
  rank: number;
  /** The opening tag of a piece; `first` is true for the piece where the span starts. */
  open: (first: boolean) => string;
  close: string;
}

/** The HTML of text[from, to) with the parts of `marks` inside it marked up; all text is escaped. */
export function markText(text: string, from: number, to: number, marks: Mark[]): string {
  const inside = marks
    .map((mark, order) => ({ mark, order, start: Math.max(mark.start, from), end: Math.min(mark.end, to) }))
    .filter((m) => m.start < m.end);
  const edges = [...new Set([from, to, ...inside.flatMap((m) => [m.start, m.end])])].sort((a, b) => a - b);
  const outerFirst = (a: (typeof inside)[number], b: (typeof inside)[number]): number =>
    a.mark.rank - b.mark.rank || a.mark.start - b.mark.start || b.mark.end - a.mark.end || a.order - b.order;
  let html = '';
  let stack: typeof inside = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const [start, end] = [edges[i]!, edges[i + 1]!];
    const active = inside.filter((m) => m.start <= start && m.end >= end).sort(outerFirst);
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    for (let k = stack.length - 1; k >= keep; k--) html += stack[k]!.mark.close;
    for (let k = keep; k < active.length; k++) html += active[k]!.mark.open(active[k]!.mark.start === start);
    stack = active;
    html += escapeHtml(text.slice(start, end));
  }
  for (let k = stack.length - 1; k >= 0; k--) html += stack[k]!.mark.close;
  return html;
}
