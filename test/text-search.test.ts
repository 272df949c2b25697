/**
 * `textSearch` over the seed graph (real database, real HTTP): phrases and prefixes through the full-text
 * indexes of every text field, marked snippets, the article and entities of each hit, bounded input, and
 * a fixed number of Cypher queries whatever the number of hits. The query parser is unit-tested in test/unit/text-query.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { useSeededApi } from './support/api.js';

const { api } = useSeededApi();

const HIT = 'field score snippet article { id title date outlet { name } } source { excerpt article { id } } entity { id } concerns { id }';
const ZEROHEDGE = 'article:zerohedge-twitter-joins-facebook-telegram';
const ARTICLE_000 = 'article:fb-whatsapp-telegram-stop-hk-requests';
const MEDIANAMA = 'article:medianama-big-tech-pause';

describe('textSearch', () => {
  it('finds the articles that state "end-to-end encryption" as a phrase, with marked snippets and titles', async () => {
    const { data, errors } = await api.gql(`{ textSearch(query: "\\"end-to-end encryption\\"", in: [ARTICLE_TEXT], limit: 10) { ${HIT} } }`);
    expect(errors).toBeUndefined();
    const hits = data.textSearch;
    expect(hits.map((h: any) => h.article.id).sort()).toEqual([ARTICLE_000, ZEROHEDGE].sort());
    for (const h of hits) {
      expect(h.field).toBe('ARTICLE_TEXT');
      expect(h.snippet).toMatch(/«end-to-end encryption»/i);
      expect(h.article.title).toBeTruthy();
      expect(h.source).toBeNull();
      // An article hit concerns (some of) the entities the article mentions.
      expect(h.concerns.length).toBeGreaterThan(0);
      expect(h.concerns.length).toBeLessThanOrEqual(10);
    }
    expect(hits.find((h: any) => h.article.id === ZEROHEDGE).article.outlet).toEqual({ name: 'ZeroHedge' });
  });

  it('a phrase does not match its words apart; a prefix matches every word it starts', async () => {
    const { data } = await api.gql(
      `{ phrase: textSearch(query: "\\"encryption end-to-end\\"", in: [ARTICLE_TEXT]) { field } prefix: textSearch(query: "encrypt*", in: [ARTICLE_TEXT]) { ${HIT} } }`,
    );
    expect(data.phrase).toEqual([]);
    const byArticle = Object.fromEntries(data.prefix.map((h: any) => [h.article.id, h.snippet]));
    // MediaNama says "end-to-end encrypted", the others "end-to-end encryption".
    expect(Object.keys(byArticle)).toEqual(expect.arrayContaining([ARTICLE_000, ZEROHEDGE, MEDIANAMA]));
    expect(byArticle[MEDIANAMA]).toMatch(/«encrypted»/);
    expect(byArticle[ARTICLE_000]).toMatch(/«encryption»/);
  });

  it('searches excerpts, statements and descriptions too, each hit with its source, entity and concerns', async () => {
    const { data, errors } = await api.gql(`{ textSearch(query: "encrypt*", limit: 50) { ${HIT} } }`);
    expect(errors).toBeUndefined();
    const hits = data.textSearch;
    expect(new Set(hits.map((h: any) => h.field))).toEqual(new Set(['ARTICLE_TEXT', 'EXCERPT', 'DESCRIPTION']));
    for (const h of hits) expect(h.snippet, JSON.stringify(h)).toMatch(/«encrypt\w*»/i);

    const excerpts = hits.filter((h: any) => h.field === 'EXCERPT');
    for (const h of excerpts) {
      expect(h.source.excerpt).toMatch(/encrypt/i);
      expect(h.article.id).toBe(h.source.article.id);
    }
    // One passage backing several facts is one hit, concerning the ends of all of them.
    const signal = excerpts.find((h: any) => h.source.excerpt.startsWith('end-to-end encrypted app Signal tweeted, “We’d'));
    expect(excerpts.filter((h: any) => h.source.excerpt === signal.source.excerpt)).toHaveLength(1);
    expect(signal.concerns.map((c: any) => c.id)).toEqual(
      expect.arrayContaining(['service:signal', 'authority:hong-kong-police', 'statement:signal-tweet-hk-police']),
    );
    expect(signal.article.outlet).toEqual({ name: 'MediaNama' });

    const whatsapp = hits.find((h: any) => h.field === 'DESCRIPTION' && h.entity.id === 'service:whatsapp');
    expect(whatsapp.concerns).toEqual([{ id: 'service:whatsapp' }]);
    expect(whatsapp.article.title).toBeTruthy();
  });

  it('finds statements by their quoted words', async () => {
    const { data } = await api.gql(`{ textSearch(query: "\\"never started turning over\\"", in: [STATEMENT]) { ${HIT} } }`);
    const [hit] = data.textSearch;
    expect(hit).toMatchObject({ field: 'STATEMENT', entity: { id: 'statement:signal-tweet-hk-police' } });
    expect(hit.snippet).toContain('«never started turning over»');
    expect(hit.article.id).toBe(MEDIANAMA);
    expect(hit.concerns.map((c: any) => c.id)).toEqual(expect.arrayContaining(['service:signal']));
  });

  it('answers in one planned statement, however many hits, with their articles, sources and concerns', async () => {
    const ask = async (first: number) => {
      const before = api.queries.length;
      const { data } = await api.gql(`query($n: Int) { textSearch(query: "police", limit: $n) { ${HIT} } }`, { n: first });
      return { names: api.queries[before]!, hits: data.textSearch.length };
    };
    const small = await ask(2);
    const large = await ask(50);
    expect(large.hits).toBeGreaterThan(small.hits);
    expect(small.names).toEqual(['plan/textSearch']);
    expect(large.names).toEqual(['plan/textSearch']);
  });

  it('bad input is BAD_USER_INPUT naming the argument', async () => {
    const cases: [string, string][] = [
      ['{ textSearch(query: "  ") { field } }', 'query'],
      ['{ textSearch(query: "x*") { field } }', 'query'],
      [`{ textSearch(query: "${'a'.repeat(201)}") { field } }`, 'query'],
      ['{ textSearch(query: "police", limit: 51) { field } }', 'limit'],
      ['{ textSearch(query: "police", limit: 0) { field } }', 'limit'],
    ];
    for (const [query, argument] of cases) {
      const { errors } = await api.gql(query);
      expect(errors?.[0]?.extensions, query).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  });
});
