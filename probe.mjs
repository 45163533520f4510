import nlp from 'compromise';
const m = nlp.model();
console.log(Object.keys(m), Object.keys(m.one), Object.keys(m.two||{}));
const lex = m.one.lexicon;
console.log(Object.keys(lex).length);
for (const w of ['john','xi','jinping','putin','vladimir','china','kazakhstan','xian','beijing','moscow','hiroshima','ukraine','georgia','jordan','washington','president','mr','smith','chinese','russian','paris','texas','asia','boris','nguyen','mohammed','obama','trump','clinton','hillary','london','said','central']) console.log(w, lex[w]);
const tags = {}; for (const v of Object.values(lex)) for (const t of [v].flat()) tags[t]=(tags[t]||0)+1;
console.log(Object.entries(tags).sort((a,b)=>b[1]-a[1]).slice(0,80).map(x=>x.join(':')).join(' '));
console.log(Object.keys(m.one).map(k=>k+':'+typeof m.one[k]));
