// HTML building blocks of the review site. Every piece of article or annotation text goes through
// `escapeHtml`; pages forbid every outside request and every script but their own (Content Security
// Policy by hash), so even a slip in escaping could not run an article's markup.
// sha256 from @noble/hashes (as output/annotation.ts), not node:crypto: the CLI is one bundle, whose
// static imports all load at start, and node:crypto cost every run (a one-article extract too) ~6-20 ms
import { sha256 } from '@noble/hashes/sha2.js';
import { REVIEW_CSS } from './style.js';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

export interface PageOptions {
  title: string;
  body: string;
  /** Inline script of the page, if any; allowed by its hash and by nothing else. */
  script?: string;
}

export function page({ title, body, script }: PageOptions): string {
  const scriptSrc = script ? `'sha256-${Buffer.from(sha256(new TextEncoder().encode(script))).toString('base64')}'` : "'none'";
  const policy = `default-src 'none'; style-src 'unsafe-inline'; script-src ${scriptSrc}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${REVIEW_CSS}</style>
</head>
<body>
${body}
${script ? `<script>${script}</script>\n` : ''}</body>
</html>
`;
}
