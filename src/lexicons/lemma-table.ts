// Word tables written one lemma a line with the forms news uses ("urge urges urged urging"), read into a
// map from every form (the lemma too) to its lemma.
export function lemmaTable(table: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of table.trim().split('\n')) {
    const [lemma = '', ...forms] = line.trim().split(/\s+/);
    for (const f of [lemma, ...forms]) out.set(f, lemma);
  }
  return out;
}
