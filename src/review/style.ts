// The review site's one stylesheet, inlined in every page (no outside request, pages open from disk).
// Speaker colours: light backgrounds under near-black text (contrast above 12:1) and dark label colours
// under white text (above 4.5:1); the speaker's name is always written, so colour is never the only signal.
export const SPEAKER_COLOURS: Array<[background: string, strong: string]> = [
  ['#dbeafe', '#1d4ed8'],
  ['#ffedd5', '#c2410c'],
  ['#dcfce7', '#15803d'],
  ['#f3e8ff', '#7e22ce'],
  ['#ffe4e6', '#be123c'],
  ['#ccfbf1', '#0f766e'],
  ['#fef9c3', '#854d0e'],
  ['#fce7f3', '#be185d'],
  ['#e0e7ff', '#4338ca'],
  ['#ecfccb', '#3f6212'],
];

const speakerRules = SPEAKER_COLOURS.map(([bg, strong], i) => `.s${i}{--bg:${bg};--strong:${strong}}`).join('\n');

export const REVIEW_CSS = `
:root{--ink:#1b1b1b;--muted:#4b5563;--line:#d1d5db;--paper:#ffffff;--focus:#b45309;color-scheme:light}
*{box-sizing:border-box}
body{margin:0;font:17px/1.65 Georgia,"Times New Roman",serif;color:var(--ink);background:#f7f7f5}
a{color:#1d4ed8}
a:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}
.skip{position:absolute;left:.5rem;top:-3rem;background:var(--paper);padding:.4rem .8rem;z-index:10}
.skip:focus{top:.5rem}
.top{padding:1.2rem max(clamp(1rem,4vw,3rem),calc((100vw - 73rem) / 2)) .8rem;background:var(--paper);border-bottom:1px solid var(--line)}
.top nav{font:600 .9rem/1.4 system-ui,sans-serif}
h1{font-size:1.7rem;line-height:1.25;margin:.4rem 0 .3rem;max-width:48rem}
h2,h3,.meta,table,.side,.tag,.who,.details,.notice{font-family:system-ui,-apple-system,"Segoe UI",sans-serif}
.meta{color:var(--muted);margin:0;font-size:.9rem}
.layout{display:grid;grid-template-columns:minmax(0,46rem) minmax(16rem,24rem);justify-content:center;gap:2rem;padding:1.5rem clamp(1rem,4vw,3rem);align-items:start}
@media (max-width:60rem){.layout{grid-template-columns:minmax(0,1fr)}}
main{background:var(--paper);padding:1.2rem 1.8rem;border:1px solid var(--line);border-radius:6px}
main p{white-space:pre-wrap;margin:0 0 1.1em}
.side{position:sticky;top:1rem;max-height:calc(100vh - 2rem);overflow:auto;font-size:.88rem;line-height:1.45;background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:.4rem 1rem 1rem}
.side h2{font-size:.8rem;text-transform:uppercase;letter-spacing:.06em;color:var(--muted);margin:1.1rem 0 .4rem}
.side h3{font-size:.95rem;margin:0 0 .2rem;display:flex;align-items:center;gap:.4rem}
.side ul,.side ol{margin:0;padding:0}
.speakers{list-style:none}
.speaker{margin:0 0 .8rem;padding-left:.6rem;border-left:4px solid var(--strong,#6b7280)}
.speaker ol{padding-left:1.3rem}
.speaker li{margin:.15rem 0}
.swatch{display:inline-block;width:.9rem;height:.9rem;border-radius:3px;background:var(--bg);border:2px solid var(--strong)}
.count{font-weight:400;color:var(--muted);font-size:.82rem}
.entities{list-style:none;columns:2;column-gap:1rem}
.entities li{break-inside:avoid;margin:.1rem 0}
.empty{color:var(--muted);margin:.2rem 0}
.key ul{list-style:none}
.key li{margin:.35rem 0}
.key p{color:var(--muted)}
.tag{font-size:.72rem;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);border:1px solid var(--line);border-radius:3px;padding:0 .25rem}
${speakerRules}
.none{--bg:#ffffff;--strong:#4b5563}
.notspeech{--bg:#f3f4f6;--strong:#6b7280}
.q{background:var(--bg);border-bottom:2px solid var(--strong);padding:.1em .1em;border-radius:2px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.q.none{background:repeating-linear-gradient(135deg,#f3f4f6 0 6px,#ffffff 6px 12px);border:2px dashed var(--strong);border-width:0 0 2px}
.q.notspeech{border-bottom:2px dotted var(--strong)}
.q.k-indirect{font-style:italic;border-bottom-style:dashed}
.q.k-other{border-bottom-style:double;border-bottom-width:3px}
.q:target{outline:3px solid var(--focus);outline-offset:2px}
.who{position:relative;display:inline-block;font-size:.68rem;font-weight:700;line-height:1.3;font-style:normal;letter-spacing:.01em;color:#ffffff;background:var(--strong);border-radius:3px;padding:.05rem .35rem;margin-right:.25rem;vertical-align:.15em;white-space:nowrap}
.notspeech>.who{background:#ffffff;color:#374151;border:1px dotted #6b7280}
.none>.who{background:#374151}
.details{display:none;position:absolute;left:0;top:calc(100% + 4px);z-index:5;min-width:16rem;max-width:22rem;white-space:normal;background:#111827;color:#f9fafb;font-size:.8rem;font-weight:400;line-height:1.45;padding:.5rem .7rem;border-radius:5px;box-shadow:0 4px 14px rgba(0,0,0,.25);text-align:left}
.details .row{display:block}
.details .k{display:inline-block;min-width:6.2rem;color:#d1d5db}
.q:hover .details,.q:focus .details,.q:focus-within .details{display:block}
.q.quiet .details{display:none}
.q:focus{outline:3px solid var(--focus);outline-offset:2px}
.person{border-bottom:2px solid #1f2937;font-weight:600}
.place{border-bottom:2px dotted #1f2937}
.q .person,.q .place{border-bottom-color:#1f2937}
.notice{background:#fffbeb;border:1px solid #b45309;padding:.6rem .8rem;border-radius:4px;white-space:normal}
.quote-list{padding-left:1.2rem}
.quote-list li{margin:.6rem 0}
.layout.index{grid-template-columns:minmax(0,1fr)}
.index main{overflow-x:auto}
table{border-collapse:collapse;width:100%;font-size:.9rem}
caption{text-align:left;color:var(--muted);padding:.3rem 0 .6rem}
th,td{padding:.4rem .6rem;border-bottom:1px solid var(--line);text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
thead th{background:#f3f4f6;position:sticky;top:0}
th button{font:inherit;font-weight:700;background:none;border:0;padding:.1rem .2rem;cursor:pointer;color:var(--ink)}
th button::after{content:" ↕";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" ▲";color:var(--ink)}
th[aria-sort=descending] button::after{content:" ▼";color:var(--ink)}
tbody tr:hover{background:#f9fafb}
tfoot td{font-weight:700;border-top:2px solid var(--ink)}
.warn{color:#9a3412;font-weight:600}
.problems{margin-top:1.5rem}
`;
