/** The text-search query parser and snippets, without a database. */
import { describe, expect, it } from 'vitest';
import { parseTextQuery, snippet, toLuceneTextQuery } from '../../src/data/text-query.js';

describe('text queries', () => {
  it('keeps quoted phrases and trailing-* prefixes, and lets no Lucene syntax through', () => {
    expect(toLuceneTextQuery(parseTextQuery('"end-to-end encryption"'))).toBe('"end to end encryption"');
    expect(toLuceneTextQuery(parseTextQuery('encrypt*'))).toBe('encrypt*');
    expect(toLuceneTextQuery(parseTextQuery('end-to-end Encryption'))).toBe('"end to end" AND encryption');
    expect(toLuceneTextQuery(parseTextQuery('MediaNama’s 13,000'))).toBe('medianama’s AND 13,000');
    expect(toLuceneTextQuery(parseTextQuery('title:x AND (y OR z~2) "unbalanced [*'))).toBe('"title x" AND and AND y AND or AND "z 2" AND unbalanced');
  });

  it('refuses a query without words, a one-letter prefix and too many terms', () => {
    for (const bad of ['', '  *** ', '"" ()', 'e*', 'a b c d e f g h i']) expect(() => parseTextQuery(bad), bad).toThrow(/query/);
  });

  it('marks every match in a snippet cut around the first one', () => {
    const terms = parseTextQuery('"end-to-end encryption" secure');
    const text = `${'Lorem ipsum dolor sit amet. '.repeat(20)}Since both of these offer end-to-end\nencryption, they provide the most secure way to communicate.${' Tail words here.'.repeat(20)}`;
    const s = snippet(text, terms, 120);
    expect(s).toContain('«end-to-end encryption»');
    expect(s).toContain('«secure»');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.replace(/[«»…]/g, '').length).toBeLessThanOrEqual(120);
    expect(snippet('short text, no match', terms)).toBe('short text, no match');
  });
});
