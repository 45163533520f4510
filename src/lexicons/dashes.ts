// Dashes as tokens: what ends a wire dateline ("GENEVA (Agency) —") and joins "Seoul-based".
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '--', '-']);
