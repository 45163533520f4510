// The review site's index: one row per article with its counts, sortable by any column (a small inline
// script; without it the table is still there, in the order the articles were read), totals at the foot.
import { escapeHtml, page } from './html.js';
import { kindColumns, kindLabel, shortKind, type ArticleCounts } from './speakers.js';

export interface IndexRow {
  key: string;
  title: string;
  href: string;
  counts: ArticleCounts;
  /** Shown beside the article when its page is incomplete (e.g. the text was not found). */
  problem?: string;
}

export interface IndexInput {
  rows: IndexRow[];
  /** Annotations that could not be read at all. */
  unreadable: Array<{ where: string; reason: string }>;
}

const SORT_SCRIPT = `(function(){var t=document.querySelector('table.articles');if(!t)return;var b=t.tBodies[0];
t.querySelectorAll('thead th').forEach(function(th,col){var btn=th.querySelector('button');if(!btn)return;
btn.addEventListener('click',function(){var asc=th.getAttribute('aria-sort')!=='ascending';if(th.dataset.type==='number'&&!th.getAttribute('aria-sort'))asc=false;
t.querySelectorAll('thead th').forEach(function(o){o.removeAttribute('aria-sort')});th.setAttribute('aria-sort',asc?'ascending':'descending');
var rows=Array.prototype.slice.call(b.rows);rows.sort(function(x,y){var a=x.cells[col].dataset.value,c=y.cells[col].dataset.value;
var d=th.dataset.type==='number'?Number(a)-Number(c):a.localeCompare(c);return asc?d:-d});rows.forEach(function(r){b.appendChild(r)});
document.getElementById('sort-status').textContent='Sorted by '+btn.textContent+(asc?', ascending':', descending');});});})();`;

export function indexPage({ rows, unreadable }: IndexInput): string {
  const kinds = kindColumns(rows.map((r) => r.counts));
  const columns: Array<{ label: string; title: string; value: (c: ArticleCounts) => number }> = [
    { label: 'People', title: 'people named', value: (c) => c.people },
    { label: 'Places', title: 'places named', value: (c) => c.places },
    { label: 'Quotes', title: 'all quotes', value: (c) => c.quotes },
    ...kinds.map((k) => ({ label: shortKind(k), title: kindLabel(k), value: (c: ArticleCounts) => c.byKind[k] ?? 0 })),
    { label: 'No speaker', title: 'speech with no speaker found', value: (c) => c.unattributed },
    { label: 'Speakers', title: 'different speakers', value: (c) => c.speakers },
  ];
  const head = `<tr><th scope="col" data-type="text"><button type="button">Article</button></th>${columns
    .map((c) => `<th scope="col" data-type="number" title="${escapeHtml(c.title)}"><button type="button">${escapeHtml(c.label)}</button></th>`)
    .join('')}</tr>`;
  const body = rows
    .map(
      (r) =>
        `<tr><th scope="row" data-value="${escapeHtml(r.title.toLowerCase())}"><a href="${escapeHtml(r.href)}">${escapeHtml(r.title)}</a><br><span class="count">${escapeHtml(r.key)}</span>${
          r.problem ? `<br><span class="warn">${escapeHtml(r.problem)}</span>` : ''
        }</th>${columns.map((c) => `<td data-value="${c.value(r.counts)}">${c.value(r.counts)}</td>`).join('')}</tr>`,
    )
    .join('\n');
  const total = (c: (typeof columns)[number]): number => rows.reduce((sum, r) => sum + c.value(r.counts), 0);
  const foot = `<tr><td>Total: ${rows.length} ${rows.length === 1 ? 'article' : 'articles'}</td>${columns.map((c) => `<td>${total(c)}</td>`).join('')}</tr>`;
  const problems = unreadable.length
    ? `<section class="problems" aria-labelledby="problems-h"><h2 id="problems-h">Not shown: ${unreadable.length} unreadable</h2><ul>${unreadable
        .map((p) => `<li><code>${escapeHtml(p.where)}</code>: ${escapeHtml(p.reason)}</li>`)
        .join('')}</ul></section>`
    : '';
  const html = `<a class="skip" href="#article">Skip to the list</a>
<header class="top">
<h1>Who is quoted: ${rows.length} ${rows.length === 1 ? 'article' : 'articles'}</h1>
<p class="meta">Annotations by onrecord. Choose an article to read it with its quotes highlighted by speaker; choose a column heading to sort.</p>
</header>
<div class="layout index">
<main id="article" tabindex="-1">
<table class="articles">
<caption>Counts per article. <span id="sort-status" role="status"></span></caption>
<thead>${head}</thead>
<tbody>
${body}
</tbody>
<tfoot>${foot}</tfoot>
</table>
${problems}
</main>
</div>`;
  return page({ title: 'onrecord review', body: html, script: SORT_SCRIPT });
}
