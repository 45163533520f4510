// "Anne-Marie Duval" tagged as "Anne" and "Marie Duval": person runs joined by a bare hyphen are one.
import type { RuleContext } from './rule.js';
import type { TokenRun } from '../runs.js';

export function joinHyphenatedNames({ table }: RuleContext, runs: TokenRun[]): TokenRun[] {
  const { tokens } = table;
  const result: TokenRun[] = [];
  for (const run of runs) {
    const prev = result[result.length - 1];
    const hyphen = tokens[run.first - 1];
    if (prev && prev.type === 'PER' && run.type === 'PER' && prev.end === run.first - 1 && hyphen && /^[-‐]$/.test(hyphen.text)
      && tokens[prev.end - 1]!.end === hyphen.start && hyphen.end === tokens[run.first]!.start) {
      prev.end = run.end;
      continue;
    }
    result.push({ ...run });
  }
  return result;
}
