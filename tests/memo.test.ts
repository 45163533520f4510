import { describe, expect, it } from 'vitest';
import { remembered } from '../src/lexicons/memo.js';

describe('remembered', () => {
  it('answers keys cut out of a longer text as the text itself would, looking each up once', () => {
    const calls: string[] = [];
    const look = remembered((key: string) => {
      calls.push(key);
      return key.length;
    }, 10);
    const article = `${'x'.repeat(5000)} the Federal Reserve Bank of New York said`;
    const long = article.slice(5001, 5028); // 27 characters: V8 keeps such a slice as a view of the article
    const short = article.slice(5001, 5004);
    expect(look(long)).toBe(27);
    expect(look('the Federal Reserve Bank of')).toBe(27);
    expect(look(short)).toBe(3);
    expect(look('the')).toBe(3);
    expect(calls).toEqual(['the Federal Reserve Bank of', 'the']);
  });

  it('forgets everything past its size and still answers', () => {
    let calls = 0;
    const look = remembered((key: string) => (calls++, key.toUpperCase()), 2);
    expect(['alpha', 'beta', 'gamma', 'alpha'].map(look)).toEqual(['ALPHA', 'BETA', 'GAMMA', 'ALPHA']);
    expect(calls).toBe(4);
  });
});
